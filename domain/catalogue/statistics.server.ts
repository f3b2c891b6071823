import { sql } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { catalogueWhere, withCatalogueLimits } from "./catalogue-conditions.server.ts";
import type { CatalogueFilters } from "./catalogue-query.ts";

// The figures of the statistics page and its map, for all projects or those a search matches (the
// same filters as the search, e.g. {source: ["case", "archive"]} to leave demo data out). One
// statement, grouped in the database. A project with partners in two regions counts in both, so
// the regions' figures add up to more than the total (the page says so).

export interface StatisticsRow {
  projects: number;
  amountNok: number;
}

export interface CatalogueStatistics {
  totals: StatisticsRow;
  /** Funding per year and priority area (null: none recorded), years ascending. */
  byYearAndTheme: (StatisticsRow & { year: number; priorityArea: string | null })[];
  /** Projects by the applicant's county (null: none recorded), most projects first. */
  byCounty: (StatisticsRow & { county: string | null })[];
  /** Projects by partner region (the map), most projects first. */
  byPartnerRegion: (StatisticsRow & { region: string })[];
  /** Projects by partner country, most projects first. */
  byPartnerCountry: (StatisticsRow & { country: string })[];
}

export async function catalogueStatistics(
  q: Queryable,
  filters: CatalogueFilters = {},
  options: { background?: boolean } = {},
): Promise<CatalogueStatistics> {
  const result = await withCatalogueLimits(
    q,
    async (tx) =>
      tx.execute(sql`
        with m as materialized (
          select year, priority_area, applicant_county, partner_regions, partner_countries, amount_nok
          from catalogue_project where ${await catalogueWhere(tx, filters)}
        )
        select 'total' as kind, null::text as a, null::text as b, count(*)::int as n,
          coalesce(sum(amount_nok), 0)::bigint as amount from m
        union all
        select 'year', year::text, priority_area, count(*)::int, sum(amount_nok)::bigint from m group by 2, 3
        union all
        select 'county', applicant_county, null, count(*)::int, sum(amount_nok)::bigint from m group by 2
        union all
        select 'region', r.value, null, count(*)::int, sum(amount_nok)::bigint
          from m cross join lateral unnest(m.partner_regions) as r(value) group by 2
        union all
        select 'country', c.value, null, count(*)::int, sum(amount_nok)::bigint
          from m cross join lateral unnest(m.partner_countries) as c(value) group by 2
      `) as unknown as Promise<{
        rows: { kind: string; a: string | null; b: string | null; n: number; amount: string | number }[];
      }>,
    { background: options.background },
  );
  const statistics: CatalogueStatistics = {
    totals: { projects: 0, amountNok: 0 },
    byYearAndTheme: [],
    byCounty: [],
    byPartnerRegion: [],
    byPartnerCountry: [],
  };
  for (const row of result.rows) {
    const figures = { projects: Number(row.n), amountNok: Number(row.amount) };
    if (row.kind === "total") statistics.totals = figures;
    else if (row.kind === "year")
      statistics.byYearAndTheme.push({ year: Number(row.a), priorityArea: row.b, ...figures });
    else if (row.kind === "county") statistics.byCounty.push({ county: row.a, ...figures });
    else if (row.kind === "region") statistics.byPartnerRegion.push({ region: row.a!, ...figures });
    else if (row.kind === "country") statistics.byPartnerCountry.push({ country: row.a!, ...figures });
  }
  const byCount =
    <T extends StatisticsRow>(key: (row: T) => string) =>
    (a: T, b: T) =>
      b.projects - a.projects || key(a).localeCompare(key(b));
  statistics.byYearAndTheme.sort(
    (a, b) => a.year - b.year || (a.priorityArea ?? "").localeCompare(b.priorityArea ?? ""),
  );
  statistics.byCounty.sort(byCount((r) => r.county ?? ""));
  statistics.byPartnerRegion.sort(byCount((r) => r.region));
  statistics.byPartnerCountry.sort(byCount((r) => r.country));
  return statistics;
}
