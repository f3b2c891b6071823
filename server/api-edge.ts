import type express from "express";
import { type ProblemFields, problemBody, problemContentType } from "#app/web/problem.server.ts";
import { apiBasePath } from "#domain/catalogue/catalogue-api.ts";
import { apiMethods, apiOperations, maxRequestTargetLength } from "#domain/catalogue/openapi.server.ts";
import { negotiateLocale } from "#domain/i18n/locales.ts";
import { translate } from "#domain/i18n/translate.ts";
import { isLocale, type Locale } from "#vocabulary/vocabulary.ts";

// The door of the public open-data API (/api, except Better Auth's /api/auth/*), before React
// Router and before the cross-site check (nothing here changes state). It knows the API's
// addresses from one table, the operations of domain/catalogue/openapi.server.ts, and answers what no
// route should have to:
//  - CORS for every answer: any site may read the open data (Access-Control-Allow-Origin: *, no
//    credentials: no cookie is ever read here), and the headers clients need are exposed. The
//    value does not depend on Origin, so no Vary: Origin. Cross-Origin-Resource-Policy is
//    cross-origin so another site may show a project's photo whatever the site-wide default is.
//  - OPTIONS (a CORS preflight, or a plain question): 204 with Allow and the preflight headers,
//    so a script elsewhere may send If-None-Match and get its 304s.
//  - a request target longer than maxRequestTargetLength: 414; bad percent-encoding or bytes that
//    are not UTF-8: 400; a path the table does not name, at any depth (/api, /api/v2/..., a
//    trailing slash): 404; a method other than GET, HEAD, OPTIONS: 405 with Allow.
// Every refusal is an RFC 9457 problem document in the language of a valid ?lang=, else of
// Accept-Language; never the HTML of the pages' 404.

export const apiCorsHeaders: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  // Not CORS-safelisted response headers: scripts may read them only when exposed.
  "Access-Control-Expose-Headers": "ETag, Link, Retry-After, Content-Disposition, Allow",
  "Cross-Origin-Resource-Policy": "cross-origin",
};

const allow = apiMethods.join(", ");

const preflightHeaders: Record<string, string> = {
  Allow: allow,
  "Access-Control-Allow-Methods": allow,
  // Accept and Accept-Language are safelisted only for some values; If-None-Match never is.
  "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match",
  // A day (browsers cap it lower: Chromium at two hours): the API's methods and headers seldom change.
  "Access-Control-Max-Age": "86400",
};

/** Path templates as segment lists ("{id}" matches any one non-empty segment). */
function pathMatcher(): (rawPath: string) => boolean {
  const templates = apiOperations().map((operation) => operation.path.split("/"));
  return (rawPath) => {
    const segments = rawPath.split("/").map((segment) => decodeURIComponent(segment));
    return templates.some(
      (template) =>
        template.length === segments.length &&
        template.every((part, i) => (part.startsWith("{") ? segments[i] !== "" : part === segments[i])),
    );
  };
}

/** Whether every % starts a valid escape and the escapes spell UTF-8. */
function wellEncoded(raw: string): boolean {
  try {
    decodeURIComponent(raw);
    return true;
  } catch {
    return false;
  }
}

function isBetterAuthPath(rawPath: string): boolean {
  return rawPath === "/api/auth" || rawPath.startsWith("/api/auth/");
}

/** Mount with app.use("/api", apiEdge()) after Better Auth's handler. */
export function apiEdge(): express.RequestHandler {
  const isApiPath = pathMatcher();
  const openapi = `${apiBasePath}/openapi.json`;
  return (req, res, next) => {
    const target = req.originalUrl;
    const queryStart = target.indexOf("?");
    const rawPath = queryStart === -1 ? target : target.slice(0, queryStart);
    const rawQuery = queryStart === -1 ? "" : target.slice(queryStart + 1);
    if (isBetterAuthPath(rawPath)) return next();

    for (const [name, value] of Object.entries(apiCorsHeaders)) res.setHeader(name, value);
    const lang = new URLSearchParams(rawQuery).get("lang");
    const locale: Locale = isLocale(lang) ? lang : negotiateLocale(req.headers["accept-language"]);
    const refuse = (fields: ProblemFields, headers: Record<string, string> = {}) => {
      res.status(fields.status);
      for (const [name, value] of Object.entries({ ...headers, Vary: "Accept-Language" }))
        res.setHeader(name, value);
      res.setHeader("Cache-Control", "no-store");
      res.setHeader("Content-Type", problemContentType);
      // end, not send: Express would add an ETag, and a refusal is not a representation to revalidate.
      res.end(problemBody(fields));
    };

    if (target.length > maxRequestTargetLength) {
      return refuse({
        status: 414,
        code: "uri-too-long",
        title: translate(locale, "api.problem.uriTooLong"),
        detail: translate(locale, "api.problem.uriTooLongDetail", { max: maxRequestTargetLength }),
      });
    }
    if (!wellEncoded(rawPath) || !wellEncoded(rawQuery)) {
      return refuse({
        status: 400,
        code: "bad-encoding",
        title: translate(locale, "api.problem.badRequest"),
        detail: translate(locale, "api.problem.badEncoding"),
      });
    }
    if (!isApiPath(rawPath)) {
      return refuse({
        status: 404,
        code: "no-such-address",
        title: translate(locale, "api.problem.notFound"),
        detail: translate(locale, "api.problem.noSuchAddress", { openapi }),
      });
    }
    if (req.method === "OPTIONS") {
      for (const [name, value] of Object.entries(preflightHeaders)) res.setHeader(name, value);
      return res.status(204).end();
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      return refuse(
        {
          status: 405,
          code: "method-not-allowed",
          title: translate(locale, "api.problem.methodNotAllowed"),
          detail: translate(locale, "api.problem.methodNotAllowedDetail", { methods: allow }),
        },
        { Allow: allow },
      );
    }
    next();
  };
}
