import crypto from "node:crypto";
import type { Queryable, Tx } from "#db/connection.ts";
import { attachments } from "#db/schema.ts";
import type { Result } from "#domain/result.ts";
import type { AttachmentStore } from "./attachment-store.server.ts";
import { cleanFileName } from "./file-names.ts";

export type AttachmentRecord = typeof attachments.$inferSelect;

/** A file to keep as an attachment of an application; its type is already judged from the content. */
export interface AttachmentFile {
  applicationId: string;
  kind: string;
  fileName: string;
  bytes: Uint8Array;
  mediaType: string;
  uploadedBy: string;
  /** When it was added; the database's clock when not given. */
  createdAt?: Date;
}

/**
 * The one way a file becomes an attachment (the application's files, the final report's photos):
 * the bytes are written first and the row after, in `record`'s transaction, which may check and
 * refuse before it inserts the row. A refusal or a failure deletes the file, so a row never points
 * at nothing and a stray file is the worst left after a crash.
 */
export async function storeAttachment<T>(
  q: Queryable,
  store: AttachmentStore,
  file: AttachmentFile,
  record: (tx: Tx, insertRow: () => Promise<AttachmentRecord>) => Promise<Result<T>>,
): Promise<Result<T>> {
  const id = crypto.randomUUID();
  const stored = await store.write(id, file.bytes);
  try {
    const result = await q.transaction((tx) =>
      record(tx, async () => {
        const [row] = await tx
          .insert(attachments)
          .values({
            id,
            applicationId: file.applicationId,
            kind: file.kind,
            fileName: cleanFileName(file.fileName),
            mediaType: file.mediaType,
            sizeBytes: stored.sizeBytes,
            sha256: stored.sha256,
            storageKey: stored.storageKey,
            uploadedBy: file.uploadedBy,
            createdAt: file.createdAt,
          })
          .returning();
        return row!;
      }),
    );
    if (!result.ok) await store.delete(stored.storageKey);
    return result;
  } catch (error) {
    await store.delete(stored.storageKey);
    throw error;
  }
}
