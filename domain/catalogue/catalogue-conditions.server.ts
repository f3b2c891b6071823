import { is, type SQL, sql } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import type { Queryable, Tx } from "#db/connection.ts";
import { amountBandCondition } from "./amount-bands.server.ts";
import {
  type CatalogueFacet,
  type CatalogueFilters,
  catalogueLimits,
  normaliseSearchText,
} from "./catalogue-query.ts";

// The WHERE clauses every catalogue read shares (search, facets, export, statistics), so the
// export of a search is exactly its result. Columns are named unqualified: the same condition
// works on catalogue_project and on a CTE of its rows.
//
// Text matching. A project matches q when
//   - words: any of its three language documents matches q parsed by that language's stemmer
//     (websearch_to_tsquery: "samarbeid" finds "samarbeidet", "choirs" "choir",
//     "сотрудничество молодёжи" "сотрудничества молодёжь"), or
//   - partly: every word of q matches on its own, where a word the catalogue knows (some document
//     has it, in any language) matches its stemmed form in any language or, from 5 letters, as
//     part of a title or name ("samarbeid" finds the compound "Ungdomssamarbeid"); and a word the
//     catalogue does not know (a typo) of 5 letters or more matches a title or name with a
//     trigram-similar word (word_similarity >= 0.5, the <% operator: "Murmnsk" finds "Murmansk").
// Which words are known is asked first (resolveTextSearch: one probe of the language indexes), so
// the costly similarity is only ever computed for words that need it. Every branch uses a GIN
// index (one per language document, one trigram index on titles and names), combined by bitmaps.
// Relevance: a word match ranks 1 + ts_rank (normalised below 1); a partial match ranks 0.5, so
// every word match comes first; ties go to the newer project.

/** The minimum word similarity for the typo-tolerant match. */
export const similarityThreshold = 0.5;
/** Words shorter than this are matched by their stem only (a typo in a short word is hopeless). */
export const minPartialLength = 5;
/** The most a catalogue statement may run; a runaway query is cancelled, not waited for. */
export const statementTimeoutMs = 2000;

const languages = [
  { locale: "nb", config: "norwegian", column: "search_nb" },
  { locale: "en", config: "english", column: "search_en" },
  { locale: "ru", config: "russian", column: "search_ru" },
] as const;

export interface TextSearch {
  /** q as searched (normalised). */
  text: string;
  /** Its words for the partial match: lower-cased, not excluded ("-word"), at most maxTerms. */
  words: string[];
}

export interface ResolvedTextSearch extends TextSearch {
  /** For each word: whether some document has it (then it is no typo). */
  known: boolean[];
}

export function textSearchOf(q: string | undefined): TextSearch | null {
  const text = normaliseSearchText(q);
  if (!text) return null;
  const tokens = text
    .toLowerCase()
    .split(/\s+/)
    .filter((token) => !token.startsWith("-") && token !== "or");
  const words = [...new Set(tokens.flatMap((token) => token.match(/[\p{L}\p{N}]+/gu) ?? []))].slice(
    0,
    catalogueLimits.maxTerms,
  );
  return { text, words };
}

function tsquery(config: string, text: string): SQL {
  return sql`websearch_to_tsquery(${sql.raw(`'${config}'::regconfig`)}, ${text})`;
}

/** One word in any language's document (plainto_tsquery: the word is text, never syntax). */
function wordInAnyLanguage(word: string): SQL {
  return sql`(${sql.join(
    languages.map(
      (l) => sql`${sql.raw(l.column)} @@ plainto_tsquery(${sql.raw(`'${l.config}'::regconfig`)}, ${word})`,
    ),
    sql` or `,
  )})`;
}

/**
 * Asks which of the words some document has (one statement, an index probe per word). Leaves
 * sequential scans off for the caller's transaction: call it inside withCatalogueLimits.
 */
export async function resolveTextSearch(
  tx: Queryable,
  q: string | undefined,
): Promise<ResolvedTextSearch | null> {
  const search = textSearchOf(q);
  if (!search) return null;
  if (search.words.length === 0) return { ...search, known: [] };
  const probes = search.words.map(
    (word, i) =>
      sql`exists (select 1 from catalogue_project where ${wordInAnyLanguage(word)}) as ${sql.raw(`k${i}`)}`,
  );
  // Sequential scans off for the rest of this (read-only) transaction. PostgreSQL prices the text
  // operators far below what they cost (stemming, detoasting, word_similarity on every row), so
  // for a broad word it reads the whole table instead of the GIN indexes, and for EXISTS it hopes
  // to meet a match early, which for a word nobody wrote means reading all of it. Measured on
  // 100,000 projects: whole-table reads of 0.4-5 s against 2-100 ms through the indexes.
  await tx.execute(sql`select set_config('enable_seqscan', 'off', true)`);
  const result = (await tx.execute(sql`select ${sql.join(probes, sql`, `)}`)) as unknown as {
    rows: Record<string, boolean>[];
  };
  const row = result.rows[0] ?? {};
  return { ...search, known: search.words.map((_, i) => row[`k${i}`] === true) };
}

/** Whether one language's document matches (nb, en, ru). */
export function languageMatch(search: TextSearch, locale: "nb" | "en" | "ru"): SQL {
  const language = languages.find((l) => l.locale === locale)!;
  return sql`(${sql.raw(language.column)} @@ ${tsquery(language.config, search.text)})`;
}

/** A word match in any language. */
export function wordMatch(search: TextSearch): SQL {
  return sql`(${sql.join(
    languages.map((l) => languageMatch(search, l.locale)),
    sql` or `,
  )})`;
}

/** Every word matches on its own: see the comment at the top. Needs withCatalogueLimits' threshold. */
export function partialMatch(search: ResolvedTextSearch): SQL {
  if (search.words.length === 0) return sql`false`;
  const conditions: SQL[] = [];
  for (const [i, word] of search.words.entries()) {
    const long = Array.from(word).length >= minPartialLength;
    if (search.known[i]) {
      // Cheap test first: rows the trigram index offers are rechecked left to right.
      const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(
        long ? sql`(search_text like ${pattern} or ${wordInAnyLanguage(word)})` : wordInAnyLanguage(word),
      );
    } else if (long) {
      conditions.push(sql`${word} <% search_text`);
    } else {
      return sql`false`;
    }
  }
  return sql`(${sql.join(conditions, sql` and `)})`;
}

export function textMatch(search: ResolvedTextSearch | null): SQL {
  if (!search) return sql`true`;
  return sql`(${partialMatch(search)} or ${wordMatch(search)})`;
}

/** Relevance: see the comment at the top. */
export function relevance(search: TextSearch): SQL {
  const ranks = languages.map(
    (l) => sql`coalesce(ts_rank(${sql.raw(l.column)}, ${tsquery(l.config, search.text)}, 32), 0)`,
  );
  return sql`(case when ${wordMatch(search)} then 1 + greatest(${sql.join(ranks, sql`, `)}) else 0.5 end)`;
}

function anyOf(column: string, values: readonly (string | number)[]): SQL {
  if (values.length === 0) return sql`true`;
  return sql`${sql.raw(column)} in (${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
}

function overlaps(column: string, values: readonly string[]): SQL {
  if (values.length === 0) return sql`true`;
  return sql`${sql.raw(column)} && array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}

/** Each facet's own filter, or null when the facet is not filtered. */
export function facetConditions(filters: CatalogueFilters): Record<CatalogueFacet, SQL | null> {
  const when = <T>(values: readonly T[] | undefined, make: (values: readonly T[]) => SQL) =>
    values && values.length > 0 ? make(values) : null;
  return {
    year: when(filters.year, (v) => anyOf("year", v)),
    programme: when(filters.programme, (v) => anyOf("programme_id", v)),
    theme: when(filters.theme, (v) => anyOf("priority_area", v)),
    county: when(filters.county, (v) => anyOf("applicant_county", v)),
    partnerCountry: when(filters.partnerCountry, (v) => overlaps("partner_countries", v)),
    partnerRegion: when(filters.partnerRegion, (v) => overlaps("partner_regions", v)),
    amountBand: when(
      filters.amountBand,
      (v) =>
        sql`(${sql.join(
          v.map((band) => amountBandCondition(sql.raw("amount_nok"), band)),
          sql` or `,
        )})`,
    ),
    status: when(filters.status, (v) => anyOf("status", v)),
    source: when(filters.source, (v) => anyOf("source", v)),
  };
}

/** All facet filters AND-ed, leaving out `except` (a facet's counts ignore the facet's own filter). */
export function filtersExcept(conditions: Record<CatalogueFacet, SQL | null>, except?: CatalogueFacet): SQL {
  const active = (Object.entries(conditions) as [CatalogueFacet, SQL | null][])
    .filter(([facet, condition]) => facet !== except && condition !== null)
    .map(([, condition]) => condition!);
  return active.length ? sql`(${sql.join(active, sql` and `)})` : sql`true`;
}

/** Everything a search filters on: its text and every facet (the text's words resolved on `tx`). */
export async function catalogueWhere(tx: Queryable, filters: CatalogueFilters): Promise<SQL> {
  const search = await resolveTextSearch(tx, filters.q);
  return sql`${textMatch(search)} and ${filtersExcept(facetConditions(filters))}`;
}

/**
 * Runs catalogue reads in a read-only transaction with the work bounded: statement_timeout (a
 * hostile or unlucky query is cancelled by PostgreSQL after statementTimeoutMs) and the similarity
 * threshold the <% operator uses. Both are SET LOCAL, so they end with the transaction.
 * PGlite accepts the timeout but does not enforce it (it has no timer to cancel a running query);
 * on PGlite the bounds on the input (q length, words, page size, page) are what limit the work.
 */
export async function withCatalogueLimits<T>(
  q: Queryable,
  work: (tx: Tx) => Promise<T>,
  options: { timeoutMs?: number; background?: boolean } = {},
): Promise<T> {
  // In the background (a cache refreshing an answer nobody waits for) a query runs on one
  // processor: parallel workers would finish it sooner but take the others from the requests
  // someone does wait for.
  const parallel = options.background ? "0" : null;
  const run = async (tx: Tx) => {
    await tx.execute(
      sql`select set_config('statement_timeout', ${String(options.timeoutMs ?? statementTimeoutMs)}, true),
        set_config('pg_trgm.word_similarity_threshold', ${String(similarityThreshold)}, true)
        ${parallel === null ? sql`` : sql`, set_config('max_parallel_workers_per_gather', ${parallel}, true)`}`,
    );
    return work(tx);
  };
  // Inside a caller's transaction this is a savepoint, which takes no access mode.
  if (is(q, PgTransaction)) return (q as Tx).transaction((tx) => run(tx as Tx));
  return q.transaction((tx) => run(tx as Tx), { accessMode: "read only" });
}

/** Whether an error is PostgreSQL cancelling a statement that ran past statement_timeout. */
export function isStatementTimeout(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (e.code === "57014") return true;
    e = e.cause as typeof e;
  }
  return false;
}
