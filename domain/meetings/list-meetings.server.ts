import { desc, eq, sql } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { meetingItems, meetings, programmes } from "#db/schema.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { approvedInYear } from "./budget.server.ts";
import { meetingYear } from "./meeting-input.ts";

export interface MeetingSummary {
  id: string;
  kind: "secretariat" | "board";
  programmeId: string;
  programmeName: Record<Locale, string>;
  heldOn: string;
  budgetNok: number;
  budgetLeft: number;
  items: number;
  decided: number;
  closedAt: Date | null;
}

/** Every meeting, the latest first, with its agenda's size and the budget left for its programme and year. */
export async function listMeetings(q: Queryable): Promise<MeetingSummary[]> {
  const rows = await q
    .select({
      id: meetings.id,
      kind: meetings.kind,
      programmeId: meetings.programmeId,
      programmeName: programmes.name,
      heldOn: meetings.heldOn,
      budgetNok: meetings.budgetNok,
      closedAt: meetings.closedAt,
      items: sql<number>`count(${meetingItems.id})`.mapWith(Number),
      decided: sql<number>`count(${meetingItems.decidedAt})`.mapWith(Number),
    })
    .from(meetings)
    .innerJoin(programmes, eq(programmes.id, meetings.programmeId))
    .leftJoin(meetingItems, eq(meetingItems.meetingId, meetings.id))
    .groupBy(meetings.id, programmes.name)
    .orderBy(desc(meetings.heldOn), desc(meetings.createdAt));
  const approved = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.programmeId}/${meetingYear(row.heldOn)}`;
    if (!approved.has(key))
      approved.set(key, await approvedInYear(q, row.programmeId, meetingYear(row.heldOn)));
  }
  return rows.map((row) => ({
    ...row,
    budgetLeft: row.budgetNok - (approved.get(`${row.programmeId}/${meetingYear(row.heldOn)}`) ?? 0),
  }));
}
