import { type EntryContext, isRouteErrorResponse } from "react-router";
import { negotiateLocale } from "#domain/i18n/locales.ts";
import { pickMessages } from "#domain/i18n/translate.ts";
import { isLocale } from "#vocabulary/vocabulary.ts";
import { shellMessages } from "./shell-messages.ts";

/**
 * An error answered before the root loader ran (React Router's own 405 for a POST to a page
 * without an action, a body readForm refused) has no root data, so the error page would show
 * message keys instead of words. Such errors get the shell's messages in the page's language here,
 * on the server; React Router's own text ("You made a POST request
 * to ... but did not provide an action") is internal and goes no further.
 */
export function giveErrorsTheShellMessages(request: Request, context: EntryContext): void {
  const { errors, loaderData } = context.staticHandlerContext;
  if (!errors || loaderData.root) return;
  const first = new URL(request.url).pathname.split("/")[1];
  const locale = isLocale(first) ? first : negotiateLocale(request.headers.get("accept-language"));
  for (const error of Object.values(errors)) {
    if (!isRouteErrorResponse(error)) continue;
    const data: unknown = error.data;
    const own = data !== null && typeof data === "object" ? data : {};
    if ("messages" in own) continue;
    (error as { data: unknown }).data = { ...own, messages: pickMessages(locale, shellMessages) };
  }
}
