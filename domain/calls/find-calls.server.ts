import { and, asc, count, desc, eq, gt, isNull, lte, ne, or } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { applications, calls, programmes } from "#db/schema.ts";

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

/** A programme's calls taking applications at `now`, soonest deadline first (continuous calls last). */
export async function listOpenCallsOfProgramme(
  q: Queryable,
  programmeId: string,
  now: Date,
): Promise<CallRecord[]> {
  return (await listOpenCalls(q, now)).filter((call) => call.programmeId === programmeId);
}

/** Every call, newest opening first, for the managers' overview. */
export async function listAllCalls(q: Queryable): Promise<CallRecord[]> {
  return q.select().from(calls).orderBy(desc(calls.opensAt), asc(calls.id));
}

/**
 * A call as the public sees it: one of an active programme that has opened (a closed one too, so a
 * link from last year still explains itself). null for unknown, not yet opened or retired-programme
 * calls, which the public page answers with 404.
 */
export async function findPublishedCall(q: Queryable, id: string, now: Date): Promise<CallRecord | null> {
  const [row] = await q
    .select({ call: calls })
    .from(calls)
    .innerJoin(programmes, eq(programmes.id, calls.programmeId))
    .where(and(eq(calls.id, id), eq(programmes.active, true), lte(calls.opensAt, now)));
  return row?.call ?? null;
}

/** How many applications have been sent to a call (any status but draft). */
export async function countSentApplications(q: Queryable, callId: string): Promise<number> {
  const [row] = await q
    .select({ n: count() })
    .from(applications)
    .where(and(eq(applications.callId, callId), ne(applications.status, "draft")));
  return row?.n ?? 0;
}
