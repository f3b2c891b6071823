import { isPlausibleProjectId, toApiProject } from "#domain/catalogue/catalogue-api.ts";
import { findCatalogueProject } from "#domain/catalogue/find-catalogue-project.server.ts";
import {
  answerApi,
  badParameters,
  notFound,
  publicBase,
  readApiRequest,
} from "../../web/api-request.server.ts";
import { apiJson } from "../../web/etag.server.ts";
import type { Route } from "./+types/project";

// GET /api/v1/projects/{id}: one project of the public catalogue, every published fact of it
// (texts in all languages, partners, consented photos as links to the photo route). The id is the
// stable public id ("2026-00012"). An unknown or malformed id is the same 404 problem either way.

export function loader({ request, params, context }: Route.LoaderArgs) {
  return answerApi(request, async () => {
    const { locale, t, errors } = readApiRequest(request, "getProject");
    if (errors.length > 0) return badParameters(t, errors);
    const { db, config } = context.services;
    const project = isPlausibleProjectId(params.projectId)
      ? await findCatalogueProject(db, params.projectId)
      : null;
    if (!project) return notFound(t, t("openData.api.notFound"));
    return apiJson(request, toApiProject(project, { baseUrl: publicBase(config.baseUrl), locale }), {
      headers: { Vary: "Accept-Language" },
    });
  });
}
