import { isPlausibleProjectId, toApiProject } from "#domain/catalogue/catalogue-api.ts";
import { findCatalogueProject } from "#domain/catalogue/find-catalogue-project.server.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { apiLocale, publicBase } from "../../web/api-request.server.ts";
import { apiJson } from "../../web/etag.server.ts";
import type { Route } from "./+types/project";

// GET /api/v1/projects/{id}: one project of the public catalogue, every published fact of it
// (texts in all languages, partners, consented photos as links to the photo route). The id is the
// stable public id ("2026-00012"). An unknown or malformed id is a 404 in JSON, the same either way.

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = apiLocale(request);
  const vary = { Vary: "Accept-Language" };
  const { db, config } = context.services;
  const project = isPlausibleProjectId(params.projectId)
    ? await findCatalogueProject(db, params.projectId)
    : null;
  if (!project) {
    const message = createTranslator(locale)("openData.api.notFound");
    return apiJson(request, { errors: [{ param: "id", message }] }, { status: 404, headers: vary });
  }
  return apiJson(request, toApiProject(project, { baseUrl: publicBase(config.baseUrl), locale }), {
    headers: vary,
  });
}
