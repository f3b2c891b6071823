import type { Queryable } from "#db/connection.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { catalogueGeneration } from "./catalogue-generation.ts";
import { type CatalogueFilters, type CatalogueQuery, serializeCatalogueQuery } from "./catalogue-query.ts";
import { catalogueRevision } from "./catalogue-revision.server.ts";
import { boundedQuery, type CatalogueSearchResult, searchCatalogue } from "./search-catalogue.server.ts";
import { type CatalogueStatistics, catalogueStatistics } from "./statistics.server.ts";

// A cache of catalogue answers for the public pages and the API, one per server process. The
// catalogue is read all day and written rarely (a case approved, an archive import), and the
// costly part of a search is counting the facets over every match: a search with the same filters
// (another page, another order) reuses the counts, the very same search reuses the whole answer.
//
// Freshness: every catalogue write in this process (upsert, delete, sync of a case) bumps a
// generation, and an answer from an older generation is never served. Writes in any process (the
// CLI against the same PostgreSQL) raise the catalogue's revision (catalogue-revision.server.ts), which
// each answer records as it was before its data was read. No answer is served that was last known
// to be current more than ttlMs ago: when it comes due, one cheap read of the revision tells
// whether it still holds (then it is kept, as new) or must be read again. A write still inside an
// uncommitted transaction is not seen until it commits, as with any read. Identical searches that
// arrive together share one database round (no stampede). Timed-out searches are not kept.
//
// Refresh ahead: an answer asked for when it is older than refreshAfterMs (but younger than ttlMs)
// is still served, and a background task checks it (and reads it again if the catalogue changed).
// A search people keep asking for is therefore never recomputed while they wait.

export interface CatalogueCacheOptions {
  /** Answers kept (least recently used go first). Default 500. */
  maxEntries?: number;
  /** How long ago an answer may have been known current, at most, when it is served. Default 30 s. */
  ttlMs?: number;
  /** From what age an answer that is served is checked in the background. Default 1/2 of ttlMs. */
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
  /** When the answer was last known current: read, or its revision checked. */
  readAt: number;
  /** The catalogue's revision before the answer's data was read (its oldest part's); null while reading. */
  revision: number | null;
  value: Promise<unknown>;
  /** A background check of this entry is queued or under way. */
  refreshing?: boolean;
}

/** What a load returns: the answer, when it was known current, and the revision it holds for. */
interface Loaded<T> {
  value: T;
  readAt: number;
  revision: number;
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

  /** An entry past its limit that a check of the revision may renew: this generation, settled. */
  function renewable(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry && entry.generation === catalogueGeneration() && entry.revision !== null) return entry;
    return undefined;
  }

  /**
   * The answer of `entry`, known current now, if the catalogue's revision is still the one it was
   * read at; else a new reading.
   */
  async function checkOrLoad<T>(
    q: Queryable,
    entry: Entry,
    load: Load<T>,
    background: boolean,
  ): Promise<Loaded<T>> {
    const checkedAt = now();
    const revision = await catalogueRevision(q);
    if (revision === entry.revision) {
      return { value: (await entry.value) as T, readAt: checkedAt, revision };
    }
    return load({ background });
  }

  // Background checks, one (refreshConcurrency) at a time: answers read together come due
  // together, and reading them all at once would take the processors from the readers the refresh
  // is meant to spare. Queued in order of need; one that is no longer current when its turn comes
  // (replaced, evicted, made stale by a write here, past the limit) is dropped.
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

  function refresh<T>(q: Queryable, key: string, entry: Entry, load: Load<T>, keep: (value: T) => boolean) {
    entry.refreshing = true;
    const generation = entry.generation;
    queue.push(async () => {
      if (servable(key) !== entry) return;
      try {
        const loaded = await checkOrLoad(q, entry, load, true);
        // A write here meanwhile has made this answer stale too; a newer entry wins.
        if (keep(loaded.value) && catalogueGeneration() === generation && entries.get(key) === entry) {
          store(key, {
            generation,
            readAt: loaded.readAt,
            revision: loaded.revision,
            value: Promise.resolve(loaded.value),
          });
          return;
        }
      } catch {
        // The answer in hand stays until its limit; a reader after that reads it again.
      }
      entry.refreshing = false;
    });
    pump();
  }

  function cached<T>(q: Queryable, key: string, load: Load<T>, keep: (value: T) => boolean): Promise<T> {
    const entry = servable(key);
    if (entry) {
      // Most recently used last.
      store(key, entry);
      if (now() - entry.readAt >= refreshAfterMs && !entry.refreshing && entry.revision !== null)
        refresh(q, key, entry, load, keep);
      return entry.value as Promise<T>;
    }
    // Past its limit (nobody asked for it lately): the reader waits for a check of the revision,
    // and for a new reading only if the catalogue changed.
    const expired = renewable(key);
    const generation = catalogueGeneration();
    const fresh: Entry = { generation, readAt: now(), revision: null, value: Promise.resolve() };
    const loading = expired ? checkOrLoad(q, expired, load, false) : load({ background: false });
    const value = loading.then((loaded) => {
      fresh.readAt = Math.min(fresh.readAt, loaded.readAt);
      fresh.revision = loaded.revision;
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
        q,
        `search:${locale}:${serializeCatalogueQuery(query)}`,
        async ({ background }) => {
          const generation = catalogueGeneration();
          const startedAt = now();
          // Before the data: a write committed after this read shows as a newer revision.
          const revision = await catalogueRevision(q);
          // Counts of this very revision are current; others only while not yet due for a refresh,
          // so that a page made with them is not older than the page it replaces.
          const counts = servable(countsKey);
          const reuse =
            counts &&
            counts.revision !== null &&
            (counts.revision === revision || startedAt - counts.readAt < refreshAfterMs)
              ? counts
              : undefined;
          const known = reuse
            ? ((await reuse.value) as Pick<CatalogueSearchResult, "total" | "facets" | "timedOut">)
            : null;
          const result = await searchCatalogue(q, query, {
            locale,
            background,
            counts: known && !known.timedOut ? known : undefined,
          });
          // Counts made while the catalogue changed here are not kept for the next page.
          if (!known && !result.timedOut && catalogueGeneration() === generation) {
            store(countsKey, {
              generation,
              readAt: startedAt,
              revision,
              value: Promise.resolve({ total: result.total, facets: result.facets, timedOut: false }),
            });
          }
          const older = reuse && reuse.revision !== revision ? reuse : undefined;
          return {
            value: result,
            readAt: older ? older.readAt : startedAt,
            revision: older ? Math.min(older.revision!, revision) : revision,
          };
        },
        ok,
      );
    },
    statistics(q, filters = {}) {
      const key = `statistics:${serializeCatalogueQuery({ ...filters, sort: undefined, page: undefined, pageSize: undefined })}`;
      return cached(
        q,
        key,
        async ({ background }) => {
          const readAt = now();
          const revision = await catalogueRevision(q);
          return { value: await catalogueStatistics(q, filters, { background }), readAt, revision };
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
