import type { IncomingHttpHeaders } from "node:http";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A state-changing request sent by a page of another site. Browsers mark such requests with
 * Sec-Fetch-Site and always send Origin on cross-origin POSTs, so either header is enough to refuse;
 * a request with neither (curl, a server) is not a browser being tricked and passes on to the
 * normal session checks.
 *
 * `ownOrigins` are the origins the app answers on: PUBLIC_URL's, and the request's own as Express
 * resolved it (behind a trusted proxy, the protocol and host the proxy reports; server/http-app.ts).
 * Scheme, host and port must all match: an http:// page is not the https:// site.
 */
export function isCrossSiteRequest(
  method: string,
  headers: IncomingHttpHeaders,
  ownOrigins: readonly string[],
): boolean {
  if (safeMethods.has(method.toUpperCase())) return false;
  const fetchSite = headers["sec-fetch-site"];
  if (fetchSite === "cross-site" || fetchSite === "same-site") return true;
  const origin = headers.origin;
  if (!origin) return false;
  if (origin === "null") return true;
  try {
    const originUrl = new URL(origin).origin;
    return !ownOrigins.some((own) => {
      try {
        return new URL(own).origin === originUrl;
      } catch {
        return false;
      }
    });
  } catch {
    return true;
  }
}
