import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { applications, attachments } from "#db/schema.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { editableStates } from "#domain/cases/case-states.ts";

export type RemoveAttachmentResult = { ok: true } | { ok: false; error: "not-found" | "not-draft" };

/**
 * Takes an attachment off a draft. Only marked removed: the file stays, because a version already
 * sent may refer to it. An id of another application's attachment is "not-found".
 */
export async function removeAttachment(
  q: Queryable,
  input: { applicationId: string; attachmentId: string; removedBy: string },
): Promise<RemoveAttachmentResult> {
  return q.transaction(async (tx) => {
    const [application] = await tx
      .select({ status: applications.status })
      .from(applications)
      .where(eq(applications.id, input.applicationId));
    if (!application) return { ok: false as const, error: "not-found" as const };
    if (!editableStates.includes(application.status))
      return { ok: false as const, error: "not-draft" as const };
    const [removed] = await tx
      .update(attachments)
      .set({ removedAt: new Date() })
      .where(
        and(
          eq(attachments.id, input.attachmentId),
          eq(attachments.applicationId, input.applicationId),
          isNull(attachments.removedAt),
        ),
      )
      .returning({ kind: attachments.kind });
    if (!removed) return { ok: false as const, error: "not-found" as const };
    await recordAuditEntry(tx, {
      actor: { id: input.removedBy, label: `user:${input.removedBy}` },
      action: "attachment.remove",
      entityType: "attachment",
      entityId: input.attachmentId,
      before: { applicationId: input.applicationId, kind: removed.kind },
    });
    return { ok: true as const };
  });
}
