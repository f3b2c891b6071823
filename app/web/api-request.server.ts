import { type ApiParameterError, checkApiParameters } from "#domain/catalogue/api-parameters.ts";
import { isStatementTimeout } from "#domain/catalogue/catalogue-conditions.server.ts";
import { queryParameterNames } from "#domain/catalogue/openapi.server.ts";
import { negotiateLocale } from "#domain/i18n/locales.ts";
import { createTranslator, type Translate } from "#domain/i18n/translate.ts";
import { isLocale, type Locale } from "#vocabulary/vocabulary.ts";
import { logUnexpectedError } from "./error-log.server.ts";
import { type ProblemFields, problem } from "./problem.server.ts";

// The open-data API has no language in its path (its data is the same in every language): messages
// (errors) and the language-dependent parts (snippets, facet labels, page links) follow ?lang= when
// it names one of ours, else the Accept-Language header. An unknown ?lang= is a 400 (in the
// header's language), like any value outside a parameter's enum.
//
// Every API route reads its request through readApiRequest (the names and lang its operation in
// domain/catalogue/openapi.server.ts describes) and answers every refusal through the problem helpers
// here, so all of them are RFC 9457 documents in the reader's language.

/** The language of an API answer's messages: a valid ?lang=, else Accept-Language. */
export function apiLocale(request: Request, url: URL = new URL(request.url)): Locale {
  const lang = url.searchParams.get("lang");
  return isLocale(lang) ? lang : negotiateLocale(request.headers.get("Accept-Language"));
}

/** The site's public address without a trailing slash, for absolute links in answers. */
export function publicBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "");
}

export interface ApiRequest {
  url: URL;
  locale: Locale;
  t: Translate;
  /** Parameters the operation does not take, a bad lang: answer badParameters with these and your own. */
  errors: ApiParameterError[];
}

/** Reads what every operation checks: its parameters' names and lang (api-parameters.ts). */
export function readApiRequest(request: Request, operationId: string): ApiRequest {
  const url = new URL(request.url);
  const locale = apiLocale(request, url);
  const t = createTranslator(locale);
  const { errors } = checkApiParameters(url.searchParams, queryParameterNames(operationId), t);
  return { url, locale, t, errors };
}

/** Answers in the reader's language vary with Accept-Language (lang is in the URL already). */
const varyLanguage = { Vary: "Accept-Language" };

export function apiProblem(fields: ProblemFields, headers: Record<string, string> = {}): Response {
  return problem(fields, { ...varyLanguage, ...headers });
}

/** 400 listing every parameter at fault, each with a code, a message and the allowed values. */
export function badParameters(t: Translate, errors: ApiParameterError[]): Response {
  return apiProblem({
    status: 400,
    code: "bad-parameters",
    title: t("api.problem.badParameters"),
    detail: errors.map((e) => e.message).join(" "),
    errors,
  });
}

export function notFound(t: Translate, detail: string): Response {
  return apiProblem({ status: 404, code: "not-found", title: t("api.problem.notFound"), detail });
}

/** How long a client should wait after a timed-out search (the cache keeps no timed-out answers). */
export const retryAfterSeconds = 5;

export function searchTimedOut(t: Translate): Response {
  return apiProblem(
    {
      status: 503,
      code: "search-timed-out",
      title: t("api.problem.unavailable"),
      detail: t("catalogue.search.timedOut"),
    },
    { "Retry-After": String(retryAfterSeconds) },
  );
}

/**
 * Runs an API loader so that no failure leaves as React Router's plain-text 500: a statement
 * PostgreSQL cancelled is a 503 (try again), anything else is logged in one line (no personal
 * data) and answered as a 500 problem.
 */
export async function answerApi(request: Request, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    const t = createTranslator(apiLocale(request));
    if (isStatementTimeout(error)) return searchTimedOut(t);
    logUnexpectedError(error, request);
    return apiProblem({
      status: 500,
      code: "server-error",
      title: t("api.problem.serverError"),
      detail: t("api.problem.serverErrorDetail"),
    });
  }
}
