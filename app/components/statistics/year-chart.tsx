import { formatNok, formatNumber } from "#domain/i18n/format.ts";
import { layoutBarChart, notRecordedColour, seriesColours } from "#domain/statistics/bar-chart.ts";
import type { StatisticsView } from "#domain/statistics/statistics-view.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { useLocale, useT } from "../../web/locale.ts";
import { Link, Table } from "../designsystemet.tsx";
import { StatSvg } from "./stat-svg.tsx";
import { Swatch } from "./swatch.tsx";

// Funding per year and priority area: a stacked bar chart drawn as SVG on the server, and the same
// figures in a table whose years lead to the catalogue search.

function areaColour(view: StatisticsView, index: number): string {
  return view.byYear.areas[index]?.id === null
    ? notRecordedColour
    : seriesColours[index % seriesColours.length]!;
}

/** Short axis numbers: "2 mill.", "2M", "2 млн". */
function compact(locale: Locale, value: number): string {
  return formatNumber(locale, value, { notation: "compact", maximumFractionDigits: 1 });
}

export function YearChart({ view }: { view: StatisticsView }) {
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
      <StatSvg
        id="year-chart"
        width={layout.width}
        height={layout.height}
        className="bb-stat-chart"
        title={t("statistics.byYear.chartTitle")}
        description={t("statistics.byYear.chartDesc", {
          year: String(highest.year),
          amount: formatNok(locale, highest.total.amountNok),
        })}
      >
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
      </StatSvg>
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

export function YearTable({
  view,
  searchHref,
}: {
  view: StatisticsView;
  searchHref: (search: string) => string;
}) {
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
