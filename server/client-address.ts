import type { RequestHandler } from "express";

/**
 * The header that carries the client's address from the edge to everything behind it (React
 * Router's loaders and actions, Better Auth and its login lockout). Only the edge writes it: a
 * value a client sends is replaced, so nobody can choose the address the lockout counts.
 */
export const clientAddressHeader = "x-client-address";

const forwardedHeaders = ["x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "forwarded"];

/**
 * First middleware of the app. Express resolves the client's address (req.ip) with the TRUST_PROXY
 * rule (config/trust-proxy.ts): the connection's peer, or the address the trusted proxies report.
 * That address goes into clientAddressHeader. Without a trusted proxy the X-Forwarded-* headers
 * are removed as well, so no library behind the edge can believe them.
 */
export function clientAddressEdge(trustsProxy: boolean): RequestHandler {
  return (req, _res, next) => {
    if (!trustsProxy) for (const name of forwardedHeaders) delete req.headers[name];
    const address = req.ip;
    if (address) req.headers[clientAddressHeader] = address;
    else delete req.headers[clientAddressHeader];
    next();
  };
}

/**
 * The client's address, as the edge resolved it (clientAddressEdge): the one function the login
 * lockout and anything else that keys on the client reads, so they all agree on who the client is.
 */
export function clientAddress(headers: Headers | null | undefined): string | null {
  return headers?.get(clientAddressHeader)?.trim() || null;
}
