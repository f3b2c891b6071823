import type { IncomingHttpHeaders } from "node:http";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A state-changing request sent by a page of another site. Browsers mark such requests with
 * Sec-Fetch-Site and always send Origin on cross-origin POSTs, so either header is enough to refuse;
 * a request with neither (curl, a server) is not a browser being tricked and passes on to the
 * normal session checks.
 */
export function isCrossSiteRequest(method: string, headers: IncomingHttpHeaders, baseUrl: string): boolean {
  if (safeMethods.has(method.toUpperCase())) return false;
  const fetchSite = headers["sec-fetch-site"];
  if (fetchSite === "cross-site" || fetchSite === "same-site") return true;
  const origin = headers.origin;
  if (!origin) return false;
  if (origin === "null") return true;
  const host = headers.host;
  try {
    const originUrl = new URL(origin);
    return originUrl.origin !== new URL(baseUrl).origin && originUrl.host !== host;
  } catch {
    return true;
  }
}
