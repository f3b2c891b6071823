import { createRequestHandler } from "@react-router/express";
import { toNodeHandler } from "better-auth/node";
import express from "express";
import type { ServerBuild } from "react-router";
import { negotiateLocale } from "#domain/i18n/locales.ts";
import { translate } from "#domain/i18n/translate.ts";
import { refuseControlCharacters } from "./address-guard.ts";
import { apiEdge } from "./api-edge.ts";
import { clientAddressEdge } from "./client-address.ts";
import { isCrossSiteRequest } from "./csrf.ts";
import { noticeMiddleware, noticeOf } from "./notice-middleware.ts";
import { discardUnreadBodies, guardAuthBodies } from "./request-body.ts";
import { contentSecurityOf, securityHeaders } from "./security-headers.ts";
import type { Services } from "./services.ts";

export const version = process.env.npm_package_version ?? "0.1.0";

/**
 * The HTTP door: who the client is (behind the proxies TRUST_PROXY names), the security headers,
 * health, Better Auth's endpoints, static assets, a cross-site check on every state-changing
 * request, then React Router for every page, loader and action.
 */
export function createHttpApp(
  services: Services,
  build: ServerBuild | (() => Promise<ServerBuild>),
  options: { assets?: express.RequestHandler[]; mode?: "development" | "production" } = {},
) {
  const { config } = services;
  const app = express();
  app.disable("x-powered-by");
  // A body left unread by an early answer is read and thrown away, so the client sees the answer.
  app.use(discardUnreadBodies());
  // Express reads the client's address, protocol and host from X-Forwarded-* only when the
  // connection comes from a proxy TRUST_PROXY names (config/trust-proxy.ts); React Router's
  // request URL (req.protocol, req.host) and req.ip follow it.
  app.set("trust proxy", config.TRUST_PROXY);
  app.use(clientAddressEdge(config.TRUST_PROXY !== false));
  app.use(
    securityHeaders({
      production: config.NODE_ENV === "production",
      viteDevServer: options.mode === "development",
    }),
  );

  app.get("/healthz", async (_req, res) => {
    const body = { status: "ok", database: services.database.kind, version };
    try {
      await services.database.ping(2000);
      res.status(200).json(body);
    } catch {
      res.status(503).json({ ...body, status: "unavailable" });
    }
  });

  // Better Auth checks the Origin of its own state-changing endpoints (e-mail verification links are GETs);
  // the bodies it reads are checked first: JSON only, small, well-formed (server/request-body.ts).
  app.all("/api/auth/{*rest}", guardAuthBodies(), toNodeHandler(services.auth));
  // The open-data API's door: CORS, OPTIONS, 404/405/414 as problem documents (server/api-edge.ts).
  app.use("/api", apiEdge());

  for (const handler of options.assets ?? []) app.use(handler);
  app.use(refuseControlCharacters());

  app.use((req, res, next) => {
    const ownOrigin = `${req.protocol}://${req.host}`;
    if (!isCrossSiteRequest(req.method, req.headers, [config.baseUrl, ownOrigin])) return next();
    const locale = negotiateLocale(req.headers["accept-language"]);
    const pathLocale = req.path.split("/")[1];
    const lang = pathLocale === "nb" || pathLocale === "en" || pathLocale === "ru" ? pathLocale : locale;
    res.status(403).type("text/plain; charset=utf-8").send(translate(lang, "error.csrf"));
  });

  app.use(noticeMiddleware(config.authSecret));

  app.all(
    "{*path}",
    createRequestHandler({
      build,
      // "development" sends error details to the browser: only for the Vite dev server.
      mode: options.mode ?? "production",
      getLoadContext: (_req, res) => ({
        services,
        notice: noticeOf(res),
        contentSecurity: contentSecurityOf(res),
      }),
    }),
  );
  return app;
}
