import { buildOpenApiDocument } from "#domain/catalogue/openapi.server.ts";
import { publicBase } from "../../web/api-request.server.ts";
import { apiJson } from "../../web/etag.server.ts";
import type { Route } from "./+types/openapi";

// GET /api/v1/openapi.json: the API's OpenAPI 3.1 description (domain/catalogue/openapi.ts), with
// this installation's address as its server.

export function loader({ request, context }: Route.LoaderArgs) {
  return apiJson(request, buildOpenApiDocument({ baseUrl: publicBase(context.services.config.baseUrl) }));
}
