import {
  AttachmentCorruptedError,
  createAttachmentStore,
} from "#domain/attachments/attachment-store.server.ts";
import { contentDisposition } from "#domain/attachments/file-names.ts";
import { openAttachment } from "#domain/attachments/open-attachment.server.ts";
import { openCase } from "../../web/case-request.server.ts";
import { fileNotFound, textResponse } from "../../web/file-response.server.ts";
import type { Route } from "./+types/attachment-download";

// A resource route: the file itself, to whoever has access to its application, and nobody else.

export async function loader(args: Route.LoaderArgs) {
  const { params } = args;
  const { locale, t, access, db, services } = await openCase(args, "view");
  let opened: Awaited<ReturnType<typeof openAttachment>>;
  try {
    opened = await openAttachment(
      db,
      createAttachmentStore(services.config.attachmentsDir),
      access.application.id,
      params.attachmentId,
    );
  } catch (error) {
    if (!(error instanceof AttachmentCorruptedError)) throw error;
    // Ids only: the log says which file to restore, not whose it is.
    console.error(`attachment ${params.attachmentId} failed its checksum: not served`);
    throw textResponse(t("attachments.error.corrupted"), 500);
  }
  // Unknown application, someone else's application, or an attachment of another one: all the same 404.
  if (!opened) throw fileNotFound(locale);
  // X-Content-Type-Options: nosniff is set on every response by server/http-app.ts; set here too it
  // would be sent twice.
  return new Response(opened.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": opened.attachment.mediaType,
      "Content-Length": String(opened.bytes.length),
      "Content-Disposition": contentDisposition(opened.downloadName),
      "Cache-Control": "private, no-store",
    },
  });
}
