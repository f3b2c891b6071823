import { toApiSearchAnswer } from "#domain/catalogue/catalogue-api.ts";
import { facetLabeller } from "#domain/catalogue/catalogue-labels.server.ts";
import { parseCatalogueQuery } from "#domain/catalogue/catalogue-query.ts";
import {
  answerApi,
  badParameters,
  publicBase,
  readApiRequest,
  searchTimedOut,
} from "../../web/api-request.server.ts";
import { catalogueNames } from "../../web/catalogue-names.server.ts";
import { apiJson, identityOf, preparedJson } from "../../web/etag.server.ts";
import type { Route } from "./+types/projects";

// GET /api/v1/projects: one page of the public catalogue as JSON, with the total and the facet
// counts, read with the same parameters as the search page (parseCatalogueQuery), through the
// process's catalogue cache. Public: no session is read, and only catalogue_project is shown.
// Bad parameters: a 400 problem with every one named, translated; a search the database cancels: 503.

export function loader({ request, context }: Route.LoaderArgs) {
  return answerApi(request, async () => {
    const { url, locale, t, errors } = readApiRequest(request, "searchProjects");
    const parsed = parseCatalogueQuery(url.searchParams, t);
    if (errors.length > 0 || parsed.errors.length > 0) return badParameters(t, [...errors, ...parsed.errors]);

    const { db, catalogue, config } = context.services;
    // One after the other: on PGlite there is one connection, and the search holds a transaction.
    const result = await catalogue.search(db, parsed.query, { locale });
    if (result.timedOut) return searchTimedOut(t);
    // The cache hands out the same result object until it reads the search again, so its JSON is
    // made once per language and set of names, not on every request.
    const names = await catalogueNames(db);
    const baseUrl = publicBase(config.baseUrl);
    const answer = preparedJson(result, `${locale}|${baseUrl}|${identityOf(names)}`, () =>
      toApiSearchAnswer(result, { baseUrl, locale, label: facetLabeller(names, locale, t) }),
    );
    return apiJson(request, answer, { headers: { Vary: "Accept-Language" } });
  });
}
