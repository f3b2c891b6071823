import type { Queryable } from "#db/connection.ts";
import { type CatalogueNames, loadCatalogueNames } from "#domain/catalogue/catalogue-labels.server.ts";

/**
 * Programme and priority-area names for the catalogue's labels, read at most once a minute: they
 * change when a programme is edited, and a label a minute old is harmless, while a read per request
 * would add a database round to every answer of the busiest pages and the API.
 */
const namesTtlMs = 60_000;
/** Per database (a test process may run several apps), so names never cross from one to another. */
const namesByDatabase = new WeakMap<object, { at: number; value: Promise<CatalogueNames> }>();

export function catalogueNames(db: Queryable): Promise<CatalogueNames> {
  const cached = namesByDatabase.get(db);
  if (cached && Date.now() - cached.at <= namesTtlMs) return cached.value;
  const value = loadCatalogueNames(db);
  namesByDatabase.set(db, { at: Date.now(), value });
  // A failed read is not kept: the next request tries again.
  value.catch(() => {
    if (namesByDatabase.get(db)?.value === value) namesByDatabase.delete(db);
  });
  return value;
}
