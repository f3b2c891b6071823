import { sql } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import type { AttachmentStore } from "#domain/attachments/attachment-store.server.ts";
import { openAttachment } from "#domain/attachments/open-attachment.server.ts";
import type { CataloguePhoto } from "./catalogue-project.ts";

// A published project's photo, for GET /api/v1/projects/{id}/photos/{attachmentId}. A photo is
// public only because the grantee consented to publishing it in the final report, and the catalogue
// row lists exactly the consented ones (project-from-case.ts reportPhotos). So the attachment is
// served only when (1) it is in that project's `photos` and (2) it is an attachment of the case
// the project was published from (openAttachment checks the pair): an id of any other file, or of a
// photo of another project, reveals nothing. Archive and synthetic projects have no case and no
// photo files.

export interface CataloguePhotoFile {
  mediaType: string;
  sha256: string;
  bytes: Uint8Array;
}

/** Only pictures are served, whatever else an attachment id might point at. */
const pictureTypes = new Set(["image/jpeg", "image/png", "image/webp", "image/gif"]);

export async function openCataloguePhoto(
  q: Queryable,
  store: AttachmentStore,
  projectId: string,
  attachmentId: string,
): Promise<CataloguePhotoFile | null> {
  const result = (await q.execute(
    sql`select application_id, photos from catalogue_project where id = ${projectId}`,
  )) as unknown as { rows: { application_id: string | null; photos: CataloguePhoto[] }[] };
  const row = result.rows[0];
  if (!row?.application_id) return null;
  if (!row.photos.some((photo) => photo.attachmentId === attachmentId)) return null;
  // Throws AttachmentCorruptedError when the file fails its checksum: never served.
  const opened = await openAttachment(q, store, row.application_id, attachmentId);
  if (!opened || !pictureTypes.has(opened.attachment.mediaType)) return null;
  return { mediaType: opened.attachment.mediaType, sha256: opened.attachment.sha256, bytes: opened.bytes };
}
