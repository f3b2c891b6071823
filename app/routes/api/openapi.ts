import { buildOpenApiDocument } from "#domain/catalogue/openapi.server.ts";
import { answerApi, badParameters, publicBase, readApiRequest } from "../../web/api-request.server.ts";
import { apiJson } from "../../web/etag.server.ts";
import type { Route } from "./+types/openapi";

// GET /api/v1/openapi.json: the API's OpenAPI 3.1 description (domain/catalogue/openapi.server.ts), with
// this installation's address as its server.

export function loader({ request, context }: Route.LoaderArgs) {
  return answerApi(request, async () => {
    const { t, errors } = readApiRequest(request, "getOpenApi");
    if (errors.length > 0) return badParameters(t, errors);
    return apiJson(request, buildOpenApiDocument({ baseUrl: publicBase(context.services.config.baseUrl) }));
  });
}
