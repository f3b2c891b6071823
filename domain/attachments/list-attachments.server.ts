import { and, asc, eq, isNull } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { attachments } from "#db/schema.ts";
import type { SubmittedAttachment } from "#domain/applications/submitted-content.ts";

/** A current file: what a sent application records of it (the checksum too), and who added it when. */
export interface AttachmentSummary extends SubmittedAttachment {
  uploadedBy: string;
  createdAt: Date;
}

/** The application's current attachments (removed ones left out), oldest first. */
export async function listAttachments(q: Queryable, applicationId: string): Promise<AttachmentSummary[]> {
  return q
    .select({
      id: attachments.id,
      kind: attachments.kind,
      fileName: attachments.fileName,
      mediaType: attachments.mediaType,
      sizeBytes: attachments.sizeBytes,
      sha256: attachments.sha256,
      uploadedBy: attachments.uploadedBy,
      createdAt: attachments.createdAt,
    })
    .from(attachments)
    .where(and(eq(attachments.applicationId, applicationId), isNull(attachments.removedAt)))
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
}
