import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { applications, attachments } from "#db/schema.ts";
import { caseAccessOf, findPerson } from "#domain/access/case-access.server.ts";
import { checkCaseAccess } from "#domain/access/case-access.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { done, forbidden, notFound, type Result, refused } from "#domain/result.ts";

/** Done, not found (also someone else's), forbidden, or refused because the attachments are not open now. */
export type RemoveAttachmentResult = Result;

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
    if (!application) return notFound();
    const verdict = checkCaseAccess(
      await caseAccessOf(tx, application, await findPerson(tx, input.removedBy)),
      "edit_attachments",
    );
    // Someone else's application is as unknown as a made-up one.
    if (!verdict.allowed) {
      if (verdict.kind === "hidden") return notFound();
      return verdict.kind === "forbidden" ? forbidden() : refused("attachments.error.notDraft");
    }
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
    if (!removed) return notFound();
    await recordAuditEntry(tx, {
      actor: { id: input.removedBy, label: `user:${input.removedBy}` },
      action: "attachment.remove",
      entityType: "attachment",
      entityId: input.attachmentId,
      before: { applicationId: input.applicationId, kind: removed.kind },
    });
    return done();
  });
}
