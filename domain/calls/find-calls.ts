import { and, asc, eq, gt, isNull, lte, or } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { calls, programmes } from "#db/schema.ts";

export type CallRecord = typeof calls.$inferSelect;

export async function findCall(q: Queryable, id: string): Promise<CallRecord | null> {
  const [row] = await q.select().from(calls).where(eq(calls.id, id));
  return row ?? null;
}

/** Calls taking applications at `now` (opened, not closed), of active programmes, soonest deadline first. */
export async function listOpenCalls(q: Queryable, now: Date): Promise<CallRecord[]> {
  const rows = await q
    .select({ call: calls })
    .from(calls)
    .innerJoin(programmes, eq(programmes.id, calls.programmeId))
    .where(
      and(
        eq(programmes.active, true),
        lte(calls.opensAt, now),
        or(isNull(calls.closesAt), gt(calls.closesAt, new Date(now.getTime() - 1000))),
      ),
    )
    .orderBy(asc(calls.closesAt), asc(calls.id));
  return rows
    .map((row) => row.call)
    .filter((call) => !call.closesAt || call.closesAt.getTime() >= now.getTime());
}
