import { eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { applications } from "#db/schema.ts";
import { caseAccessOf, findPerson } from "#domain/access/case-access.server.ts";
import { checkCaseAccess } from "#domain/access/case-access.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { done, forbidden, type Result, refused } from "#domain/result.ts";
import { attachmentKinds } from "./attachment-kinds.server.ts";
import type { AttachmentStore } from "./attachment-store.server.ts";
import { sniffFileType } from "./sniff-file-type.ts";
import { type AttachmentRecord, storeAttachment } from "./store-attachment.server.ts";

export interface NewAttachment {
  applicationId: string;
  kind: string;
  fileName: string;
  bytes: Uint8Array;
  uploadedBy: string;
}

/**
 * The stored attachment, or refused: an empty or too large file, an unknown kind or a type we do
 * not take (invalid; the too-large reason's `{limit}` is the page's to give, in its reader's units),
 * attachments not open now (state), or not this person's to change (forbidden).
 */
export type AddAttachmentResult = Result<AttachmentRecord>;

/**
 * Adds a file to a draft application. The type is judged from the content; refused files leave
 * nothing behind (storeAttachment writes the file, then the row).
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

  return storeAttachment(q, store, { ...input, mediaType: type.mediaType }, async (tx, insertRow) => {
    const row = await insertRow();
    // No file name or contents in the log: a name can be personal data ("CV Ola Nordmann.pdf").
    await recordAuditEntry(tx, {
      actor: { id: input.uploadedBy, label: `user:${input.uploadedBy}` },
      action: "attachment.add",
      entityType: "attachment",
      entityId: row.id,
      after: {
        applicationId: input.applicationId,
        kind: input.kind,
        mediaType: row.mediaType,
        sizeBytes: row.sizeBytes,
        sha256: row.sha256,
      },
    });
    return done(row);
  });
}
