import { type SQL, sql } from "drizzle-orm";
import type { Queryable, Tx } from "#db/connection.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import {
  type CatalogueSource,
  type CatalogueStatus,
  catalogueSources,
  catalogueStatuses,
} from "../../vocabulary/vocabulary.ts";
import { amountBandExpression } from "./amount-bands.server.ts";
import { amountBands } from "./amount-bands.ts";
import {
  facetConditions,
  filtersExcept,
  isStatementTimeout,
  languageMatch,
  type ResolvedTextSearch,
  relevance,
  resolveTextSearch,
  type TextSearch,
  textMatch,
  textSearchOf,
  withCatalogueLimits,
  wordMatch,
} from "./catalogue-conditions.server.ts";
import type { CatalogueProjectFacts, LocalisedText, PartnerSides } from "./catalogue-project.ts";
import { firstLocaleOf } from "./catalogue-project.ts";
import {
  type CatalogueFacet,
  type CatalogueQuery,
  catalogueFacets,
  catalogueLimits,
} from "./catalogue-query.ts";
import {
  type HighlightSegment,
  highlightStart,
  highlightStop,
  leadingWords,
  plainSegments,
  segmentsOf,
} from "./highlight.ts";

// The catalogue search: one page of projects, the number of matches and the facet counts, in one
// read-only transaction with a statement timeout (withCatalogueLimits):
//   0. with q, which of its words the catalogue knows (an index probe; catalogue-conditions.server.ts);
//   1. the page: matching rows, ordered, LIMIT/OFFSET (at most 100 rows, offset at most 49,900);
//   2. highlights for that page only (ts_headline is costly, so never for rows not shown);
//   3. the total and every facet's counts in one statement over the text matches (a CTE): each
//      facet counted with all the OTHER facets' filters applied, so a reader sees how many
//      projects each value would give (standard faceting; selecting 2019 does not hide 2020).
// The query is bounded by parseCatalogueQuery's limits; searchCatalogue applies them again, so a
// caller that builds a query by hand cannot ask for more. For repeated searches use the cache
// (catalogue-cache.server.ts): counting the facets of a broad search is most of the work.

export interface CatalogueSearchItem extends CatalogueProjectFacts, PartnerSides {
  id: string;
  applicantCounty: string | null;
  programmeId: string | null;
  priorityArea: string | null;
  /**
   * The title and a summary snippet in one language, with the matches marked: the reader's
   * language when the project matched in it (or, without q, has text in it), else the language it
   * matched in, else the first it has.
   */
  snippet: { locale: Locale; title: HighlightSegment[]; summary: HighlightSegment[] };
  /**
   * How q matched: "words" (q's stemmed words in one language's document), "partial" (word by
   * word: across languages, inside compounds, or despite a typo; ranked after); null without q.
   */
  match: "words" | "partial" | null;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface CatalogueSearchResult {
  items: CatalogueSearchItem[];
  total: number;
  facets: Record<CatalogueFacet, FacetCount[]>;
  /** The query as run (q normalised, limits applied). */
  query: CatalogueQuery;
  /** The database cancelled the search (statement timeout): the result is empty. */
  timedOut: boolean;
}

export interface SearchOptions {
  /** The reader's language: snippets prefer it. Default nb. */
  locale?: Locale;
  timeoutMs?: number;
  /** Nobody waits for this search (a cache refreshing it): run it on one processor. */
  background?: boolean;
  /**
   * The total and facets of this very search (same filters), known from before: only the page is
   * read. For the cache (catalogue-cache.server.ts), which pages through a search without counting again.
   */
  counts?: { total: number; facets: Record<CatalogueFacet, FacetCount[]> };
}

const locales: readonly Locale[] = ["nb", "en", "ru"];

/** Facet values in the order pages list them: years newest first, bands and statuses as defined, else by count. */
function orderFacet(facet: CatalogueFacet, counts: FacetCount[]): FacetCount[] {
  const fixed: Partial<Record<CatalogueFacet, readonly string[]>> = {
    amountBand: amountBands.map((b) => b.id),
    status: catalogueStatuses,
    source: catalogueSources,
  };
  const order = fixed[facet];
  return [...counts].sort((a, b) => {
    if (facet === "year") return Number(b.value) - Number(a.value);
    if (order) {
      const ia = order.indexOf(a.value);
      const ib = order.indexOf(b.value);
      return (ia < 0 ? order.length : ia) - (ib < 0 ? order.length : ib) || a.value.localeCompare(b.value);
    }
    return b.count - a.count || a.value.localeCompare(b.value);
  });
}

/** The query with the limits applied (whatever built it). */
export function boundedQuery(query: CatalogueQuery): CatalogueQuery {
  const clamp = (value: number, min: number, max: number, fallback: number) =>
    Number.isInteger(value) ? Math.min(Math.max(value, min), max) : fallback;
  const bounded: CatalogueQuery = {
    ...query,
    q: textSearchOf(query.q)?.text,
    page: clamp(query.page, 1, catalogueLimits.maxPage, 1),
    pageSize: clamp(query.pageSize, 1, catalogueLimits.maxPageSize, catalogueLimits.defaultPageSize),
  };
  for (const facet of catalogueFacets) {
    const values = bounded[facet] as unknown[] | undefined;
    if (values)
      (bounded as unknown as Record<string, unknown[]>)[facet] = values.slice(0, catalogueLimits.maxValues);
  }
  return bounded;
}

function orderBy(query: CatalogueQuery, search: TextSearch | null): SQL {
  // Ties are broken by id alone, so the amount and year indexes give the order (an incremental
  // sort by id within equal values) instead of a sort of every match. The id is sorted as an
  // expression (id || ''): with one year selected the planner would otherwise walk the primary key
  // backwards hoping to meet that year soon, and ids start with their year, so it meets every later
  // year's rows first.
  if (query.sort === "amount") return sql`amount_nok desc, (id || '') desc`;
  if (query.sort === "relevance" && search) return sql`rank desc, year desc, (id || '') desc`;
  return sql`year desc, (id || '') desc`;
}

interface PageRow {
  id: string;
  case_number: string;
  source: CatalogueSource;
  title: LocalisedText;
  summary: LocalisedText;
  results: LocalisedText;
  applicant_name: string;
  applicant_county: string | null;
  programme_id: string | null;
  priority_area: string | null;
  year: number;
  amount_nok: number;
  status: CatalogueStatus;
  starts_on: string | null;
  ends_on: string | null;
  partner_countries: string[];
  partner_regions: string[];
  hit_nb?: boolean;
  hit_en?: boolean;
  hit_ru?: boolean;
  words?: boolean;
}

async function readPage(
  tx: Tx,
  query: CatalogueQuery,
  search: ResolvedTextSearch | null,
): Promise<PageRow[]> {
  const conditions = facetConditions(query);
  const extra = search
    ? sql`, ${languageMatch(search, "nb")} as hit_nb, ${languageMatch(search, "en")} as hit_en,
        ${languageMatch(search, "ru")} as hit_ru, ${wordMatch(search)} as words, ${relevance(search)} as rank`
    : sql``;
  const result = (await tx.execute(sql`
    select id, case_number, source, title, summary, results, applicant_name, applicant_county, programme_id,
      priority_area, year, amount_nok, status, starts_on, ends_on, partner_countries, partner_regions ${extra}
    from catalogue_project
    where ${textMatch(search)} and ${filtersExcept(conditions)}
    order by ${orderBy(query, search)}
    limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}
  `)) as unknown as { rows: PageRow[] };
  return result.rows;
}

function snippetLocale(row: PageRow, preferred: Locale, search: TextSearch | null): Locale {
  const order = [preferred, ...locales.filter((l) => l !== preferred)];
  const has = (l: Locale) => Boolean(row.title[l] || row.summary[l]);
  if (search) {
    const hit = order.find((l) => row[`hit_${l}`] && has(l));
    if (hit) return hit;
  }
  return order.find(has) ?? preferred;
}

const headlineOptions = `StartSel=${highlightStart}, StopSel=${highlightStop}, MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "`;
const titleHeadlineOptions = `StartSel=${highlightStart}, StopSel=${highlightStop}, HighlightAll=true`;
const configOf: Record<Locale, string> = { nb: "norwegian", en: "english", ru: "russian" };

async function highlight(
  tx: Tx,
  search: TextSearch,
  wanted: { id: string; locale: Locale }[],
): Promise<Map<string, { title: string; summary: string }>> {
  if (wanted.length === 0) return new Map();
  const rows = wanted.map((w) => ({ id: w.id, lang: w.locale, cfg: configOf[w.locale] }));
  const result = (await tx.execute(sql`
    select h.id,
      ts_headline(h.cfg::regconfig, coalesce(cp.title->>h.lang, ''),
        websearch_to_tsquery(h.cfg::regconfig, ${search.text}), ${titleHeadlineOptions}) as title,
      ts_headline(h.cfg::regconfig,
        coalesce(nullif(cp.summary->>h.lang, ''), nullif(cp.results->>h.lang, ''), ''),
        websearch_to_tsquery(h.cfg::regconfig, ${search.text}), ${headlineOptions}) as summary
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as h(id text, lang text, cfg text)
    join catalogue_project cp on cp.id = h.id
  `)) as unknown as { rows: { id: string; title: string; summary: string }[] };
  return new Map(result.rows.map((r) => [r.id, { title: r.title, summary: r.summary }]));
}

async function countFacets(
  tx: Tx,
  query: CatalogueQuery,
  search: ResolvedTextSearch | null,
): Promise<{ total: number; facets: Record<CatalogueFacet, FacetCount[]> }> {
  const conditions = facetConditions(query);
  const others = (facet: CatalogueFacet) => filtersExcept(conditions, facet);
  // A facet nobody filters on is counted over the rows that pass every filter (base), all such
  // facets in one pass (GROUPING SETS); a facet with a filter of its own is counted over the rows
  // that pass the others. Partner countries and regions are arrays: counted per element.
  const scalars: [CatalogueFacet, string][] = [
    ["year", "year::text"],
    ["programme", "programme_id"],
    ["theme", "priority_area"],
    ["county", "applicant_county"],
    ["amountBand", "band"],
    ["status", "status"],
    ["source", "source"],
  ];
  const arrays: [CatalogueFacet, string][] = [
    ["partnerCountry", "partner_countries"],
    ["partnerRegion", "partner_regions"],
  ];
  const free = scalars.filter(([facet]) => conditions[facet] === null);
  const column = (expression: string) => sql.raw(expression.replace("::text", ""));
  const grouped =
    free.length === 0
      ? sql`select '' as facet, null::text as value, count(*)::int as n from base`
      : sql`select case ${sql.join(
          free.map(([facet, expression]) => sql`when grouping(${column(expression)}) = 0 then ${facet}`),
          sql` `,
        )} else '' end as facet,
    coalesce(${sql.join([...free.map(([, e]) => sql.raw(e)), sql`null`], sql`, `)}) as value, count(*)::int as n
    from base group by grouping sets (${sql.join([...free.map(([, e]) => sql`(${column(e)})`), sql`()`], sql`, `)})`;
  const arms: SQL[] = [
    sql`select facet, value, n from (${grouped}) as g where facet = '' or value is not null`,
  ];
  for (const [facet, expression] of scalars) {
    if (conditions[facet] === null) continue;
    arms.push(sql`select ${facet}, ${sql.raw(expression)}, count(*)::int from m
      where ${others(facet)} and ${sql.raw(expression)} is not null group by 2`);
  }
  for (const [facet, name] of arrays) {
    const from = conditions[facet] === null ? sql`base` : sql`m`;
    const where = conditions[facet] === null ? sql`true` : others(facet);
    arms.push(sql`select ${facet}, u.value, count(*)::int
      from ${from} cross join lateral unnest(${from}.${sql.raw(name)}) as u(value) where ${where} group by 2`);
  }
  // With q, the text match is costly: its rows are found once and counted from memory. Without,
  // each count reads the table itself, which PostgreSQL does in parallel and faster than it
  // copies the rows aside.
  const materialized = search ? sql`materialized` : sql`not materialized`;
  const result = (await tx.execute(sql`
    with m as ${materialized} (
      select year, programme_id, priority_area, applicant_county, partner_countries, partner_regions,
        amount_nok, ${amountBandExpression(sql.raw("amount_nok"))} as band, status, source
      from catalogue_project where ${textMatch(search)}
    ), base as ${materialized} (select * from m where ${filtersExcept(conditions)})
    ${sql.join(arms, sql` union all `)}
  `)) as unknown as { rows: { facet: string; value: string; n: number }[] };
  const facets = emptyFacets();
  let total = 0;
  for (const row of result.rows) {
    if (row.facet === "") total = Number(row.n);
    else facets[row.facet as CatalogueFacet]?.push({ value: row.value, count: Number(row.n) });
  }
  // A selected value stays listed (with 0) so the reader can turn it off again.
  for (const facet of catalogueFacets) {
    for (const selected of ((query[facet] ?? []) as (string | number)[]).map(String)) {
      if (!facets[facet].some((c) => c.value === selected)) facets[facet].push({ value: selected, count: 0 });
    }
    facets[facet] = orderFacet(facet, facets[facet]);
  }
  return { total, facets };
}

function emptyFacets(): Record<CatalogueFacet, FacetCount[]> {
  return Object.fromEntries(catalogueFacets.map((f) => [f, [] as FacetCount[]])) as Record<
    CatalogueFacet,
    FacetCount[]
  >;
}

/**
 * Searches the catalogue. Never throws for anything a reader can type: bad values match nothing,
 * and a search PostgreSQL cancels for running too long comes back empty with `timedOut`.
 */
export async function searchCatalogue(
  q: Queryable,
  input: CatalogueQuery,
  options: SearchOptions = {},
): Promise<CatalogueSearchResult> {
  const query = boundedQuery(input);
  const preferred = options.locale ?? "nb";
  try {
    return await withCatalogueLimits(
      q,
      async (tx) => {
        const search = await resolveTextSearch(tx, query.q);
        const rows = await readPage(tx, query, search);
        const locales = rows.map((row) => ({ id: row.id, locale: snippetLocale(row, preferred, search) }));
        const marked = search
          ? await highlight(
              tx,
              search,
              locales.filter((_, i) => rows[i]!.words),
            )
          : new Map<string, { title: string; summary: string }>();
        const { total, facets } = options.counts ?? (await countFacets(tx, query, search));
        const items = rows.map((row, i): CatalogueSearchItem => {
          const locale = locales[i]!.locale;
          const highlighted = marked.get(row.id);
          const summaryText = row.summary[locale] || row.results[locale] || "";
          return {
            id: row.id,
            caseNumber: row.case_number,
            source: row.source,
            title: row.title,
            applicantName: row.applicant_name,
            applicantCounty: row.applicant_county,
            programmeId: row.programme_id,
            priorityArea: row.priority_area,
            year: row.year,
            amountNok: row.amount_nok,
            status: row.status,
            startsOn: row.starts_on,
            endsOn: row.ends_on,
            partnerCountries: row.partner_countries,
            partnerRegions: row.partner_regions,
            snippet: {
              locale,
              title:
                highlighted && row.title[locale]
                  ? segmentsOf(highlighted.title)
                  : plainSegments(row.title[locale] ?? row.title[firstLocaleOf(row.title) ?? locale] ?? ""),
              summary: highlighted
                ? segmentsOf(highlighted.summary)
                : plainSegments(leadingWords(summaryText)),
            },
            match: search ? (row.words ? "words" : "partial") : null,
          };
        });
        return { items, total, facets, query, timedOut: false };
      },
      { timeoutMs: options.timeoutMs, background: options.background },
    );
  } catch (error) {
    if (!isStatementTimeout(error)) throw error;
    return { items: [], total: 0, facets: emptyFacets(), query, timedOut: true };
  }
}
