import { and, eq, isNotNull, max, min, ne } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { applications, calls } from "#db/schema.ts";
import type { AuditActor } from "#domain/audit/record-audit-entry.server.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { done, notFound, type Result, refused } from "#domain/result.ts";
import { callAuditView } from "./call-audit-view.ts";
import type { CallInput } from "./call-input.ts";

/**
 * Done, not found, or refused because the new window would leave out an application already sent:
 * the refusal names the field (opensDate or closesDate) and gives the sending time as `date` (ISO).
 */
export type UpdateCallResult = Result;

function windowRefused(
  reason: "manage.call.error.opensAfterSent" | "manage.call.error.closesBeforeSent",
  field: "opensDate" | "closesDate",
  sentAt: Date,
) {
  return refused(reason, {
    why: "invalid",
    params: { date: sentAt.toISOString() },
    fields: { [field]: reason },
  });
}

/**
 * Edits a call's titles, kind, window and budget, with an audit entry (before/after).
 *
 * Applications already sent keep the snapshot of the call and rules they were judged by (stored with
 * each submitted version), so edits are allowed while applications exist. One thing is refused: a
 * window that no longer holds the applications already sent (status other than draft), i.e. opening
 * after the first was sent or closing before the last was, because the record would then say they
 * were sent outside the call. Closing a call early otherwise is fine. The programme cannot change.
 */
export async function updateCall(
  q: Queryable,
  actor: AuditActor,
  callId: string,
  input: CallInput,
): Promise<UpdateCallResult> {
  return q.transaction(async (tx) => {
    // The row lock makes two managers' edits of the same call take turns.
    const [before] = await tx.select().from(calls).where(eq(calls.id, callId)).for("update");
    if (!before) return notFound();
    const [sent] = await tx
      .select({ first: min(applications.submittedAt), last: max(applications.submittedAt) })
      .from(applications)
      .where(
        and(
          eq(applications.callId, callId),
          ne(applications.status, "draft"),
          isNotNull(applications.submittedAt),
        ),
      );
    const first = sent?.first ? new Date(sent.first) : null;
    const last = sent?.last ? new Date(sent.last) : null;
    if (first && input.opensAt.getTime() > first.getTime())
      return windowRefused("manage.call.error.opensAfterSent", "opensDate", first);
    if (last && input.closesAt && input.closesAt.getTime() < last.getTime())
      return windowRefused("manage.call.error.closesBeforeSent", "closesDate", last);
    const [after] = await tx
      .update(calls)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(calls.id, callId))
      .returning();
    await recordAuditEntry(tx, {
      actor,
      action: "call.update",
      entityType: "call",
      entityId: callId,
      before: callAuditView(before),
      after: callAuditView(after!),
    });
    return done();
  });
}
