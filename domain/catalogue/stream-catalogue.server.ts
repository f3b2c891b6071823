import { type SQL, sql } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { catalogueWhere, withCatalogueLimits } from "./catalogue-conditions.server.ts";
import type { CatalogueProject } from "./catalogue-project.ts";
import type { CatalogueFilters } from "./catalogue-query.ts";
import { selectProjects } from "./find-catalogue-project.server.ts";

// Every project a search matches, for the exports (CSV, 360Giving JSON): the same WHERE as the
// search (catalogue-conditions.server.ts), so an export holds exactly the search's result, in id order.
// Read page by page with keyset pagination (id > last id, the primary key's index), each page its
// own short statement: the first rows go out at once, memory holds one page, and no transaction
// or cursor stays open while a slow client reads.

export const streamPageSize = 500;

export async function* streamCatalogue(
  q: Queryable,
  filters: CatalogueFilters,
  options: { pageSize?: number } = {},
): AsyncGenerator<CatalogueProject> {
  const pageSize = Math.min(Math.max(options.pageSize ?? streamPageSize, 1), 5000);
  let where: SQL | null = null;
  let after: string | null = null;
  for (;;) {
    const last: string | null = after;
    const page: CatalogueProject[] = await withCatalogueLimits(q, async (tx) => {
      // The text's words are resolved once, so every page filters alike.
      where ??= await catalogueWhere(tx, filters);
      return selectProjects(
        tx,
        last === null ? where : sql`${where} and id > ${last}`,
        sql`order by id limit ${pageSize}`,
      );
    });
    yield* page;
    if (page.length < pageSize) return;
    after = page[page.length - 1]!.id;
  }
}
