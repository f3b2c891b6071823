import { type AppLoadContext, data, redirect } from "react-router";
import type { MessageKey } from "#domain/i18n/catalog.ts";
import type { MessageParams, Translate } from "#domain/i18n/translate.ts";
import type { Failure, ReasonParams, Result } from "#domain/result.ts";
import { type Notice, noticeCookie } from "./notice-cookie.server.ts";
import { problem } from "./problem.server.ts";

// The one mapping from a domain result (domain/result.ts) to what a door answers (ADR 0012):
// - a page's action: the refusal's message beside the form, with the status it deserves;
// - a loader, or an action with nothing to show beside a form: an error page (404, 403, ...);
// - a success: a redirect that carries a notice the next page shows once;
// - the API: an RFC 9457 problem document.

/** The HTTP status of a failure: 404 not found, 403 forbidden, 400 invalid, 409 refused now or in conflict. */
export function failureStatus(failure: Failure): 400 | 403 | 404 | 409 {
  if (failure.kind === "not-found") return 404;
  if (failure.kind === "conflict") return 409;
  return failure.why === "forbidden" ? 403 : failure.why === "invalid" ? 400 : 409;
}

/** The failure in the reader's words. */
export function failureMessage(t: Translate, failure: Failure): string {
  if (failure.kind === "not-found") return t("error.notFound.text");
  return t(failure.reason, readerParams(t, failure.params));
}

/** A reason's parameters for the reader: a parameter that is itself a message is translated first. */
export function readerParams(t: Translate, params: ReasonParams | undefined): MessageParams | undefined {
  if (!params) return undefined;
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === "object" ? t(value.message) : value,
    ]),
  );
}

/** What an action returns for the page to show beside its form (see `Notice`). */
export interface ActionFailure {
  ok: false;
  message: string;
  /** Per-field messages, by field name. */
  fieldErrors?: Record<string, string[]>;
}

/**
 * The answer of an action whose operation failed: the message for the page (status 400/403/409),
 * or, when the thing does not exist for this person, the 404 page. Use as
 * `if (!result.ok) return refusal(t, result);`.
 */
export function refusal(t: Translate, failure: Failure) {
  if (failure.kind === "not-found") throw notFoundPage();
  const answer: ActionFailure = { ok: false, message: failureMessage(t, failure) };
  if (failure.kind === "refused" && failure.fields) {
    answer.fieldErrors = Object.fromEntries(
      Object.entries(failure.fields).map(([field, key]) => [
        field,
        [t(key, readerParams(t, failure.params))],
      ]),
    );
  }
  return data(answer, { status: failureStatus(failure) });
}

/** The value of a successful result; any failure becomes the matching error page (thrown). */
export function valueOrErrorPage<T>(t: Translate, result: Result<T, unknown>): T {
  if (result.ok) return result.value;
  throw errorPage(t, result);
}

/** The error page for a failure (404, 403, ...), to throw: `throw errorPage(t, result)`. */
export function errorPage(t: Translate, failure: Failure) {
  if (failure.kind === "not-found") return notFoundPage();
  return data(
    { reason: failure.kind, message: failureMessage(t, failure) },
    { status: failureStatus(failure) },
  );
}

/** The 404 page, the same for "does not exist" and "not yours to see" (ids reveal nothing). */
export function notFoundPage() {
  return data({ reason: "not-found" }, { status: 404 });
}

/** A redirect after a success, with a notice the next page shows once ("Payment approved"). */
export async function redirectWithNotice(
  context: AppLoadContext,
  to: string,
  key: MessageKey,
  params?: MessageParams,
  init: { tone?: Notice["tone"]; headers?: HeadersInit } = {},
) {
  const headers = new Headers(init.headers);
  const notice: Notice = { key, tone: init.tone ?? "success", ...(params ? { params } : {}) };
  headers.append("Set-Cookie", await noticeCookie(context.services.config.authSecret).serialize(notice));
  return redirect(to, { headers });
}

/** The API's answer for a failure: a problem document in the reader's language. */
export function apiFailure(t: Translate, failure: Failure, headers?: HeadersInit): Response {
  const status = failureStatus(failure);
  const code = failure.kind === "not-found" ? "not-found" : failure.reason;
  return problem({ status, title: failureMessage(t, failure), code }, headers);
}

/**
 * A refusal's per-field messages for a Conform form (`submission.reply({ fieldErrors })`), each
 * with the refusal's parameters; `format` lets the page put a parameter in its reader's form first
 * (a date in the page's language and time zone).
 */
export function refusalFieldErrors(
  t: Translate,
  failure: Failure,
  format: (params: MessageParams) => MessageParams = (params) => params,
): Record<string, string[]> {
  if (failure.kind !== "refused" || !failure.fields) return {};
  const given = readerParams(t, failure.params);
  const params = given ? format(given) : undefined;
  return Object.fromEntries(Object.entries(failure.fields).map(([field, key]) => [field, [t(key, params)]]));
}
