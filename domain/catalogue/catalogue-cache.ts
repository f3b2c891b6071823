import type { Queryable } from "#db/connection.ts";
import type { Locale } from "#domain/i18n/locales.ts";
import { catalogueGeneration } from "./catalogue-generation.ts";
import { type CatalogueFilters, type CatalogueQuery, serializeCatalogueQuery } from "./catalogue-query.ts";
import { boundedQuery, type CatalogueSearchResult, searchCatalogue } from "./search-catalogue.ts";
import { type CatalogueStatistics, catalogueStatistics } from "./statistics.ts";

// A cache of catalogue answers for the public pages and the API, one per server process. The
// catalogue is read all day and written rarely (a case approved, an archive import), and the
// costly part of a search is counting the facets over every match: a search with the same filters
// (another page, another order) reuses the counts, the very same search reuses the whole answer.
//
// Freshness: every catalogue write in this process (upsert, delete, sync of a case) bumps a
// generation, and an answer from an older generation is never served. A write in another process
// (the CLI against the same PostgreSQL), or one still inside an uncommitted transaction when a
// search ran, is covered by the time limit (ttlMs). Identical searches that arrive together share
// one database round (no stampede). Timed-out searches are not kept.

export interface CatalogueCacheOptions {
  /** Answers kept (least recently used go first). Default 500. */
  maxEntries?: number;
  /** How long an answer may be served at most. Default 30 s. */
  ttlMs?: number;
  now?: () => number;
}

export interface CatalogueCache {
  search(q: Queryable, query: CatalogueQuery, options?: { locale?: Locale }): Promise<CatalogueSearchResult>;
  statistics(q: Queryable, filters?: CatalogueFilters): Promise<CatalogueStatistics>;
  clear(): void;
  readonly size: number;
}

interface Entry {
  generation: number;
  storedAt: number;
  value: Promise<unknown>;
}

export function createCatalogueCache(options: CatalogueCacheOptions = {}): CatalogueCache {
  const maxEntries = options.maxEntries ?? 500;
  const ttlMs = options.ttlMs ?? 30_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();

  function cached<T>(key: string, load: () => Promise<T>, keep: (value: T) => boolean): Promise<T> {
    const generation = catalogueGeneration();
    const entry = entries.get(key);
    if (entry && entry.generation === generation && now() - entry.storedAt < ttlMs) {
      // Most recently used last.
      entries.delete(key);
      entries.set(key, entry);
      return entry.value as Promise<T>;
    }
    const value = load();
    entries.set(key, { generation, storedAt: now(), value });
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    value.then(
      (result) => {
        if (!keep(result) && entries.get(key)?.value === value) entries.delete(key);
      },
      () => {
        if (entries.get(key)?.value === value) entries.delete(key);
      },
    );
    return value;
  }

  return {
    search(q, input, searchOptions = {}) {
      const query = boundedQuery(input);
      const locale = searchOptions.locale ?? "nb";
      const filters = serializeCatalogueQuery({
        ...query,
        sort: undefined,
        page: undefined,
        pageSize: undefined,
      });
      const countsKey = `counts:${filters}`;
      const ok = (result: CatalogueSearchResult) => !result.timedOut;
      return cached(
        `search:${locale}:${serializeCatalogueQuery(query)}`,
        async () => {
          const started = catalogueGeneration();
          const counts = entries.get(countsKey);
          const known =
            counts && counts.generation === catalogueGeneration() && now() - counts.storedAt < ttlMs
              ? ((await counts.value) as Pick<CatalogueSearchResult, "total" | "facets" | "timedOut">)
              : null;
          const result = await searchCatalogue(q, query, {
            locale,
            counts: known && !known.timedOut ? known : undefined,
          });
          // Counts made while the catalogue changed are not kept for the next page.
          if (!known && !result.timedOut && catalogueGeneration() === started)
            void cached(
              countsKey,
              async () => ({ total: result.total, facets: result.facets, timedOut: false }),
              () => true,
            );
          return result;
        },
        ok,
      );
    },
    statistics(q, filters = {}) {
      const key = `statistics:${serializeCatalogueQuery({ ...filters, sort: undefined, page: undefined, pageSize: undefined })}`;
      return cached(
        key,
        () => catalogueStatistics(q, filters),
        () => true,
      );
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
