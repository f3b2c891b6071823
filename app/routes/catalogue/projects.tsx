import { data, Form } from "react-router";
import { catalogueLimits, catalogueSorts } from "#domain/catalogue/catalogue-query.ts";
import { Alert, Button, Heading, Link, Paragraph, Tag } from "../../components/designsystemet.tsx";
import { Highlighted } from "../../components/highlighted.tsx";
import { Page } from "../../components/page.tsx";
import { PageSection } from "../../components/page-section.tsx";
import { Pager } from "../../components/pager.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { TextField } from "../../components/text-field.tsx";
import { catalogueSearchPage } from "../../web/catalogue-search-page.server.ts";
import { localeFrom, localePath, useLocale, useT } from "../../web/locale.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import type { Route } from "./+types/projects";

/** Links and forms only: sent without JavaScript (ADR 0011). */
export const handle: RouteHandle = { hydrate: false, messages: ["projects", "catalogue", "pager"] };

// The public catalogue: every funded project, searchable in three languages. The whole search
// lives in the URL (a GET form for the text and order, links for the facets), so it works without
// JavaScript, every result is a shareable address, and the JSON and CSV exports take the same
// query string. Public by design: it reads only catalogue_project, which holds approved projects
// and never persons, so there is no session to check.

/** Values a facet shows before the rest folds into "show all" (years and countries can be many). */
const visibleValues = 8;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const payload = await catalogueSearchPage(
    context.services,
    localeFrom(params),
    new URL(request.url).searchParams,
  );
  // A URL that asked for something impossible is answered, with the default for what it got wrong,
  // but as 400 so that it is never taken for the page it meant.
  return payload.errors.length > 0 ? data(payload, { status: 400 }) : payload;
}

export default function Projects({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const d = loaderData;
  const maxShown = catalogueLimits.maxPage * d.query.pageSize;
  return (
    <Page
      title={t("projects.title")}
      tabTitle={d.query.q ? `${d.query.q} – ${t("projects.title")}` : undefined}
    >
      <Paragraph>{t("projects.intro")}</Paragraph>
      <Form method="get" className="bb-filters" role="search" aria-label={t("projects.search.label")}>
        <div className="bb-search-field">
          <TextField
            id="catalogue-q"
            type="search"
            name="q"
            label={t("projects.search.label")}
            description={t("projects.search.description")}
            defaultValue={d.query.q}
          />
        </div>
        <SelectField
          id="catalogue-sort"
          name="sort"
          label={t("projects.sort.label")}
          defaultValue={d.query.sort}
          options={catalogueSorts.map((sort) => ({ value: sort, label: t(`catalogue.sort.${sort}`) }))}
        />
        {d.hidden.map((h) => (
          <input key={`${h.name}=${h.value}`} type="hidden" name={h.name} value={h.value} />
        ))}
        {d.query.pageSize !== catalogueLimits.defaultPageSize && (
          <input type="hidden" name="pageSize" value={d.query.pageSize} />
        )}
        <Button type="submit">{t("projects.search.submit")}</Button>
      </Form>

      {d.errors.length > 0 && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t("projects.errors.title")}
          </Heading>
          <ul>
            {d.errors.map((e) => (
              <li key={e.param}>
                <code>{e.param}</code>: {e.message}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {d.timedOut && <Alert data-color="warning">{t("catalogue.search.timedOut")}</Alert>}

      {d.chosen.length > 0 && (
        <PageSection id="chosen-filters" heading={t("projects.filters.selected")} size="xs" className={null}>
          <ul className="bb-inline-list">
            {d.chosen.map((c) => (
              <li key={`${c.facet}-${c.label}`}>
                <Link href={c.href}>
                  {t("projects.filters.remove", { value: `${t(`catalogue.facet.${c.facet}`)}: ${c.label}` })}
                </Link>
              </li>
            ))}
            <li>
              <Link href={d.clearHref}>{t("projects.filters.clear")}</Link>
            </li>
          </ul>
        </PageSection>
      )}

      <div className="bb-catalogue-layout">
        <PageSection id="catalogue-facets" heading={t("projects.filters")} className="bb-facets">
          {d.facets
            .filter((f) => f.values.length > 0)
            .map((f) => {
              const values = f.values.map((v) => (
                <li key={v.value}>
                  <Link href={v.href} rel="nofollow">
                    {v.selected && <span aria-hidden="true">✓ </span>}
                    {v.label} <span className="bb-count">({v.count})</span>
                    {v.selected && (
                      <span className="bb-visually-hidden"> – {t("projects.filters.selectedValue")}</span>
                    )}
                  </Link>
                </li>
              ));
              return (
                <section key={f.facet} aria-labelledby={`facet-${f.facet}`} className="bb-facet">
                  <Heading level={3} data-size="2xs" id={`facet-${f.facet}`}>
                    {t(`catalogue.facet.${f.facet}`)}
                  </Heading>
                  <ul>{values.slice(0, visibleValues)}</ul>
                  {values.length > visibleValues && (
                    <details>
                      <summary>
                        {t("projects.filters.more", { count: values.length - visibleValues })}
                      </summary>
                      <ul>{values.slice(visibleValues)}</ul>
                    </details>
                  )}
                </section>
              );
            })}
        </PageSection>

        <PageSection id="catalogue-results" heading={t("projects.results.label")}>
          <Paragraph role="status">{t("projects.results.count", { count: d.total })}</Paragraph>
          {d.hasSynthetic && (
            <Alert data-color="info">
              {t("projects.synthetic.inResults")}{" "}
              <Link href={d.hideSyntheticHref}>{t("projects.synthetic.hide")}</Link>
            </Alert>
          )}
          {d.total === 0 && !d.timedOut && <Paragraph>{t("projects.results.none")}</Paragraph>}
          <ol className="bb-results" start={(d.query.page - 1) * d.query.pageSize + 1}>
            {d.items.map((item) => {
              const lang = item.snippet.locale === locale ? undefined : item.snippet.locale;
              return (
                <li key={item.id}>
                  <article className="bb-result">
                    <Heading level={3} data-size="xs">
                      <Link href={item.href} lang={lang}>
                        <Highlighted segments={item.snippet.title} />
                      </Link>
                    </Heading>
                    <Paragraph data-size="sm" className="bb-result-meta">
                      {item.applicantName} · {item.year} · {item.amount} · {item.status}
                      {item.theme && ` · ${item.theme}`}
                    </Paragraph>
                    {item.snippet.summary.length > 0 && (
                      <Paragraph data-size="sm" lang={lang}>
                        <Highlighted segments={item.snippet.summary} />
                      </Paragraph>
                    )}
                    <div className="bb-inline-list">
                      {lang && (
                        <Tag data-size="sm" data-color="neutral">
                          {t("projects.result.otherLanguage")}
                        </Tag>
                      )}
                      {item.match === "partial" && (
                        <Tag data-size="sm" data-color="neutral">
                          {t("projects.result.partial")}
                        </Tag>
                      )}
                      {item.synthetic && (
                        <Tag data-size="sm" data-color="warning">
                          {t("catalogue.source.synthetic")}
                        </Tag>
                      )}
                    </div>
                  </article>
                </li>
              );
            })}
          </ol>
          {d.total > d.query.pageSize && (
            <Pager page={d.query.page} pageSize={d.query.pageSize} total={Math.min(d.total, maxShown)} />
          )}
          {d.total > maxShown && (
            <Paragraph data-size="sm">
              {t("projects.pages.limit", { max: catalogueLimits.maxPage })}
            </Paragraph>
          )}
          <PageSection
            id="catalogue-downloads"
            heading={t("projects.download.title")}
            size="xs"
            className={null}
          >
            <ul className="bb-inline-list">
              <li>
                <Link href={d.exports.csv}>{t("projects.download.csv")}</Link>
              </li>
              <li>
                <Link href={d.exports.json}>{t("projects.download.json")}</Link>
              </li>
              <li>
                <Link href={d.exports.giving}>{t("projects.download.giving")}</Link>
              </li>
              <li>
                <Link href={d.exports.statistics}>{t("projects.download.statistics")}</Link>
              </li>
              <li>
                <Link href={localePath(locale, "/open-data")}>{t("projects.download.about")}</Link>
              </li>
            </ul>
          </PageSection>
        </PageSection>
      </div>
    </Page>
  );
}
