import crypto from "node:crypto";
import { and, asc, count, eq } from "drizzle-orm";
import type { Db, Queryable } from "#db/connection.ts";
import { savedFilters, users } from "#db/schema.ts";
import { done, notFound, type Result, refused } from "#domain/result.ts";
import { maxSavedFilterName, maxSavedFilters, type SavedFilter } from "./saved-filter-form.ts";
import { parseWorkbenchQuery, serializeWorkbenchQuery } from "./workbench-query.ts";

// A person's saved workbench views: a name and the query string of the list. Personal (nobody else
// sees or deletes them), at most 20 each, and always a query the workbench accepts: what is stored
// is the canonical form of the parsed query, never the raw string that was sent.

export async function listSavedFilters(q: Queryable, userId: string): Promise<SavedFilter[]> {
  return q
    .select({ id: savedFilters.id, name: savedFilters.name, query: savedFilters.query })
    .from(savedFilters)
    .where(eq(savedFilters.userId, userId))
    .orderBy(asc(savedFilters.name), asc(savedFilters.id))
    .limit(maxSavedFilters);
}

/**
 * Saves the query under the name; a filter of the same name is replaced. The person's row is
 * locked first, so two saves at once cannot both take the twentieth place.
 */
export async function saveFilter(
  db: Db,
  input: { userId: string; name: string; query: string; now?: Date },
): Promise<Result<{ id: string; replaced: boolean }>> {
  const name = input.name.trim();
  if (name.length < 1 || name.length > maxSavedFilterName)
    return refused("workbench.saved.invalidName", { why: "invalid", params: { max: maxSavedFilterName } });
  const { query } = parseWorkbenchQuery(new URLSearchParams(input.query.slice(0, 2000)));
  const canonical = serializeWorkbenchQuery(query);
  return db.transaction(async (tx) => {
    await tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId)).for("update");
    const [same] = await tx
      .select({ id: savedFilters.id })
      .from(savedFilters)
      .where(and(eq(savedFilters.userId, input.userId), eq(savedFilters.name, name)));
    if (same) {
      await tx.update(savedFilters).set({ query: canonical }).where(eq(savedFilters.id, same.id));
      return done({ id: same.id, replaced: true });
    }
    const [row] = await tx
      .select({ n: count() })
      .from(savedFilters)
      .where(eq(savedFilters.userId, input.userId));
    if ((row?.n ?? 0) >= maxSavedFilters)
      return refused("workbench.saved.tooMany", { params: { max: maxSavedFilters } });
    const id = crypto.randomUUID();
    await tx.insert(savedFilters).values({
      id,
      userId: input.userId,
      name,
      query: canonical,
      createdAt: input.now ?? new Date(),
    });
    return done({ id, replaced: false });
  });
}

/** Deletes one of the person's own saved filters; someone else's is not found, like an unknown one. */
export async function deleteSavedFilter(db: Db, userId: string, filterId: string): Promise<Result> {
  const deleted = await db
    .delete(savedFilters)
    .where(and(eq(savedFilters.id, filterId), eq(savedFilters.userId, userId)))
    .returning({ id: savedFilters.id });
  return deleted.length > 0 ? done() : notFound();
}
