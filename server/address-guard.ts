import type express from "express";
import { negotiateLocale } from "#domain/i18n/locales.ts";
import { translate } from "#domain/i18n/translate.ts";
import { isLocale } from "#vocabulary/vocabulary.ts";

/** A control character written as a percent-escape: %00-%1F or %7F. */
const encodedControl = /%(?:[01][0-9a-f]|7f)/i;

/**
 * No page's address holds a control character, and none of a page's query parameters holds a NUL;
 * one that reached a loader (`/en/programmes/%00`, `/en/admin/users?q=a%00b`) would go on into a
 * database query, which PostgreSQL refuses for NUL: a 500. So such an address is refused here, in
 * the address's language, before any route runs: 404 for the path (no such page), 400 for the
 * query. The open-data API (/api) has its own door with problem documents (server/api-edge.ts).
 */
export function refuseControlCharacters(): express.RequestHandler {
  return (req, res, next) => {
    const target = req.originalUrl;
    if (target.startsWith("/api/")) return next();
    const queryStart = target.indexOf("?");
    const path = queryStart === -1 ? target : target.slice(0, queryStart);
    const query = queryStart === -1 ? "" : target.slice(queryStart + 1);
    const badPath = encodedControl.test(path);
    if (!badPath && !/%00/.test(query)) return next();
    const first = path.split("/")[1] ?? "";
    const lang = isLocale(first) ? first : negotiateLocale(req.headers["accept-language"]);
    res
      .status(badPath ? 404 : 400)
      .type("text/plain; charset=utf-8")
      .send(translate(lang, badPath ? "error.notFound.title" : "error.badRequest.title"));
  };
}
