import { isAPIError } from "better-auth/api";

/** Better Auth answers with a Response; the cookies it sets travel on our redirect. */
export function cookiesFrom(response: Response): Headers {
  const headers = new Headers();
  for (const cookie of response.headers.getSetCookie()) headers.append("set-cookie", cookie);
  return headers;
}

/** The error code of a failed Better Auth call ("INVALID_EMAIL_OR_PASSWORD", ...). */
export async function authErrorCode(response: Response): Promise<string> {
  return (await authError(response)).code;
}

/**
 * A failed Better Auth call: its code, and the message our hooks wrote in the page's language
 * (see authHeaders) when the refusal is ours (the lockout, the forms' rules), otherwise null.
 */
export async function authError(response: Response): Promise<{ code: string; message: string | null }> {
  try {
    const body = (await response.clone().json()) as { code?: string; message?: string };
    const code = body.code ?? `HTTP_${response.status}`;
    const ours = code === "LOGIN_BLOCKED" || code === "INVALID_INPUT";
    return { code, message: ours && typeof body.message === "string" ? body.message : null };
  } catch {
    return { code: `HTTP_${response.status}`, message: null };
  }
}

/**
 * The request's headers for a call to auth.api from a route: the cookies, the client's address as
 * the edge resolved it (server/client-address.ts), and the page's language, so the refusals our Better Auth hooks write (the lockout,
 * the password rules) are in the language of the page that shows them.
 */
export function authHeaders(request: Request, locale: string): Headers {
  const headers = new Headers(request.headers);
  headers.set("accept-language", locale);
  return headers;
}

/**
 * A call to auth.api with asResponse, as a Response in every case: a refusal from one of our
 * Better Auth hooks (the lockout, the forms' rules) is thrown before the endpoint runs, even when
 * a Response was asked for, and becomes the same Response Better Auth's HTTP handler would send.
 */
export async function authResponse(call: Promise<Response>): Promise<Response> {
  try {
    return await call;
  } catch (error) {
    if (!isAPIError(error)) throw error;
    return Response.json(error.body ?? {}, { status: error.statusCode, headers: error.headers });
  }
}
