import { z } from "zod";
import { createTranslator, type Translate } from "#domain/i18n/translate.ts";

// A catalogue search lives in its URL: the search page (a GET form, no JavaScript needed), the JSON
// API and the CSV export read the same parameters through parseCatalogueQuery, so a URL copied
// from one works in the others and a shared link shows the same result.
//
//   q              free text, any language (websearch syntax: "quoted phrase", or, -word)
//   year programme theme county partnerCountry partnerRegion amountBand status source
//                  facet filters; repeat the parameter or separate values by commas to select
//                  several (year=2019&year=2020, or year=2019,2020); values of one facet are OR-ed,
//                  facets AND-ed. An unknown value is not an error: it matches nothing.
//   sort           relevance (default; without q it is the same as newest) | newest | amount
//   page           1..500          pageSize 1..100 (default 20)
//
// Choices about bad input (documented for the API): text is never an error: q is cleaned of
// control characters and cut to 200 characters and 8 words. A value that cannot be what the
// parameter names (page=-1, pageSize=100000, year=abc, sort=drop) is an error, named with a
// translated message, and the query keeps that parameter's default; the API answers 400, the page
// can show the message next to the default result. No value is silently clamped: a URL means
// exactly what it says or is refused.

export const catalogueSorts = ["relevance", "newest", "amount"] as const;
export type CatalogueSort = (typeof catalogueSorts)[number];

/** The facets, in the order pages show them and URLs list them. */
export const catalogueFacets = [
  "year",
  "programme",
  "theme",
  "county",
  "partnerCountry",
  "partnerRegion",
  "amountBand",
  "status",
  "source",
] as const;
export type CatalogueFacet = (typeof catalogueFacets)[number];

export const catalogueLimits = {
  /** Characters of q kept (the rest is cut off). */
  maxQueryLength: 200,
  /** Words of q kept. */
  maxTerms: 8,
  defaultPageSize: 20,
  maxPageSize: 100,
  /** 500 pages of 100 is far beyond any reader; bounds the offset the database skips. */
  maxPage: 500,
  /** Selected values per facet. */
  maxValues: 30,
  /** Characters per facet value (ids are short). */
  maxValueLength: 100,
} as const;

/** The filters of a search (everything but order and paging); also what exports and statistics take. */
export interface CatalogueFilters {
  q?: string;
  year?: number[];
  programme?: string[];
  /** Priority area ids. */
  theme?: string[];
  /** Applicant county ids ("no-finnmark"). */
  county?: string[];
  /** ISO country codes on the partners' side ("RU"). */
  partnerCountry?: string[];
  /** Barents region ids on the partners' side ("ru-murmansk"). */
  partnerRegion?: string[];
  /** Ids from amount-bands.server.ts. */
  amountBand?: string[];
  /** "ongoing" | "finished"; anything else matches nothing. */
  status?: string[];
  /** "case" | "archive" | "synthetic"; anything else matches nothing. */
  source?: string[];
}

export interface CatalogueQuery extends CatalogueFilters {
  sort: CatalogueSort;
  /** 1-based. */
  page: number;
  pageSize: number;
}

export const defaultCatalogueQuery: CatalogueQuery = {
  sort: "relevance",
  page: 1,
  pageSize: catalogueLimits.defaultPageSize,
};

export type CatalogueQueryParam = CatalogueFacet | "q" | "sort" | "page" | "pageSize";

export interface CatalogueQueryError {
  param: CatalogueQueryParam;
  /** Translated, for the reader. */
  message: string;
}

const stringFacets = catalogueFacets.filter((f) => f !== "year") as Exclude<CatalogueFacet, "year">[];

/**
 * Free text as searched: control characters out (they include the highlight markers), white space
 * collapsed, at most maxQueryLength characters and maxTerms words. Empty means no text search.
 */
export function normaliseSearchText(raw: string | undefined | null): string | undefined {
  if (typeof raw !== "string") return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const cleaned = raw.replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g, " ");
  const chars = Array.from(cleaned.trim()).slice(0, catalogueLimits.maxQueryLength).join("");
  const words = chars.split(/\s+/).filter(Boolean).slice(0, catalogueLimits.maxTerms);
  const text = words.join(" ");
  return text === "" ? undefined : text;
}

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function valuesOf(params: Params, name: string): string[] {
  const raw =
    params instanceof URLSearchParams
      ? params.getAll(name)
      : ([] as string[]).concat(params[name] ?? []).filter((v): v is string => typeof v === "string");
  return raw
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter(Boolean);
}

const wholeNumber = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number);

/**
 * Reads a search from URL parameters (a URLSearchParams, or an object such as a parsed query
 * string). Never throws; `errors` is empty when every parameter was understood.
 */
export function parseCatalogueQuery(
  params: Params,
  t: Translate = createTranslator("en"),
): { query: CatalogueQuery; errors: CatalogueQueryError[] } {
  const query: CatalogueQuery = { ...defaultCatalogueQuery };
  const errors: CatalogueQueryError[] = [];
  const fail = (param: CatalogueQueryParam, message: string) => errors.push({ param, message });

  // q keeps its commas (the comma split is for facet values); a repeated q is read as one text.
  const rawQ =
    params instanceof URLSearchParams ? params.getAll("q") : ([] as unknown[]).concat(params.q ?? []);
  const text = normaliseSearchText(rawQ.filter((v): v is string => typeof v === "string").join(" "));
  if (text) query.q = text;

  const years = valuesOf(params, "year");
  if (years.length > catalogueLimits.maxValues) {
    fail("year", t("catalogue.query.tooManyValues", { max: catalogueLimits.maxValues }));
  } else if (years.length > 0) {
    const parsed = years.map((value) =>
      z
        .string()
        .regex(/^\d{4}$/)
        .transform(Number)
        .safeParse(value),
    );
    const bad = years.find((_, i) => !parsed[i]!.success);
    if (bad !== undefined) fail("year", t("catalogue.query.notAYear", { value: bad.slice(0, 20) }));
    else query.year = [...new Set(parsed.map((p) => p.data as number))];
  }

  for (const facet of stringFacets) {
    const values = valuesOf(params, facet);
    if (values.length === 0) continue;
    if (values.length > catalogueLimits.maxValues) {
      fail(facet, t("catalogue.query.tooManyValues", { max: catalogueLimits.maxValues }));
    } else if (values.some((v) => v.length > catalogueLimits.maxValueLength)) {
      fail(facet, t("catalogue.query.valueTooLong", { max: catalogueLimits.maxValueLength }));
    } else {
      query[facet] = [...new Set(values)];
    }
  }

  const sort = valuesOf(params, "sort")[0];
  if (sort !== undefined) {
    if ((catalogueSorts as readonly string[]).includes(sort)) query.sort = sort as CatalogueSort;
    else fail("sort", t("catalogue.query.badSort"));
  }

  const page = valuesOf(params, "page")[0];
  if (page !== undefined) {
    const parsed = wholeNumber.safeParse(page);
    if (parsed.success && parsed.data >= 1 && parsed.data <= catalogueLimits.maxPage)
      query.page = parsed.data;
    else fail("page", t("catalogue.query.badPage", { max: catalogueLimits.maxPage }));
  }

  const pageSize = valuesOf(params, "pageSize")[0];
  if (pageSize !== undefined) {
    const parsed = wholeNumber.safeParse(pageSize);
    if (parsed.success && parsed.data >= 1 && parsed.data <= catalogueLimits.maxPageSize)
      query.pageSize = parsed.data;
    else fail("pageSize", t("catalogue.query.badPageSize", { max: catalogueLimits.maxPageSize }));
  }

  return { query, errors };
}

/**
 * The canonical query string of a search: parameters in a fixed order, each facet's values sorted
 * and repeated (year=2019&year=2020), defaults left out. Use it for links (paging, a facet turned
 * on or off) so equal searches have equal URLs (and caches and ETags see them as one).
 */
export function serializeCatalogueQuery(
  query: Partial<CatalogueQuery>,
  options: { withPage?: boolean } = { withPage: true },
): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const facet of catalogueFacets) {
    const values = query[facet] as (string | number)[] | undefined;
    if (!values?.length) continue;
    const sorted = [...new Set(values.map(String))].sort((a, b) =>
      facet === "year" ? Number(a) - Number(b) : a.localeCompare(b),
    );
    for (const value of sorted) params.append(facet, value);
  }
  if (query.sort && query.sort !== defaultCatalogueQuery.sort) params.set("sort", query.sort);
  if (query.pageSize && query.pageSize !== defaultCatalogueQuery.pageSize)
    params.set("pageSize", String(query.pageSize));
  if (options.withPage !== false && query.page && query.page > 1) params.set("page", String(query.page));
  return params.toString();
}

/** The query with one facet value turned on or off (and back to page 1): the facet links' target. */
export function toggleFacetValue(
  query: CatalogueQuery,
  facet: CatalogueFacet,
  value: string,
): CatalogueQuery {
  const current = ((query[facet] ?? []) as (string | number)[]).map(String);
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const updated: CatalogueQuery = { ...query, page: 1 };
  if (facet === "year") updated.year = next.length ? next.map(Number) : undefined;
  else updated[facet] = next.length ? next : undefined;
  return updated;
}
