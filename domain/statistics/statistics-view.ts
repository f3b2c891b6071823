import type { CatalogueFacet, CatalogueFilters } from "#domain/catalogue/catalogue-query.ts";
import { serializeCatalogueQuery } from "#domain/catalogue/catalogue-query.ts";
import type { CatalogueStatistics, StatisticsRow } from "#domain/catalogue/statistics.server.ts";
import { barentsRegions } from "#domain/regions/barents-regions.ts";

// What the statistics page shows, made from the catalogue's figures: the tables' rows in reading
// order, with names, totals and the catalogue search each row leads to. The page only lays it out.
// All 13 regions are always listed, also those without projects: "none" is a figure too, and the
// map needs every region's count.

export type Labeller = (facet: CatalogueFacet, value: string) => string;

export interface ViewRow extends StatisticsRow {
  /** The value as stored (null: not recorded). */
  id: string | null;
  label: string;
  /** Query string of the catalogue search for this row ("" when it cannot be searched for). */
  search: string | null;
}

export interface YearRow {
  year: number;
  /** One per column of `areas`, same order. */
  cells: StatisticsRow[];
  total: StatisticsRow;
  search: string;
}

export interface StatisticsView {
  totals: StatisticsRow;
  /** Funding per year (rows) and priority area (columns). */
  byYear: {
    areas: { id: string | null; label: string }[];
    rows: YearRow[];
    /** Per column of `areas`. */
    columnTotals: StatisticsRow[];
    total: StatisticsRow;
  };
  counties: ViewRow[];
  /** The 13 Barents regions in their usual order (west to east), then any other region id found. */
  regions: (ViewRow & { id: string })[];
  countries: (ViewRow & { id: string })[];
}

const zero = (): StatisticsRow => ({ projects: 0, amountNok: 0 });
const add = (to: StatisticsRow, row: StatisticsRow) => {
  to.projects += row.projects;
  to.amountNok += row.amountNok;
};

/** The catalogue search for the current filters narrowed to one value of one facet. */
export function searchFor(filters: CatalogueFilters, facet: CatalogueFacet, value: string): string {
  const narrowed: CatalogueFilters = { ...filters };
  if (facet === "year") narrowed.year = [Number(value)];
  else narrowed[facet] = [value];
  return serializeCatalogueQuery(narrowed);
}

export function statisticsView(
  statistics: CatalogueStatistics,
  options: { filters: CatalogueFilters; label: Labeller; notRecorded: string },
): StatisticsView {
  const { filters, label, notRecorded } = options;

  // Priority areas: those with funding, by name; "not recorded" last.
  const areaIds = [...new Set(statistics.byYearAndTheme.map((r) => r.priorityArea))];
  const areas = areaIds
    .map((id) => ({ id, label: id === null ? notRecorded : label("theme", id) }))
    .sort((a, b) => (a.id === null ? 1 : b.id === null ? -1 : a.label.localeCompare(b.label)));
  const column = new Map(areas.map((area, index) => [area.id, index]));
  const rows = new Map<number, YearRow>();
  const columnTotals = areas.map(zero);
  const total = zero();
  for (const row of statistics.byYearAndTheme) {
    let yearRow = rows.get(row.year);
    if (!yearRow) {
      yearRow = {
        year: row.year,
        cells: areas.map(zero),
        total: zero(),
        search: searchFor(filters, "year", String(row.year)),
      };
      rows.set(row.year, yearRow);
    }
    const index = column.get(row.priorityArea)!;
    add(yearRow.cells[index]!, row);
    add(yearRow.total, row);
    add(columnTotals[index]!, row);
    add(total, row);
  }

  const counties: ViewRow[] = statistics.byCounty.map((row) => ({
    id: row.county,
    label: row.county === null ? notRecorded : label("county", row.county),
    projects: row.projects,
    amountNok: row.amountNok,
    search: row.county === null ? null : searchFor(filters, "county", row.county),
  }));

  const found = new Map(statistics.byPartnerRegion.map((row) => [row.region, row]));
  const regionIds = [
    ...barentsRegions.map((r) => r.id),
    ...statistics.byPartnerRegion
      .map((r) => r.region)
      .filter((id) => !barentsRegions.some((r) => r.id === id)),
  ];
  const regions = regionIds.map((id) => ({
    id,
    label: label("partnerRegion", id),
    projects: found.get(id)?.projects ?? 0,
    amountNok: found.get(id)?.amountNok ?? 0,
    search: searchFor(filters, "partnerRegion", id),
  }));

  const countries = statistics.byPartnerCountry.map((row) => ({
    id: row.country,
    label: label("partnerCountry", row.country),
    projects: row.projects,
    amountNok: row.amountNok,
    search: searchFor(filters, "partnerCountry", row.country),
  }));

  return {
    totals: statistics.totals,
    byYear: { areas, rows: [...rows.values()].sort((a, b) => a.year - b.year), columnTotals, total },
    counties,
    regions,
    countries,
  };
}
