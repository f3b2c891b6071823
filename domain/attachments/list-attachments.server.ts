import { and, asc, eq, isNull } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { attachments } from "#db/schema.ts";

export interface AttachmentSummary {
  id: string;
  kind: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  /** The content's checksum, which a sent application records for each file. */
  sha256: string;
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
