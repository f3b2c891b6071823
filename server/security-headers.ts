import crypto from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler, Response } from "express";
import helmet from "helmet";

// The security headers of every answer, set by helmet before anything else runs (ADR 0020). The
// Content-Security-Policy allows only this site's files and the inline scripts React Router writes
// into a page (its data and the module loader), which carry the request's nonce: an injected
// <script> without it does not run. The open-data API (server/api-edge.ts) overrides
// Cross-Origin-Resource-Policy afterwards, so other sites may read it.

/** What the page renderer needs from the headers: the nonce, and the one relaxation a page may ask. */
export interface ContentSecurity {
  /** Put on every inline <script> of the page (app/entry.server.tsx, app/root.tsx). */
  nonce: string;
  /**
   * Lets this page's markup use style="" attributes, for a page that shows HTML made elsewhere
   * (the outbox shows an e-mail as sent, whose HTML must style itself inline for mail clients).
   */
  allowStyleAttributes(): void;
}

const policyHeader = "Content-Security-Policy";
const styleAttributesOff = "style-src-attr 'none'";

/**
 * Features the app never uses, refused to it and to anything it might embed. Only names Chromium
 * knows: an unknown one is reported as a console error on every page.
 */
const permissionsPolicy = [
  "accelerometer=()",
  "camera=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "usb=()",
].join(", ");

export function contentSecurityOf(res: Response): ContentSecurity {
  return {
    nonce: res.locals.cspNonce as string,
    allowStyleAttributes() {
      const policy = res.getHeader(policyHeader);
      if (typeof policy === "string")
        res.setHeader(policyHeader, policy.replace(styleAttributesOff, "style-src-attr 'unsafe-inline'"));
    },
  };
}

export function securityHeaders(options: {
  /** NODE_ENV=production: browsers are told to use https only (HSTS). */
  production: boolean;
  /** The Vite dev server: hot reload injects <style> elements and talks over a WebSocket. */
  viteDevServer: boolean;
}): RequestHandler {
  const nonce = (_req: IncomingMessage, res: ServerResponse) =>
    `'nonce-${(res as Response).locals.cspNonce as string}'`;
  const dev = options.viteDevServer;
  const directives = (https: boolean) => ({
    "default-src": ["'self'"],
    "script-src": ["'self'", nonce],
    // Designsystemet's CSS and ours are files; Vite's hot reload puts CSS in <style> elements.
    "style-src": dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    "style-src-attr": dev ? ["'unsafe-inline'"] : ["'none'"],
    // Designsystemet draws its icons as data: SVGs in the CSS.
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": dev ? ["'self'", "ws:", "wss:"] : ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'none'"],
    "object-src": ["'none'"],
    // Over http (a local run, tests) it would send the page's files to an https port nobody serves.
    "upgrade-insecure-requests": https ? [] : null,
  });
  const common = {
    referrerPolicy: { policy: "same-origin" as const },
    crossOriginOpenerPolicy: { policy: "same-origin" as const },
    crossOriginResourcePolicy: { policy: "same-origin" as const },
    xFrameOptions: { action: "deny" as const },
  };
  const overHttp = helmet({
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives: directives(false) },
    strictTransportSecurity: false,
  });
  const overHttps = helmet({
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives: directives(true) },
    // A year, this host only: the app does not know what else lives under its domain.
    strictTransportSecurity: options.production
      ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: false }
      : false,
  });
  return (req, res, next) => {
    res.locals.cspNonce = crypto.randomBytes(16).toString("base64");
    res.setHeader("Permissions-Policy", permissionsPolicy);
    // req.secure: https to the app, or to a trusted proxy that says so (X-Forwarded-Proto).
    (req.secure ? overHttps : overHttp)(req, res, next);
  };
}
