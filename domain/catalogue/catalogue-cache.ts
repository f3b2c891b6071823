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
// search ran, is covered by the time limit (ttlMs): no answer is served whose data was read longer
// ago than that. Identical searches that arrive together share one database round (no stampede).
// Timed-out searches are not kept.
//
// Refresh ahead: an answer asked for when it is older than refreshAfterMs (but younger than ttlMs)
// is still served, and a database round in the background reads it again. A search people keep
// asking for is therefore never recomputed while they wait; only a search nobody asked for lately
// (or one made stale by a write here) costs the reader a database round.

export interface CatalogueCacheOptions {
  /** Answers kept (least recently used go first). Default 500. */
  maxEntries?: number;
  /** How long ago an answer's data may have been read, at most, when it is served. Default 30 s. */
  ttlMs?: number;
  /** From what age an answer that is served is read again in the background. Default 1/2 of ttlMs. */
  refreshAfterMs?: number;
  /** Background readings run at most this many at a time (the others queue). Default 1. */
  refreshConcurrency?: number;
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
  /** When the answer's data was read from the database (its oldest part, when parts were reused). */
  readAt: number;
  value: Promise<unknown>;
  /** A background refresh of this entry is under way. */
  refreshing?: boolean;
}

/** What a load returns: the answer and when its data was read. */
interface Loaded<T> {
  value: T;
  readAt: number;
}

/** Reads an answer; `background` when nobody waits for it (a refresh). */
type Load<T> = (how: { background: boolean }) => Promise<Loaded<T>>;

export function createCatalogueCache(options: CatalogueCacheOptions = {}): CatalogueCache {
  const maxEntries = options.maxEntries ?? 500;
  const ttlMs = options.ttlMs ?? 30_000;
  const refreshAfterMs = Math.min(options.refreshAfterMs ?? Math.round(ttlMs / 2), ttlMs);
  const refreshConcurrency = Math.max(1, options.refreshConcurrency ?? 1);
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();

  function store(key: string, entry: Entry): void {
    entries.delete(key);
    entries.set(key, entry);
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
  }

  /** The entry under key when it may be served now (this generation, within the time limit). */
  function servable(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry && entry.generation === catalogueGeneration() && now() - entry.readAt < ttlMs) return entry;
    return undefined;
  }

  // Background readings, one (refreshConcurrency) at a time: answers read together come due
  // together, and reading them all at once would take the processors from the readers the refresh
  // is meant to spare. Queued in order of need; one that is no longer current when its turn comes
  // (replaced, evicted, made stale by a write, past the limit) is dropped.
  const queue: (() => Promise<void>)[] = [];
  let running = 0;
  function pump() {
    while (running < refreshConcurrency && queue.length > 0) {
      const task = queue.shift()!;
      running++;
      void task().finally(() => {
        running--;
        pump();
      });
    }
  }

  function refresh<T>(key: string, entry: Entry, load: Load<T>, keep: (value: T) => boolean) {
    entry.refreshing = true;
    const generation = entry.generation;
    queue.push(async () => {
      if (servable(key) !== entry) return;
      try {
        const loaded = await load({ background: true });
        // A write here meanwhile has made this answer stale too; a newer entry wins.
        if (keep(loaded.value) && catalogueGeneration() === generation && entries.get(key) === entry) {
          store(key, { generation, readAt: loaded.readAt, value: Promise.resolve(loaded.value) });
          return;
        }
      } catch {
        // The answer in hand stays until its limit; a reader after that reads it again.
      }
      entry.refreshing = false;
    });
    pump();
  }

  function cached<T>(key: string, load: Load<T>, keep: (value: T) => boolean): Promise<T> {
    const entry = servable(key);
    if (entry) {
      // Most recently used last.
      store(key, entry);
      if (now() - entry.readAt >= refreshAfterMs && !entry.refreshing) refresh(key, entry, load, keep);
      return entry.value as Promise<T>;
    }
    const fresh: Entry = { generation: catalogueGeneration(), readAt: now(), value: Promise.resolve() };
    const value = load({ background: false }).then((loaded) => {
      fresh.readAt = Math.min(fresh.readAt, loaded.readAt);
      return loaded.value;
    });
    fresh.value = value;
    store(key, fresh);
    value.then(
      (result) => {
        if (!keep(result) && entries.get(key) === fresh) entries.delete(key);
      },
      () => {
        if (entries.get(key) === fresh) entries.delete(key);
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
        async ({ background }) => {
          const generation = catalogueGeneration();
          const startedAt = now();
          // Counts already due for a refresh are read again, so that a page made with them is not
          // older than the page it replaces.
          const counts = servable(countsKey);
          const reuse = counts && startedAt - counts.readAt < refreshAfterMs ? counts : undefined;
          const known = reuse
            ? ((await reuse.value) as Pick<CatalogueSearchResult, "total" | "facets" | "timedOut">)
            : null;
          const result = await searchCatalogue(q, query, {
            locale,
            background,
            counts: known && !known.timedOut ? known : undefined,
          });
          // Counts made while the catalogue changed are not kept for the next page.
          if (!known && !result.timedOut && catalogueGeneration() === generation) {
            store(countsKey, {
              generation,
              readAt: startedAt,
              value: Promise.resolve({ total: result.total, facets: result.facets, timedOut: false }),
            });
          }
          return { value: result, readAt: known && reuse ? reuse.readAt : startedAt };
        },
        ok,
      );
    },
    statistics(q, filters = {}) {
      const key = `statistics:${serializeCatalogueQuery({ ...filters, sort: undefined, page: undefined, pageSize: undefined })}`;
      return cached(
        key,
        async ({ background }) => {
          const readAt = now();
          return { value: await catalogueStatistics(q, filters, { background }), readAt };
        },
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
