import { apiBasePath, catalogueLicence } from "#domain/catalogue/catalogue-api.ts";
import { catalogueCsvColumns } from "#domain/catalogue/catalogue-csv.ts";
import {
  type CatalogueQuery,
  catalogueFacets,
  catalogueLimits,
  closedFacetValues,
  serializeCatalogueQuery,
} from "#domain/catalogue/catalogue-query.ts";
import { streamCatalogue } from "#domain/catalogue/stream-catalogue.server.ts";
import { DataTable } from "../../components/data-table.tsx";
import { Heading, Link, Paragraph } from "../../components/designsystemet.tsx";
import { Page } from "../../components/page.tsx";
import { localeFrom, useHasMessage, useLocale, useT } from "../../web/locale.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import type { Route } from "./+types/open-data";

/** Links and forms only: sent without JavaScript (ADR 0011). */
export const handle: RouteHandle = { hydrate: false, messages: ["openData", "catalogue.facet"] };

// The open-data page: what the API offers, in the reader's language, with example links built by
// the same functions the API reads (serializeCatalogueQuery, catalogueFacets, catalogueLimits,
// catalogueCsvColumns), so the page cannot promise a parameter or a column the API does not have.
// Public, no forms: every example is a plain link.

export async function loader({ params, context }: Route.LoaderArgs) {
  localeFrom(params);
  // A real id for the single-project example, when the catalogue has any: the first by id, one row.
  let exampleId: string | null = null;
  for await (const project of streamCatalogue(context.services.db, {}, { pageSize: 1 })) {
    exampleId = project.id;
    break;
  }
  return { exampleId };
}

const api = (path: string, query: Partial<CatalogueQuery> = {}, extra = "") => {
  const qs = [serializeCatalogueQuery(query), extra].filter(Boolean).join("&");
  return `${apiBasePath}${path}${qs ? `?${qs}` : ""}`;
};

/** Long addresses wrap on a phone instead of making the page scroll sideways (WCAG 1.4.10). */
function Example({ href }: { href: string }) {
  const t = useT();
  return (
    <Paragraph data-size="sm">
      {t("openData.example")}{" "}
      <Link href={href}>
        <code className="bb-wrap-anywhere">{href}</code>
      </Link>
    </Paragraph>
  );
}

export default function OpenData({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const hasMessage = useHasMessage();
  const realProjects: Partial<CatalogueQuery> = { source: ["case", "archive"] };
  const searchExample = api(
    "/projects",
    { year: [2024], status: ["finished"], pageSize: 10 },
    `lang=${locale}`,
  );
  const endpoints = [
    {
      id: "search",
      path: `${apiBasePath}/projects`,
      text: t("openData.endpoint.search"),
      example: searchExample,
    },
    {
      id: "project",
      path: `${apiBasePath}/projects/{id}`,
      text: t("openData.endpoint.project"),
      example: loaderData.exampleId
        ? `${apiBasePath}/projects/${encodeURIComponent(loaderData.exampleId)}`
        : null,
    },
    {
      id: "csv",
      path: `${apiBasePath}/projects.csv`,
      text: t("openData.endpoint.csv"),
      example: api("/projects.csv", realProjects),
    },
    {
      id: "360giving",
      path: `${apiBasePath}/projects.360giving.json`,
      text: t("openData.endpoint.threeSixtyGiving"),
      example: api("/projects.360giving.json", { ...realProjects, status: ["finished"] }),
    },
    {
      id: "photo",
      path: `${apiBasePath}/projects/{id}/photos/{attachmentId}`,
      text: t("openData.endpoint.photo"),
      example: null,
    },
    {
      id: "openapi",
      path: `${apiBasePath}/openapi.json`,
      text: t("openData.endpoint.openapi"),
      example: `${apiBasePath}/openapi.json`,
    },
  ];
  const parameters = [
    {
      name: "q",
      text: t("openData.param.q", {
        maxLength: String(catalogueLimits.maxQueryLength),
        maxTerms: String(catalogueLimits.maxTerms),
      }),
    },
    ...catalogueFacets.map((facet) => {
      const closed: readonly string[] | undefined =
        closedFacetValues[facet as keyof typeof closedFacetValues];
      const common = { facet: t(`catalogue.facet.${facet}`), max: String(catalogueLimits.maxValues) };
      return {
        name: facet,
        text: closed
          ? t("openData.param.closedFacet", { ...common, values: closed.join(", ") })
          : t("openData.param.facet", common),
      };
    }),
    { name: "sort", text: `${t("openData.param.sort")} ${t("openData.param.onlySearch")}` },
    {
      name: "page",
      text: `${t("openData.param.page", { max: String(catalogueLimits.maxPage) })} ${t("openData.param.onlySearch")}`,
    },
    {
      name: "pageSize",
      text: `${t("openData.param.pageSize", {
        max: String(catalogueLimits.maxPageSize),
        default: String(catalogueLimits.defaultPageSize),
      })} ${t("openData.param.onlySearch")}`,
    },
    { name: "lang", text: t("openData.param.lang") },
  ];
  const columns = catalogueCsvColumns.map((column) => {
    // A CSV column added later, before its message, falls back to its own description.
    const key = `openData.column.${column.name}`;
    return { name: column.name, text: hasMessage(key) ? t(key) : column.description };
  });
  const [licenceBefore, licenceAfter] = t("openData.licence.text", { licence: "\u0000" }).split("\u0000");
  return (
    <Page title={t("openData.title")}>
      <Paragraph>{t("openData.intro")}</Paragraph>

      <section className="bb-stack" aria-labelledby="open-data-licence">
        <Heading level={2} id="open-data-licence">
          {t("openData.licence.heading")}
        </Heading>
        <Paragraph>
          {licenceBefore}
          <Link href={catalogueLicence.url} rel="license">
            {catalogueLicence.name}
          </Link>
          {licenceAfter}
        </Paragraph>
        <Paragraph>
          {t("openData.licence.attribution")} <strong>{catalogueLicence.attribution}</strong>
        </Paragraph>
      </section>

      <section className="bb-stack" aria-labelledby="open-data-endpoints">
        <Heading level={2} id="open-data-endpoints">
          {t("openData.endpoints.heading")}
        </Heading>
        <Paragraph>{t("openData.endpoints.intro")}</Paragraph>
        {endpoints.map((endpoint) => (
          <div key={endpoint.id}>
            <Heading level={3} data-size="xs">
              <code className="bb-wrap-anywhere">GET {endpoint.path}</code>
            </Heading>
            <Paragraph>{endpoint.text}</Paragraph>
            {endpoint.example ? <Example href={endpoint.example} /> : null}
          </div>
        ))}
      </section>

      <section className="bb-stack" aria-labelledby="open-data-parameters">
        <Heading level={2} id="open-data-parameters">
          {t("openData.parameters.heading")}
        </Heading>
        <Paragraph>{t("openData.parameters.intro")}</Paragraph>
        <Paragraph>{t("openData.parameters.errors")}</Paragraph>
        <DataTable
          caption={t("openData.parameters.caption")}
          columns={[
            { header: t("openData.table.name"), cell: (p) => <code>{p.name}</code> },
            { header: t("openData.table.description"), cell: (p) => p.text },
          ]}
          rows={parameters}
          rowKey={(p) => p.name}
        />
      </section>

      <section className="bb-stack" aria-labelledby="open-data-synthetic">
        <Heading level={2} id="open-data-synthetic">
          {t("openData.synthetic.heading")}
        </Heading>
        <Paragraph>{t("openData.synthetic.text")}</Paragraph>
        <Example href={api("/projects", realProjects, `lang=${locale}`)} />
      </section>

      <section className="bb-stack" aria-labelledby="open-data-csv">
        <Heading level={2} id="open-data-csv">
          {t("openData.csv.heading")}
        </Heading>
        <Paragraph>{t("openData.csv.intro")}</Paragraph>
        <DataTable
          caption={t("openData.csv.caption")}
          columns={[
            { header: t("openData.table.name"), cell: (c) => <code>{c.name}</code> },
            { header: t("openData.table.description"), cell: (c) => c.text },
          ]}
          rows={columns}
          rowKey={(c) => c.name}
        />
      </section>

      <section className="bb-stack" aria-labelledby="open-data-technical">
        <Heading level={2} id="open-data-technical">
          {t("openData.technical.heading")}
        </Heading>
        <Paragraph>{t("openData.technical.ids")}</Paragraph>
        <Paragraph>{t("openData.technical.errors")}</Paragraph>
        <Paragraph>{t("openData.technical.caching")}</Paragraph>
        <Paragraph>{t("openData.technical.cors")}</Paragraph>
      </section>
    </Page>
  );
}
