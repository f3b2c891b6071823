/** Better Auth answers with a Response; the cookies it sets travel on our redirect. */
export function cookiesFrom(response: Response): Headers {
  const headers = new Headers();
  for (const cookie of response.headers.getSetCookie()) headers.append("set-cookie", cookie);
  return headers;
}

/** The error code of a failed Better Auth call ("INVALID_EMAIL_OR_PASSWORD", ...). */
export async function authErrorCode(response: Response): Promise<string> {
  try {
    const body = (await response.clone().json()) as { code?: string };
    return body.code ?? `HTTP_${response.status}`;
  } catch {
    return `HTTP_${response.status}`;
  }
}
