import { z } from "zod";
import type { Translate } from "#domain/i18n/translate.ts";
import { catalogueSources, catalogueStatuses } from "#vocabulary/vocabulary.ts";
import { amountBands } from "./amount-bands.ts";

// A catalogue search lives in its URL: the search page (a GET form, no JavaScript needed), the JSON
// API and the CSV export read the same parameters through parseCatalogueQuery, so a URL copied
// from one works in the others and a shared link shows the same result.
//
//   q              free text, any language (websearch syntax: "quoted phrase", or, -word)
//   year programme theme county partnerCountry partnerRegion amountBand status source
//                  facet filters; repeat the parameter or separate values by commas to select
//                  several (year=2019&year=2020, or year=2019,2020); values of one facet are OR-ed,
//                  facets AND-ed.
//   sort           relevance (default; without q it is the same as newest) | newest | amount
//   page           1..500          pageSize 1..100 (default 20)
//
// Choices about bad input (documented for the API): text is never an error: q is cleaned of
// control characters and cut to 200 characters and 8 words. A value that cannot be what the
// parameter names is an error, named with a translated message, and the query keeps that
// parameter's default; the API answers 400, the page shows the message next to the default result.
// No value is silently clamped: a URL means exactly what it says or is refused. In particular:
//  - closed vocabularies, fixed in code (sort, status, source, amountBand): an unknown value is an
//    error that lists the allowed values (status=completed would otherwise quietly find nothing);
//  - open vocabularies, ids from data that grows (programme, theme, county, partnerCountry,
//    partnerRegion): an unknown id is not an error, it matches nothing (the facets list the ids
//    there are); only a value no id can be (a control character, over 100 characters) is refused;
//  - year: four digits, else an error; a year without projects is no error (it matches nothing);
//  - sort, page and pageSize take one value: given twice (or as a list) they are an error.
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
  /** Ids from amount-bands.ts. */
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

/** The facets whose values are a fixed list (an unknown value is an error naming the list). */
export const closedFacetValues = {
  status: catalogueStatuses,
  source: catalogueSources,
  amountBand: amountBands.map((band) => band.id),
} as const satisfies Partial<Record<CatalogueFacet, readonly string[]>>;

/** Why a parameter was refused: stable codes for API clients (the message is for people). */
export type ParameterErrorCode =
  | "unknown-value"
  | "not-a-year"
  | "control-character"
  | "too-many-values"
  | "value-too-long"
  | "out-of-range"
  | "repeated"
  | "unknown-parameter";

export interface CatalogueQueryError {
  param: CatalogueQueryParam;
  code: ParameterErrorCode;
  /** Translated, for the reader. */
  message: string;
  /** The values the parameter takes, when they are a fixed list. */
  allowed?: readonly string[];
}

const stringFacets = catalogueFacets.filter((f) => f !== "year") as Exclude<CatalogueFacet, "year">[];

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const controlCharacter = /[\u0000-\u001f\u007f-\u009f]/;

/** A value shown back in a message: short, and without control characters. */
const shown = (value: string) =>
  Array.from(value.replace(new RegExp(controlCharacter, "g"), "?"))
    .slice(0, 40)
    .join("");

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
  // The browser also loads this module (for serializeCatalogueQuery), so it cannot reach the
  // catalogue for a default language: without a translator, errors carry their message keys.
  t: Translate = (key) => key,
): { query: CatalogueQuery; errors: CatalogueQueryError[] } {
  const query: CatalogueQuery = { ...defaultCatalogueQuery };
  const errors: CatalogueQueryError[] = [];
  const fail = (
    param: CatalogueQueryParam,
    code: ParameterErrorCode,
    message: string,
    allowed?: readonly string[],
  ) => errors.push(allowed ? { param, code, message, allowed } : { param, code, message });

  // q keeps its commas (the comma split is for facet values); a repeated q is read as one text.
  const rawQ =
    params instanceof URLSearchParams ? params.getAll("q") : ([] as unknown[]).concat(params.q ?? []);
  const text = normaliseSearchText(rawQ.filter((v): v is string => typeof v === "string").join(" "));
  if (text) query.q = text;

  const years = valuesOf(params, "year");
  if (years.length > catalogueLimits.maxValues) {
    fail("year", "too-many-values", t("catalogue.query.tooManyValues", { max: catalogueLimits.maxValues }));
  } else if (years.length > 0) {
    const parsed = years.map((value) =>
      z
        .string()
        .regex(/^\d{4}$/)
        .transform(Number)
        .safeParse(value),
    );
    const bad = years.find((_, i) => !parsed[i]!.success);
    if (bad !== undefined) fail("year", "not-a-year", t("catalogue.query.notAYear", { value: shown(bad) }));
    else query.year = [...new Set(parsed.map((p) => p.data as number))];
  }

  for (const facet of stringFacets) {
    const values = valuesOf(params, facet);
    if (values.length === 0) continue;
    const allowed: readonly string[] | undefined = closedFacetValues[facet as keyof typeof closedFacetValues];
    const unknown = allowed && values.find((v) => !allowed.includes(v));
    if (values.length > catalogueLimits.maxValues) {
      fail(facet, "too-many-values", t("catalogue.query.tooManyValues", { max: catalogueLimits.maxValues }));
    } else if (unknown !== undefined) {
      fail(facet, "unknown-value", unknownValue(t, facet, unknown, allowed!), allowed);
    } else if (values.some((v) => v.length > catalogueLimits.maxValueLength)) {
      fail(
        facet,
        "value-too-long",
        t("catalogue.query.valueTooLong", { max: catalogueLimits.maxValueLength }),
      );
    } else if (values.some((v) => controlCharacter.test(v))) {
      fail(facet, "control-character", t("catalogue.query.controlCharacter", { param: facet }));
    } else {
      query[facet] = [...new Set(values)];
    }
  }

  /** The one value of a single-valued parameter; undefined when absent or refused. */
  const single = (param: "sort" | "page" | "pageSize"): string | undefined => {
    const values = valuesOf(params, param);
    if (values.length <= 1) return values[0];
    fail(param, "repeated", t("catalogue.query.repeated", { param }));
    return undefined;
  };

  const sort = single("sort");
  if (sort !== undefined) {
    if ((catalogueSorts as readonly string[]).includes(sort)) query.sort = sort as CatalogueSort;
    else fail("sort", "unknown-value", unknownValue(t, "sort", sort, catalogueSorts), catalogueSorts);
  }

  const page = single("page");
  if (page !== undefined) {
    const parsed = wholeNumber.safeParse(page);
    if (parsed.success && parsed.data >= 1 && parsed.data <= catalogueLimits.maxPage)
      query.page = parsed.data;
    else fail("page", "out-of-range", t("catalogue.query.badPage", { max: catalogueLimits.maxPage }));
  }

  const pageSize = single("pageSize");
  if (pageSize !== undefined) {
    const parsed = wholeNumber.safeParse(pageSize);
    if (parsed.success && parsed.data >= 1 && parsed.data <= catalogueLimits.maxPageSize)
      query.pageSize = parsed.data;
    else
      fail(
        "pageSize",
        "out-of-range",
        t("catalogue.query.badPageSize", { max: catalogueLimits.maxPageSize }),
      );
  }

  return { query, errors };
}

/** The message for a value outside a fixed list: names the parameter and every allowed value. */
export function unknownValue(t: Translate, param: string, value: string, allowed: readonly string[]): string {
  return t("catalogue.query.unknownValue", { param, value: shown(value), allowed: allowed.join(", ") });
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
