import {
  AttachmentCorruptedError,
  createAttachmentStore,
} from "#domain/attachments/attachment-store.server.ts";
import { isPlausibleProjectId } from "#domain/catalogue/catalogue-api.ts";
import { openCataloguePhoto } from "#domain/catalogue/open-catalogue-photo.server.ts";
import { answerApi, badParameters, notFound, readApiRequest } from "../../web/api-request.server.ts";
import { etagMatches, notModified } from "../../web/etag.server.ts";
import type { Route } from "./+types/project-photo";

// GET /api/v1/projects/{id}/photos/{attachmentId}: a photo the grantee consented to publish, and
// nothing else (open-catalogue-photo.server.ts decides). Every other case is the same 404.
//
// Caching: the bytes under an attachment id never change, so the tag is their checksum (a strong
// tag: it names the exact bytes). An hour, not forever: a photo can leave the catalogue (a case
// reopened, consent withdrawn), and then it should stop being served from caches soon.
const photoCacheControl = "public, max-age=3600";

/** What an attachment id looks like (a UUID); anything else is not looked up. */
const plausibleAttachmentId = /^[0-9a-f][0-9a-f-]{7,63}$/;

export function loader({ request, params, context }: Route.LoaderArgs) {
  return answerApi(request, async () => {
    const { t, errors } = readApiRequest(request, "getProjectPhoto");
    if (errors.length > 0) return badParameters(t, errors);
    const { db, config } = context.services;
    const missing = () => notFound(t, t("openData.api.photoNotFound"));
    if (!isPlausibleProjectId(params.projectId) || !plausibleAttachmentId.test(params.attachmentId))
      return missing();
    let photo: Awaited<ReturnType<typeof openCataloguePhoto>>;
    try {
      photo = await openCataloguePhoto(
        db,
        createAttachmentStore(config.attachmentsDir),
        params.projectId,
        params.attachmentId,
      );
    } catch (error) {
      if (!(error instanceof AttachmentCorruptedError)) throw error;
      // Ids only in the log: which file to restore. The reader gets the same 404 as for no photo.
      console.error(`catalogue photo ${params.attachmentId} failed its checksum: not served`);
      return missing();
    }
    if (!photo) return missing();
    const etag = `"${photo.sha256}"`;
    const headers = { "Cache-Control": photoCacheControl };
    if (etagMatches(request, etag)) return notModified(etag, headers);
    return new Response(photo.bytes as Uint8Array<ArrayBuffer>, {
      headers: {
        ...headers,
        "Content-Type": photo.mediaType,
        "Content-Length": String(photo.bytes.length),
        ETag: etag,
      },
    });
  });
}
