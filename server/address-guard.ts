import type express from "express";
import { negotiateLocale } from "#domain/i18n/locales.ts";
import { translate } from "#domain/i18n/translate.ts";
import { isLocale } from "#vocabulary/vocabulary.ts";

/** A control character written as a percent-escape: %00-%1F or %7F. */
const encodedControl = /%(?:[01][0-9a-f]|7f)/i;

/**
 * No page's address holds a control character, and one that reached a loader (`/en/programmes/%00`)
 * would go on into a database query, which PostgreSQL refuses for NUL: a 500. So such an address is
 * a 404 here, in the address's language, before any route runs. The open-data API (/api) has its
 * own door with problem documents (server/api-edge.ts).
 */
export function refuseControlCharacters(): express.RequestHandler {
  return (req, res, next) => {
    const target = req.originalUrl;
    const queryStart = target.indexOf("?");
    const path = queryStart === -1 ? target : target.slice(0, queryStart);
    if (path.startsWith("/api/") || !encodedControl.test(path)) return next();
    const first = path.split("/")[1] ?? "";
    const lang = isLocale(first) ? first : negotiateLocale(req.headers["accept-language"]);
    res.status(404).type("text/plain; charset=utf-8").send(translate(lang, "error.notFound.title"));
  };
}
