import { and, asc, eq, isNotNull, like } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { meetingItems, meetings } from "#db/schema.ts";
import { type AgendaItem, findMeeting, type MeetingDetail } from "./find-meeting.server.ts";
import { meetingYear } from "./meeting-input.ts";

export interface MinutesItem extends AgendaItem {
  /** The budget left for the programme and year right after this decision. */
  budgetLeftAfter: number;
}

export interface Minutes extends Omit<MeetingDetail, "items"> {
  items: MinutesItem[];
  /** Approved at this meeting. */
  approvedHere: number;
  /** The budget left when the meeting closed. */
  leftAtClose: number;
}

/**
 * A closed meeting's minutes: every decision with the budget left after it, counted from all the
 * programme's approvals that year up to that moment, so the minutes read the same whenever they are
 * printed, whatever later meetings decide. Null for an unknown or still open meeting.
 */
export async function findMinutes(q: Queryable, meetingId: string): Promise<Minutes | null> {
  const detail = await findMeeting(q, meetingId);
  if (!detail?.meeting.closedAt) return null;
  const { meeting } = detail;
  const approvals = await q
    .select({ amount: meetingItems.amount, decidedAt: meetingItems.decidedAt })
    .from(meetingItems)
    .innerJoin(meetings, eq(meetings.id, meetingItems.meetingId))
    .where(
      and(
        eq(meetings.programmeId, meeting.programmeId),
        like(meetings.heldOn, `${meetingYear(meeting.heldOn)}-%`),
        eq(meetingItems.decision, "approved"),
        isNotNull(meetingItems.decidedAt),
      ),
    )
    .orderBy(asc(meetingItems.decidedAt));
  const leftAt = (moment: Date) =>
    meeting.budgetNok -
    approvals
      .filter((approval) => approval.decidedAt!.getTime() <= moment.getTime())
      .reduce((sum, approval) => sum + (approval.amount ?? 0), 0);
  const items = [...detail.items]
    .sort((a, b) => (a.decidedAt?.getTime() ?? 0) - (b.decidedAt?.getTime() ?? 0) || a.position - b.position)
    .map((item) => ({ ...item, budgetLeftAfter: leftAt(item.decidedAt ?? meeting.closedAt!) }));
  return {
    ...detail,
    items,
    approvedHere: items.reduce(
      (sum, item) => sum + (item.decision === "approved" ? (item.amount ?? 0) : 0),
      0,
    ),
    leftAtClose: leftAt(meeting.closedAt!),
  };
}
