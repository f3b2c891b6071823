import { toApiSearchAnswer } from "#domain/catalogue/catalogue-api.ts";
import { facetLabeller } from "#domain/catalogue/catalogue-labels.server.ts";
import { parseCatalogueQuery } from "#domain/catalogue/catalogue-query.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { apiLocale, publicBase } from "../../web/api-request.server.ts";
import { catalogueNames } from "../../web/catalogue-names.server.ts";
import { apiJson, identityOf, preparedJson } from "../../web/etag.server.ts";
import type { Route } from "./+types/projects";

// GET /api/v1/projects: one page of the public catalogue as JSON, with the total and the facet
// counts, read with the same parameters as the search page (parseCatalogueQuery), through the
// process's catalogue cache. Public: no session is read, and only catalogue_project is shown.
// Bad parameters: 400 with every problem named, translated; a search the database cancels: 503.

/** How long a client should wait after a timed-out search (the cache keeps no timed-out answers). */
const retryAfterSeconds = 5;

export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const locale = apiLocale(request, url);
  const t = createTranslator(locale);
  const vary = { Vary: "Accept-Language" };
  const { query, errors } = parseCatalogueQuery(url.searchParams, t);
  if (errors.length > 0) return apiJson(request, { errors }, { status: 400, headers: vary });

  const { db, catalogue, config } = context.services;
  // One after the other: on PGlite there is one connection, and the search holds a transaction.
  const result = await catalogue.search(db, query, { locale });
  if (result.timedOut) {
    return apiJson(
      request,
      { errors: [{ param: null, message: t("catalogue.search.timedOut") }] },
      { status: 503, headers: { ...vary, "Retry-After": String(retryAfterSeconds) } },
    );
  }
  // The cache hands out the same result object until it reads the search again, so its JSON is
  // made once per language and set of names, not on every request.
  const names = await catalogueNames(db);
  const baseUrl = publicBase(config.baseUrl);
  const answer = preparedJson(result, `${locale}|${baseUrl}|${identityOf(names)}`, () =>
    toApiSearchAnswer(result, { baseUrl, locale, label: facetLabeller(names, locale, t) }),
  );
  return apiJson(request, answer, { headers: vary });
}
