import { type Cookie, createCookie } from "react-router";
import type { MessageKey } from "#domain/i18n/catalog.ts";
import type { MessageParams } from "#domain/i18n/translate.ts";

/**
 * A notice for the next page, carried across a redirect in a short-lived signed cookie ("flash"):
 * set by `redirectWithNotice` after a success, read and cleared by the server on the next page
 * request (server/notice-middleware.ts), shown once by the page shell. It holds a message key and
 * its parameters, never a text, so it is shown in the language of the page that reads it. Signed
 * with the session secret, so only this server's notices are shown.
 */
export interface Notice {
  key: MessageKey;
  params?: MessageParams;
  tone: "success" | "info";
}

const cookies = new Map<string, Cookie>();

export function noticeCookie(secret: string): Cookie {
  let cookie = cookies.get(secret);
  if (!cookie) {
    cookie = createCookie("bb_notice", {
      secrets: [secret],
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      // Long enough for the redirect to be followed; a notice never outlives a minute.
      maxAge: 60,
    });
    cookies.set(secret, cookie);
  }
  return cookie;
}

/** The notice a request carries, or null (none, tampered with, or not one of ours). */
export async function readNotice(
  secret: string,
  cookieHeader: string | null | undefined,
): Promise<Notice | null> {
  if (!cookieHeader?.includes("bb_notice=")) return null;
  const value = (await noticeCookie(secret)
    .parse(cookieHeader)
    .catch(() => null)) as Partial<Notice> | null;
  if (!value || typeof value.key !== "string" || (value.tone !== "success" && value.tone !== "info"))
    return null;
  return value as Notice;
}
