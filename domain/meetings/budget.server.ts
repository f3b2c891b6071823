import { and, eq, like, sql } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { meetingItems, meetings } from "#db/schema.ts";
import { meetingYear } from "./meeting-input.ts";

// The budget left is computed, never stored: the meeting's budget for the programme and year, less
// every amount approved at any meeting of that programme in that year. A stored running total could
// drift from the decisions; this sum cannot.

/** The sum approved at the programme's meetings held in `year`, whole NOK. */
export async function approvedInYear(q: Queryable, programmeId: string, year: number): Promise<number> {
  const [row] = await q
    .select({ total: sql<number>`coalesce(sum(${meetingItems.amount}), 0)`.mapWith(Number) })
    .from(meetingItems)
    .innerJoin(meetings, eq(meetings.id, meetingItems.meetingId))
    .where(
      and(
        eq(meetings.programmeId, programmeId),
        like(meetings.heldOn, `${year}-%`),
        eq(meetingItems.decision, "approved"),
      ),
    );
  return row?.total ?? 0;
}

export interface MeetingBudget {
  budget: number;
  /** Approved at this programme's meetings this year (this meeting included). */
  approved: number;
  left: number;
}

export async function meetingBudget(
  q: Queryable,
  meeting: { programmeId: string; heldOn: string; budgetNok: number },
): Promise<MeetingBudget> {
  const approved = await approvedInYear(q, meeting.programmeId, meetingYear(meeting.heldOn));
  return { budget: meeting.budgetNok, approved, left: meeting.budgetNok - approved };
}

/**
 * Locks every meeting row of the programme and year, in id order, until the transaction ends: the
 * lock that serialises decisions spending from one budget, across all of its meetings, so two
 * approvals at the same moment cannot both see the same budget left. Callers already hold the
 * application's row lock (transitionCase takes it first), and nothing takes these in the other order.
 */
export async function lockProgrammeYear(q: Queryable, programmeId: string, year: number): Promise<void> {
  await q
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.programmeId, programmeId), like(meetings.heldOn, `${year}-%`)))
    .orderBy(meetings.id)
    .for("update");
}
