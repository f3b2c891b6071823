/**
 * The client's address, as the request carries it: the first X-Forwarded-For value. The edge
 * middleware in front of every route (TRUST_PROXY, issue #13) leaves exactly one address there,
 * the client's; read through this one function, so the login lockout and anything else that keys
 * on the client agree on who the client is, and follow the edge's rule without a change here.
 */
export function clientAddress(headers: Headers | null | undefined): string | null {
  const first = headers?.get("x-forwarded-for")?.split(",")[0]?.trim();
  return first || null;
}
