import { Page } from "../../components/page.tsx";
import { PageSection } from "../../components/page-section.tsx";
import type { RouteHandle } from "../../web/route-handle.ts";
import "../../styles/statistics.css";
import { data } from "react-router";
import { serializeCatalogueQuery } from "#domain/catalogue/catalogue-query.ts";
import { formatNok, formatNumber } from "#domain/i18n/format.ts";
import { catalogueSources } from "#vocabulary/vocabulary.ts";
import { Alert, Link, Paragraph } from "../../components/designsystemet.tsx";
import { FiguresSection, FiguresTable } from "../../components/statistics/figures-table.tsx";
import { RegionMap } from "../../components/statistics/region-map.tsx";
import { StatisticsSelectionForm } from "../../components/statistics/selection-form.tsx";
import { YearChart, YearTable } from "../../components/statistics/year-chart.tsx";
import { localeFrom, localePath, useLocale, useT } from "../../web/locale.ts";
import { statisticsPage } from "../../web/statistics-page.server.ts";
import type { Route } from "./+types/statistics";

/** Links and forms only: sent without JavaScript (ADR 0011). */
export const handle: RouteHandle = {
  hydrate: false,
  messages: ["statistics", "catalogue.source", "catalogue.synthetic"],
};

// The public statistics page: totals, funding per year and priority area, projects by county,
// partner region (a map) and country, for all projects or a selection made with a GET form. The
// charts and the map are SVG drawn here on the server, so they show without JavaScript; each has
// the same figures in a table, and every row leads to the catalogue search for its projects.

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const page = await statisticsPage(context.services, localeFrom(params), new URL(request.url).searchParams);
  // Bad input is answered as such (400), with the page and the figures without that parameter.
  return data(page, { status: page.errors.length > 0 ? 400 : 200 });
}

export default function Statistics({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { view, filters, selection, errors, years, programmes, syntheticProjects, map } = loaderData;
  const nok = (n: number) => formatNok(locale, n);
  const searchHref = (search: string) => `${localePath(locale, "/projects")}${search ? `?${search}` : ""}`;
  const realOnly = serializeCatalogueQuery({
    ...filters,
    source: (filters.source ?? catalogueSources).filter((s) => s !== "synthetic"),
  });
  return (
    <Page title={t("statistics.title")} className="bb-statistics">
      <Paragraph>{t("statistics.intro")}</Paragraph>

      {errors.length > 0 && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t("statistics.errors.heading")}</Paragraph>
          <ul>
            {errors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </Alert>
      )}

      <StatisticsSelectionForm selection={selection} years={years} programmes={programmes} />

      {syntheticProjects > 0 && (
        <Alert data-color="warning">
          <Paragraph>
            {t("statistics.synthetic", { count: syntheticProjects })} {t("catalogue.synthetic.notice")}
          </Paragraph>
          <Paragraph>
            <Link href={`${localePath(locale, "/statistics")}?${realOnly}`}>
              {t("statistics.synthetic.realOnly")}
            </Link>
          </Paragraph>
        </Alert>
      )}

      <PageSection id="statistics-totals" heading={t("statistics.totals.heading")}>
        <dl className="bb-stat-totals" data-testid="statistics-totals">
          <div>
            <dt>{t("statistics.totals.projects")}</dt>
            <dd data-figure="projects">{formatNumber(locale, view.totals.projects)}</dd>
          </div>
          <div>
            <dt>{t("statistics.totals.amount")}</dt>
            <dd data-figure="amount">{nok(view.totals.amountNok)}</dd>
          </div>
        </dl>
        {view.totals.projects === 0 && <Paragraph>{t("statistics.empty")}</Paragraph>}
      </PageSection>

      <PageSection id="statistics-by-year" heading={t("statistics.byYear.heading")}>
        {view.byYear.rows.length === 0 ? (
          <Paragraph>{t("statistics.byYear.chartEmpty")}</Paragraph>
        ) : (
          <>
            <YearChart view={view} />
            <YearTable view={view} searchHref={searchHref} />
          </>
        )}
      </PageSection>

      <PageSection id="statistics-by-region" heading={t("statistics.byRegion.heading")}>
        <RegionMap view={view} map={map} />
        <Paragraph>{t("statistics.byRegion.note")}</Paragraph>
        <FiguresTable
          testId="region-table"
          caption={t("statistics.byRegion.caption")}
          header={t("statistics.column.region")}
          rows={view.regions}
          searchHref={searchHref}
        />
      </PageSection>

      <FiguresSection
        id="statistics-by-county"
        heading={t("statistics.byCounty.heading")}
        testId="county-table"
        caption={t("statistics.byCounty.caption")}
        header={t("statistics.column.county")}
        rows={view.counties}
        searchHref={searchHref}
        total={view.totals}
      />
      <FiguresSection
        id="statistics-by-country"
        heading={t("statistics.byCountry.heading")}
        testId="country-table"
        caption={t("statistics.byCountry.caption")}
        header={t("statistics.column.country")}
        rows={view.countries}
        searchHref={searchHref}
      />
    </Page>
  );
}
