import type { RouteHandle } from "../../web/route-handle.ts";
import "../../styles/statistics.css";
import { data, Form } from "react-router";
import { facetLabeller } from "#domain/catalogue/catalogue-labels.server.ts";
import { serializeCatalogueQuery } from "#domain/catalogue/catalogue-query.ts";
import { formatNok, formatNumber } from "#domain/i18n/format.ts";
import { createTranslator, type Translate } from "#domain/i18n/translate.ts";
import { layoutBarChart, notRecordedColour, seriesColours } from "#domain/statistics/bar-chart.ts";
import { type BarentsMap, barentsMap } from "#domain/statistics/barents-map.server.ts";
import {
  type ChoroplethClass,
  choroplethClasses,
  choroplethPalette,
  classFor,
  explainClasses,
} from "#domain/statistics/choropleth.ts";
import { labelFit, mapLabelSize } from "#domain/statistics/map-labels.ts";
import { parseStatisticsFilters } from "#domain/statistics/statistics-filters.ts";
import { type StatisticsView, statisticsView, type ViewRow } from "#domain/statistics/statistics-view.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { catalogueSources } from "#vocabulary/vocabulary.ts";
import {
  Alert,
  Button,
  Field,
  Fieldset,
  Heading,
  Input,
  Label,
  Link,
  Paragraph,
  Table,
} from "../../components/designsystemet.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { catalogueNames } from "../../web/catalogue-names.server.ts";
import { localeFrom, localePath, useLocale, useT } from "../../web/locale.ts";
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
  const locale = localeFrom(params);
  const t = createTranslator(locale);
  const { db, catalogue } = context.services;
  // Everything, for the form's year choices (cached like any statistics).
  const [everything, names] = await Promise.all([catalogue.statistics(db, {}), catalogueNames(db)]);
  const availableYears = [...new Set(everything.byYearAndTheme.map((r) => r.year))].sort((a, b) => a - b);
  const { filters, selection, errors } = parseStatisticsFilters(
    new URL(request.url).searchParams,
    t,
    availableYears,
  );
  const includesSynthetic = !filters.source || filters.source.includes("synthetic");
  const [statistics, synthetic] = await Promise.all([
    catalogue.statistics(db, filters),
    includesSynthetic ? catalogue.statistics(db, { ...filters, source: ["synthetic"] }) : null,
  ]);
  const view = statisticsView(statistics, {
    filters,
    label: facetLabeller(names, locale, t),
    notRecorded: t("statistics.notRecorded"),
  });
  const programmes = Object.keys(names.programmes)
    .map((id) => ({ value: id, label: facetLabeller(names, locale, t)("programme", id) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const years = [...new Set([...availableYears, ...(filters.year ?? [])])].sort((a, b) => a - b);
  return data(
    {
      view,
      filters,
      selection,
      errors: errors.map((e) => e.message),
      years,
      programmes,
      syntheticProjects: synthetic?.totals.projects ?? 0,
      // The shapes come with the data: they are read from files on the server, and the browser
      // needs them again to render the page it hydrates.
      map: barentsMap(),
    },
    // Bad input is answered as such (400), with the page and the figures without that parameter.
    { status: errors.length > 0 ? 400 : 200 },
  );
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
    <div className="bb-stack bb-statistics">
      <title>{`${t("statistics.title")} – ${t("app.name")}`}</title>
      <Heading level={1}>{t("statistics.title")}</Heading>
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

      <SelectionForm selection={selection} years={years} programmes={programmes} />

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

      <section aria-labelledby="statistics-totals" className="bb-stack">
        <Heading level={2} data-size="sm" id="statistics-totals">
          {t("statistics.totals.heading")}
        </Heading>
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
      </section>

      <section aria-labelledby="statistics-by-year" className="bb-stack">
        <Heading level={2} data-size="sm" id="statistics-by-year">
          {t("statistics.byYear.heading")}
        </Heading>
        {view.byYear.rows.length === 0 ? (
          <Paragraph>{t("statistics.byYear.chartEmpty")}</Paragraph>
        ) : (
          <>
            <YearChart view={view} />
            <YearTable view={view} searchHref={searchHref} />
          </>
        )}
      </section>

      <section aria-labelledby="statistics-by-region" className="bb-stack">
        <Heading level={2} data-size="sm" id="statistics-by-region">
          {t("statistics.byRegion.heading")}
        </Heading>
        <RegionMap view={view} map={map} />
        <Paragraph>{t("statistics.byRegion.note")}</Paragraph>
        <FiguresTable
          testId="region-table"
          caption={t("statistics.byRegion.caption")}
          header={t("statistics.column.region")}
          rows={view.regions}
          searchHref={searchHref}
        />
      </section>

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
    </div>
  );
}

function SelectionForm({
  selection,
  years,
  programmes,
}: {
  selection: { yearFrom: string; yearTo: string; programme: string; source: string[] };
  years: number[];
  programmes: { value: string; label: string }[];
}) {
  const t = useT();
  const locale = useLocale();
  const yearOptions = [
    { value: "", label: t("statistics.filter.anyYear") },
    ...years.map((y) => ({ value: String(y), label: String(y) })),
  ];
  return (
    <Form method="get" className="bb-stat-filters" aria-label={t("statistics.filters")}>
      <SelectField
        id="statistics-year-from"
        name="yearFrom"
        label={t("statistics.filter.yearFrom")}
        defaultValue={selection.yearFrom}
        options={yearOptions}
      />
      <SelectField
        id="statistics-year-to"
        name="yearTo"
        label={t("statistics.filter.yearTo")}
        defaultValue={selection.yearTo}
        options={yearOptions}
      />
      <SelectField
        id="statistics-programme"
        name="programme"
        label={t("statistics.filter.programme")}
        defaultValue={selection.programme}
        options={[{ value: "", label: t("statistics.filter.allProgrammes") }, ...programmes]}
      />
      <Fieldset aria-describedby="statistics-source-hint">
        <Fieldset.Legend>{t("statistics.filter.source")}</Fieldset.Legend>
        <Fieldset.Description id="statistics-source-hint">
          {t("statistics.filter.sourceHint")}
        </Fieldset.Description>
        <div className="bb-stat-checkboxes">
          {catalogueSources.map((source) => (
            <Field key={source}>
              <Input
                type="checkbox"
                id={`statistics-source-${source}`}
                name="source"
                value={source}
                defaultChecked={selection.source.includes(source)}
              />
              <Label htmlFor={`statistics-source-${source}`} weight="regular">
                {t(`catalogue.source.${source}`)}
              </Label>
            </Field>
          ))}
        </div>
      </Fieldset>
      <div className="bb-stat-actions">
        <Button type="submit">{t("statistics.filter.show")}</Button>
        <Link href={localePath(locale, "/statistics")}>{t("statistics.filter.reset")}</Link>
      </div>
    </Form>
  );
}

/** A section of one table of figures, or a sentence saying there are none. */
function FiguresSection({
  id,
  heading,
  ...table
}: { id: string; heading: string } & Parameters<typeof FiguresTable>[0]) {
  const t = useT();
  return (
    <section aria-labelledby={id} className="bb-stack">
      <Heading level={2} data-size="sm" id={id}>
        {heading}
      </Heading>
      {table.rows.length === 0 ? <Paragraph>{t("statistics.empty")}</Paragraph> : <FiguresTable {...table} />}
    </section>
  );
}

/** A table of projects and funding per value, each value linking to its catalogue search. */
function FiguresTable({
  testId,
  caption,
  header,
  rows,
  searchHref,
  total,
}: {
  testId: string;
  caption: string;
  header: string;
  rows: ViewRow[];
  searchHref: (search: string) => string;
  total?: { projects: number; amountNok: number };
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="bb-table-wrap">
      <Table data-testid={testId} className="bb-stat-table">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{header}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("statistics.column.projects")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("statistics.column.amount")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.id ?? ""} data-id={row.id ?? ""}>
              <Table.HeaderCell scope="row">
                {row.search === null ? row.label : <Link href={searchHref(row.search)}>{row.label}</Link>}
              </Table.HeaderCell>
              <Table.Cell data-figure="projects">{formatNumber(locale, row.projects)}</Table.Cell>
              <Table.Cell data-figure="amount">{formatNok(locale, row.amountNok)}</Table.Cell>
            </Table.Row>
          ))}
          {total && (
            <Table.Row>
              <Table.HeaderCell scope="row">{t("statistics.total")}</Table.HeaderCell>
              <Table.Cell data-figure="projects">
                <strong>{formatNumber(locale, total.projects)}</strong>
              </Table.Cell>
              <Table.Cell data-figure="amount">
                <strong>{formatNok(locale, total.amountNok)}</strong>
              </Table.Cell>
            </Table.Row>
          )}
        </Table.Body>
      </Table>
    </div>
  );
}

/** A legend's colour sample: an SVG fill, since the Content-Security-Policy refuses style attributes. */
function Swatch({ colour, bordered = false }: { colour: string; bordered?: boolean }) {
  return (
    <svg
      className={bordered ? "bb-stat-swatch bb-stat-swatch-bordered" : "bb-stat-swatch"}
      viewBox="0 0 1 1"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="1" height="1" fill={colour} />
    </svg>
  );
}

function areaColour(view: StatisticsView, index: number): string {
  return view.byYear.areas[index]?.id === null
    ? notRecordedColour
    : seriesColours[index % seriesColours.length]!;
}

/** Short axis numbers: "2 mill.", "2M", "2 млн". */
function compact(locale: Locale, value: number): string {
  return formatNumber(locale, value, { notation: "compact", maximumFractionDigits: 1 });
}

function YearChart({ view }: { view: StatisticsView }) {
  const t = useT();
  const locale = useLocale();
  const layout = layoutBarChart({
    bars: view.byYear.rows.map((row) => ({
      label: String(row.year),
      segments: row.cells.map((c) => c.amountNok),
    })),
    series: view.byYear.areas.length,
  });
  const highest = view.byYear.rows.reduce((a, b) => (b.total.amountNok > a.total.amountNok ? b : a));
  return (
    <figure className="bb-stat-figure">
      <svg
        role="img"
        aria-labelledby="year-chart-title year-chart-desc"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="bb-stat-chart"
        data-testid="year-chart"
      >
        <title id="year-chart-title">{t("statistics.byYear.chartTitle")}</title>
        <desc id="year-chart-desc">
          {t("statistics.byYear.chartDesc", {
            year: String(highest.year),
            amount: formatNok(locale, highest.total.amountNok),
          })}
        </desc>
        <g className="bb-stat-axis">
          {layout.ticks.map((tick) => (
            <g key={tick.value}>
              <line x1={layout.plot.left} x2={layout.plot.right} y1={tick.y} y2={tick.y} />
              <text x={layout.plot.left - 6} y={tick.y} dy="0.32em" textAnchor="end">
                {compact(locale, tick.value)}
              </text>
            </g>
          ))}
          <text
            transform={`translate(14 ${(layout.plot.top + layout.plot.bottom) / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            {t("statistics.byYear.axis")}
          </text>
        </g>
        {layout.bars.map((bar) => (
          <g key={bar.label}>
            {bar.segments.map((segment) => (
              <rect
                key={segment.series}
                x={bar.x}
                y={segment.y}
                width={bar.width}
                height={segment.height}
                fill={areaColour(view, segment.series)}
                stroke="#ffffff"
                strokeWidth={0.75}
              >
                <title>{`${bar.label}, ${view.byYear.areas[segment.series]!.label}: ${formatNok(locale, segment.value)}`}</title>
              </rect>
            ))}
            {bar.showLabel && (
              <text x={bar.labelX} y={layout.plot.bottom + 18} textAnchor="middle" className="bb-stat-tick">
                {bar.label}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption>
        <span className="bb-visually-hidden">{t("statistics.byYear.legend")}</span>
        <ul className="bb-stat-legend">
          {view.byYear.areas.map((area, index) => (
            <li key={area.id ?? ""}>
              <Swatch colour={areaColour(view, index)} />
              {area.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

function YearTable({ view, searchHref }: { view: StatisticsView; searchHref: (search: string) => string }) {
  const t = useT();
  const locale = useLocale();
  const cell = (figures: { projects: number; amountNok: number }) =>
    `${formatNok(locale, figures.amountNok)} (${formatNumber(locale, figures.projects)})`;
  return (
    <div className="bb-table-wrap">
      <Table data-testid="year-table" className="bb-stat-table" data-size="sm">
        <caption>{t("statistics.byYear.caption")}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t("statistics.column.year")}</Table.HeaderCell>
            {view.byYear.areas.map((area) => (
              <Table.HeaderCell scope="col" key={area.id ?? ""}>
                {area.label}
              </Table.HeaderCell>
            ))}
            <Table.HeaderCell scope="col">{t("statistics.total")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {view.byYear.rows.map((row) => (
            <Table.Row key={row.year} data-year={row.year}>
              <Table.HeaderCell scope="row">
                <Link href={searchHref(row.search)}>{row.year}</Link>
              </Table.HeaderCell>
              {row.cells.map((figures, index) => (
                <Table.Cell key={view.byYear.areas[index]!.id ?? ""}>{cell(figures)}</Table.Cell>
              ))}
              <Table.Cell data-figure="total">{cell(row.total)}</Table.Cell>
            </Table.Row>
          ))}
          <Table.Row>
            <Table.HeaderCell scope="row">{t("statistics.total")}</Table.HeaderCell>
            {view.byYear.columnTotals.map((figures, index) => (
              <Table.Cell key={view.byYear.areas[index]!.id ?? ""}>
                <strong>{cell(figures)}</strong>
              </Table.Cell>
            ))}
            <Table.Cell data-figure="total">
              <strong>{cell(view.byYear.total)}</strong>
            </Table.Cell>
          </Table.Row>
        </Table.Body>
      </Table>
    </div>
  );
}

function legendText(t: Translate, c: ChoroplethClass): string {
  if (c.index === 0) return t("statistics.map.legendNone");
  return c.from === c.to
    ? t("statistics.map.legendSingle", { from: c.from })
    : t("statistics.map.legendRange", { from: c.from, to: c.to });
}

function RegionMap({ view, map }: { view: StatisticsView; map: BarentsMap }) {
  const t = useT();
  const locale = useLocale();
  const counts = new Map(view.regions.map((r) => [r.id, r]));
  const max = Math.max(0, ...view.regions.map((r) => r.projects));
  const classes = choroplethClasses(max);
  const explained = explainClasses(classes);
  const top = view.regions.reduce((a, b) => (b.projects > a.projects ? b : a));
  const halo = (text: string) => (text === "#ffffff" ? "#1a1a1a" : "#ffffff");
  return (
    <figure className="bb-stat-figure">
      <svg
        role="img"
        aria-labelledby="region-map-title region-map-desc"
        viewBox={`0 0 ${map.width} ${map.height}`}
        className="bb-stat-map"
        data-testid="region-map"
      >
        <title id="region-map-title">{t("statistics.map.title")}</title>
        <desc id="region-map-desc">
          {max === 0
            ? t("statistics.map.descNone")
            : t("statistics.map.desc", { region: top.label, count: top.projects })}
        </desc>
        <rect width={map.width} height={map.height} fill="#e6eff6" />
        <g fill="#dcdcdc" stroke="#8c8c8c" strokeWidth={0.5} fillRule="evenodd">
          {map.context.map((country) => (
            <path key={country.country} d={country.path} />
          ))}
        </g>
        <g stroke={choroplethPalette.border} strokeWidth={0.75} strokeLinejoin="round" fillRule="evenodd">
          {map.regions.map((region) => {
            const row = counts.get(region.id);
            const count = row?.projects ?? 0;
            return (
              <path
                key={region.id}
                d={region.path}
                fill={classFor(classes, count).fill}
                data-region={region.id}
              >
                <title>{t("statistics.map.regionTitle", { region: row?.label ?? region.id, count })}</title>
              </path>
            );
          })}
        </g>
        <g
          fontSize={mapLabelSize}
          textAnchor="middle"
          strokeWidth={3}
          strokeLinejoin="round"
          paintOrder="stroke"
        >
          {map.regions.map((region) => {
            const row = counts.get(region.id);
            const count = row?.projects ?? 0;
            const fit = labelFit(row?.label ?? region.id, region.label.radius);
            if (fit === "none") return null;
            const colours = classFor(classes, count);
            const number = formatNumber(locale, count);
            return (
              <text
                key={region.id}
                x={region.label.x}
                y={region.label.y}
                fill={colours.text}
                stroke={halo(colours.text)}
              >
                {fit === "name" ? (
                  <>
                    <tspan x={region.label.x} dy="-0.2em">
                      {row?.label}
                    </tspan>
                    <tspan x={region.label.x} dy="1.2em" fontWeight="bold">
                      {number}
                    </tspan>
                  </>
                ) : (
                  <tspan dy="0.35em" fontWeight="bold">
                    {number}
                  </tspan>
                )}
              </text>
            );
          })}
        </g>
      </svg>
      <figcaption className="bb-stack">
        <div>
          <span className="bb-stat-legend-title">{t("statistics.map.legend")}</span>
          <ul className="bb-stat-legend">
            {classes.map((c) => (
              <li key={c.index}>
                <Swatch colour={c.fill} bordered />
                {legendText(t, c)}
              </li>
            ))}
          </ul>
        </div>
        <Paragraph data-size="sm">
          {t(`statistics.map.classes.${explained.kind}`, { max: explained.max })}
        </Paragraph>
        <Paragraph data-size="xs" data-testid="map-attribution">
          {t("statistics.map.attribution")}
        </Paragraph>
      </figcaption>
    </figure>
  );
}
