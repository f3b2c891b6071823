import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { applications, attachments } from "#db/schema.ts";
import { caseAccessOf, findPerson } from "#domain/access/case-access.server.ts";
import { checkCaseAccess } from "#domain/access/case-access.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { done, forbidden, type Result, refused } from "#domain/result.ts";
import { attachmentKinds } from "./attachment-kinds.server.ts";
import type { AttachmentStore } from "./attachment-store.server.ts";
import { cleanFileName } from "./file-names.ts";
import { sniffFileType } from "./sniff-file-type.ts";

export interface NewAttachment {
  applicationId: string;
  kind: string;
  fileName: string;
  bytes: Uint8Array;
  uploadedBy: string;
}

export type AttachmentRecord = typeof attachments.$inferSelect;

/**
 * The stored attachment, or refused: an empty or too large file, an unknown kind or a type we do
 * not take (invalid; the too-large reason's `{limit}` is the page's to give, in its reader's units),
 * attachments not open now (state), or not this person's to change (forbidden).
 */
export type AddAttachmentResult = Result<AttachmentRecord>;

/**
 * Adds a file to a draft application. The type is judged from the content; refused files leave
 * nothing behind. The file is written first and the row after: a failed insert deletes the file, so
 * a row never points at nothing and a stray file is the worst left after a crash.
 */
export async function addAttachment(
  q: Queryable,
  store: AttachmentStore,
  input: NewAttachment,
  limits: { maxBytes: number },
): Promise<AddAttachmentResult> {
  if (input.bytes.length === 0) return refused("attachments.error.empty", { why: "invalid" });
  if (input.bytes.length > limits.maxBytes) return refused("attachments.error.tooLarge", { why: "invalid" });
  const [application] = await q.select().from(applications).where(eq(applications.id, input.applicationId));
  if (!application) throw new Error("addAttachment: unknown application");
  // A draft, or a case returned with the attachments opened; by a member or a partner invited to them.
  const verdict = checkCaseAccess(
    await caseAccessOf(q, application, await findPerson(q, input.uploadedBy)),
    "edit_attachments",
  );
  if (!verdict.allowed) return verdict.kind === "state" ? refused("attachments.error.notDraft") : forbidden();
  const kinds = await attachmentKinds(q, application.programmeId);
  if (!kinds.some((kind) => kind.id === input.kind))
    return refused("attachments.error.unknownKind", { why: "invalid" });
  const type = sniffFileType(input.bytes);
  if (!type) return refused("attachments.error.unsupportedType", { why: "invalid" });

  const id = crypto.randomUUID();
  const stored = await store.write(id, input.bytes);
  try {
    const attachment = await q.transaction(async (tx) => {
      const [row] = await tx
        .insert(attachments)
        .values({
          id,
          applicationId: input.applicationId,
          kind: input.kind,
          fileName: cleanFileName(input.fileName),
          mediaType: type.mediaType,
          sizeBytes: stored.sizeBytes,
          sha256: stored.sha256,
          storageKey: stored.storageKey,
          uploadedBy: input.uploadedBy,
        })
        .returning();
      // No file name or contents in the log: a name can be personal data ("CV Ola Nordmann.pdf").
      await recordAuditEntry(tx, {
        actor: { id: input.uploadedBy, label: `user:${input.uploadedBy}` },
        action: "attachment.add",
        entityType: "attachment",
        entityId: id,
        after: {
          applicationId: input.applicationId,
          kind: input.kind,
          mediaType: type.mediaType,
          sizeBytes: stored.sizeBytes,
          sha256: stored.sha256,
        },
      });
      return row!;
    });
    return done(attachment);
  } catch (error) {
    await store.delete(stored.storageKey);
    throw error;
  }
}
