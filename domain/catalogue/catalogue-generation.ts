// A counter of catalogue writes in this process. Every write function here bumps it, so a cache
// of search results (catalogue-cache.server.ts) knows at once that what it holds may be stale. Writes by
// another process (a CLI import against the same PostgreSQL) are not seen: the cache's time limit
// covers those.
//
// The counter lives on globalThis, not in this module: the server loads this file twice — once
// from source (server/services.ts builds the cache) and once bundled into the React Router build
// (the routes whose case transitions write the catalogue) — and both copies must count together.

const key = Symbol.for("barents-bridge.catalogue-generation");
const holder = globalThis as unknown as Record<symbol, number | undefined>;

export function noteCatalogueChanged(): void {
  holder[key] = (holder[key] ?? 0) + 1;
}

export function catalogueGeneration(): number {
  return holder[key] ?? 0;
}
