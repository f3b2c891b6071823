import crypto from "node:crypto";
import { and, asc, count, eq } from "drizzle-orm";
import type { Db, Queryable } from "#db/connection.ts";
import { savedFilters, users } from "#db/schema.ts";
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

export type SaveFilterResult =
  | { ok: true; id: string; replaced: boolean }
  | { ok: false; error: "too-many" | "invalid-name" };

/**
 * Saves the query under the name; a filter of the same name is replaced. The person's row is
 * locked first, so two saves at once cannot both take the twentieth place.
 */
export async function saveFilter(
  db: Db,
  input: { userId: string; name: string; query: string; now?: Date },
): Promise<SaveFilterResult> {
  const name = input.name.trim();
  if (name.length < 1 || name.length > maxSavedFilterName) return { ok: false, error: "invalid-name" };
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
      return { ok: true as const, id: same.id, replaced: true };
    }
    const [row] = await tx
      .select({ n: count() })
      .from(savedFilters)
      .where(eq(savedFilters.userId, input.userId));
    if ((row?.n ?? 0) >= maxSavedFilters) return { ok: false as const, error: "too-many" as const };
    const id = crypto.randomUUID();
    await tx.insert(savedFilters).values({
      id,
      userId: input.userId,
      name,
      query: canonical,
      createdAt: input.now ?? new Date(),
    });
    return { ok: true as const, id, replaced: false };
  });
}

/** Deletes one of the person's own saved filters; false when there is no such filter of theirs. */
export async function deleteSavedFilter(db: Db, userId: string, filterId: string): Promise<boolean> {
  const deleted = await db
    .delete(savedFilters)
    .where(and(eq(savedFilters.id, filterId), eq(savedFilters.userId, userId)))
    .returning({ id: savedFilters.id });
  return deleted.length > 0;
}
