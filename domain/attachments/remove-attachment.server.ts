import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { applications, attachments } from "#db/schema.ts";
import { caseAccessOf, findPerson } from "#domain/access/case-access.server.ts";
import { type CaseRefusalKind, checkCaseAccess } from "#domain/access/case-access.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";

export type RemoveAttachmentResult =
  | { ok: true }
  | { ok: false; error: "not-found" | "not-draft" | "forbidden" };

const removalRefusals = {
  hidden: "not-found",
  forbidden: "forbidden",
  state: "not-draft",
} as const satisfies Record<CaseRefusalKind, string>;

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
      .select()
      .from(applications)
      .where(eq(applications.id, input.applicationId));
    if (!application) return { ok: false as const, error: "not-found" as const };
    const verdict = checkCaseAccess(
      await caseAccessOf(tx, application, await findPerson(tx, input.removedBy)),
      "edit_attachments",
    );
    // Someone else's application is as unknown as a made-up one.
    if (!verdict.allowed) return { ok: false as const, error: removalRefusals[verdict.kind] };
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
