import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { meetingItems, meetings } from "#db/schema.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { refusedStep } from "#domain/cases/case-refusal.ts";
import { done, notFound, type Result } from "#domain/result.ts";

/**
 * Closes a meeting: its minutes are then final (the PDF can be made) and nothing more is added or
 * decided at it. Refused while a case on the agenda is undecided: decide it, or take it off the
 * agenda for a later meeting.
 */
export async function closeMeeting(
  db: Db,
  input: { meetingId: string; actor: { id: string }; now: Date },
): Promise<Result> {
  return db.transaction(async (tx) => {
    const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, input.meetingId)).for("update");
    if (!meeting) return notFound();
    if (meeting.closedAt) return refusedStep("meeting-closed");
    const undecided = await tx
      .select({ id: meetingItems.id })
      .from(meetingItems)
      .where(and(eq(meetingItems.meetingId, meeting.id), isNull(meetingItems.decision)));
    if (undecided.length > 0) return refusedStep("undecided-items");
    await tx.update(meetings).set({ closedAt: input.now }).where(eq(meetings.id, meeting.id));
    await recordAuditEntry(tx, {
      actor: { id: input.actor.id, label: `user:${input.actor.id}` },
      action: "meeting.close",
      entityType: "meeting",
      entityId: meeting.id,
      after: { closedAt: input.now.toISOString() },
      at: input.now,
    });
    return done();
  });
}
