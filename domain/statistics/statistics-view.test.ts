import { describe, expect, it } from "vitest";
import { parseCatalogueQuery } from "#domain/catalogue/catalogue-query.ts";
import type { CatalogueStatistics } from "#domain/catalogue/statistics.server.ts";
import { barentsRegions } from "#domain/regions/barents-regions.ts";
import { statisticsView } from "./statistics-view.ts";

const statistics: CatalogueStatistics = {
  totals: { projects: 6, amountNok: 600_000 },
  byYearAndTheme: [
    { year: 2020, priorityArea: "culture-sport", projects: 2, amountNok: 150_000 },
    { year: 2020, priorityArea: null, projects: 1, amountNok: 50_000 },
    { year: 2022, priorityArea: "business", projects: 2, amountNok: 300_000 },
    { year: 2022, priorityArea: "culture-sport", projects: 1, amountNok: 100_000 },
  ],
  byCounty: [
    { county: "no-finnmark", projects: 4, amountNok: 400_000 },
    { county: null, projects: 2, amountNok: 200_000 },
  ],
  byPartnerRegion: [
    { region: "ru-murmansk", projects: 4, amountNok: 450_000 },
    { region: "ru-karelia", projects: 3, amountNok: 350_000 },
    { region: "xx-unknown", projects: 1, amountNok: 10_000 },
  ],
  byPartnerCountry: [{ country: "RU", projects: 5, amountNok: 500_000 }],
};

const view = statisticsView(statistics, {
  filters: { source: ["case", "archive"] },
  label: (facet, value) => `${facet}:${value}`,
  notRecorded: "Not recorded",
});

describe("statisticsView", () => {
  it("makes a year × priority area matrix whose rows and columns add up to the totals", () => {
    const { areas, rows, columnTotals, total } = view.byYear;
    expect(areas.map((a) => a.id)).toEqual(["business", "culture-sport", null]);
    expect(rows.map((r) => r.year)).toEqual([2020, 2022]);
    for (const row of rows) {
      expect(row.cells.reduce((s, c) => s + c.amountNok, 0)).toBe(row.total.amountNok);
      expect(row.cells.reduce((s, c) => s + c.projects, 0)).toBe(row.total.projects);
    }
    columnTotals.forEach((column, index) => {
      expect(rows.reduce((s, r) => s + r.cells[index]!.amountNok, 0)).toBe(column.amountNok);
    });
    expect(total).toEqual(statistics.totals);
    expect(columnTotals.reduce((s, c) => s + c.projects, 0)).toBe(statistics.totals.projects);
  });

  it("lists all 13 regions in order, with 0 for those without projects, then unknown ones", () => {
    expect(view.regions.slice(0, 13).map((r) => r.id)).toEqual(barentsRegions.map((r) => r.id));
    expect(view.regions.find((r) => r.id === "no-nordland")).toMatchObject({ projects: 0, amountNok: 0 });
    expect(view.regions.find((r) => r.id === "ru-murmansk")).toMatchObject({ projects: 4 });
    expect(view.regions[13]).toMatchObject({ id: "xx-unknown", projects: 1 });
    // A project with partners in two regions counts in both: the regions add up to more.
    expect(view.regions.reduce((s, r) => s + r.projects, 0)).toBeGreaterThan(statistics.totals.projects);
  });

  it("names the counties, and the county rows add up to the total", () => {
    expect(view.counties.map((c) => c.label)).toEqual(["county:no-finnmark", "Not recorded"]);
    expect(view.counties.reduce((s, c) => s + c.projects, 0)).toBe(statistics.totals.projects);
    expect(view.counties.reduce((s, c) => s + c.amountNok, 0)).toBe(statistics.totals.amountNok);
  });

  it("links each row to the catalogue search with the page's filters and the row's value", () => {
    const region = view.regions.find((r) => r.id === "ru-murmansk")!;
    const { query } = parseCatalogueQuery(new URLSearchParams(region.search!));
    expect(query.partnerRegion).toEqual(["ru-murmansk"]);
    expect(query.source).toEqual(["archive", "case"]);
    expect(parseCatalogueQuery(new URLSearchParams(view.byYear.rows[0]!.search)).query.year).toEqual([2020]);
    expect(view.counties.find((c) => c.id === null)!.search).toBeNull();
    expect(view.countries[0]).toMatchObject({ id: "RU", label: "partnerCountry:RU" });
  });

  it("handles a catalogue with nothing in it", () => {
    const empty = statisticsView(
      {
        totals: { projects: 0, amountNok: 0 },
        byYearAndTheme: [],
        byCounty: [],
        byPartnerRegion: [],
        byPartnerCountry: [],
      },
      { filters: {}, label: (_, v) => v, notRecorded: "-" },
    );
    expect(empty.byYear.rows).toEqual([]);
    expect(empty.regions).toHaveLength(13);
    expect(empty.regions.every((r) => r.projects === 0)).toBe(true);
  });
});
