import { and, eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { applications, attachments } from "#db/schema.ts";
import type { AttachmentStore } from "./attachment-store.server.ts";
import { downloadFileName } from "./file-names.ts";
import { extensionFor } from "./sniff-file-type.ts";
import type { AttachmentRecord } from "./store-attachment.server.ts";

export interface OpenedAttachment {
  attachment: AttachmentRecord;
  /** The name to save the download under, with the ending its content really has. */
  downloadName: string;
  bytes: Uint8Array;
}

/**
 * One attachment of one application, with its checked bytes; null when the id is not an attachment
 * of that application (ids from elsewhere reveal nothing). A removed attachment is gone from a
 * draft, but stays readable once the application is sent, since the sent version may list it.
 * A file that fails its checksum throws AttachmentCorruptedError.
 */
export async function openAttachment(
  q: Queryable,
  store: AttachmentStore,
  applicationId: string,
  attachmentId: string,
): Promise<OpenedAttachment | null> {
  const [row] = await q
    .select({ attachment: attachments, status: applications.status })
    .from(attachments)
    .innerJoin(applications, eq(applications.id, attachments.applicationId))
    .where(and(eq(attachments.id, attachmentId), eq(attachments.applicationId, applicationId)));
  if (!row) return null;
  if (row.attachment.removedAt && row.status === "draft") return null;
  const bytes = await store.read(row.attachment.storageKey, row.attachment.sha256);
  const extension = extensionFor(row.attachment.mediaType);
  const downloadName = extension
    ? downloadFileName(row.attachment.fileName, extension)
    : row.attachment.fileName;
  return { attachment: row.attachment, downloadName, bytes };
}
