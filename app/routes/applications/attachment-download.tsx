import {
  AttachmentCorruptedError,
  createAttachmentStore,
} from "#domain/attachments/attachment-store.server.ts";
import { contentDisposition } from "#domain/attachments/file-names.ts";
import { openAttachment } from "#domain/attachments/open-attachment.server.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { requireCaseAccess } from "../../web/case-access.server.ts";
import { localeFrom } from "../../web/locale.ts";
import type { Route } from "./+types/attachment-download";

// A resource route: the file itself, to whoever has access to its application, and nobody else.

const text = (body: string, status: number) =>
  new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const t = createTranslator(locale);
  const { db, config } = context.services;
  // Unknown application, someone else's application, or an attachment of another one: all the same 404.
  const notFound = () => text(t("error.notFound.title"), 404);
  const { access } = await requireCaseAccess(request, context, locale, params.applicationId, "view");
  let opened: Awaited<ReturnType<typeof openAttachment>>;
  try {
    opened = await openAttachment(
      db,
      createAttachmentStore(config.attachmentsDir),
      access.application.id,
      params.attachmentId,
    );
  } catch (error) {
    if (!(error instanceof AttachmentCorruptedError)) throw error;
    // Ids only: the log says which file to restore, not whose it is.
    console.error(`attachment ${params.attachmentId} failed its checksum: not served`);
    throw text(t("attachments.error.corrupted"), 500);
  }
  if (!opened) throw notFound();
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
