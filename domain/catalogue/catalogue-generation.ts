// A counter of catalogue writes in this process. Every write function here bumps it, so a cache
// of search results (catalogue-cache.ts) knows at once that what it holds may be stale. Writes by
// another process (a CLI import against the same PostgreSQL) are not seen: the cache's time limit
// covers those.

let generation = 0;

export function noteCatalogueChanged(): void {
  generation += 1;
}

export function catalogueGeneration(): number {
  return generation;
}
