import type express from "express";
import { type Notice, noticeCookie, readNotice } from "#app/web/notice-cookie.server.ts";

/**
 * Reads the notice a redirect left for this page (app/web/notice-cookie.server.ts) and clears it in
 * the same answer, so it is shown exactly once: on the page the browser was sent to, whether it
 * loads the whole document or, with JavaScript, only the page's data. The notice reaches the
 * loaders through the load context (`context.notice`).
 */
export function noticeMiddleware(secret: string): express.RequestHandler {
  return (req, res, next) => {
    // Not on the open-data API: it reads no cookies, and its public, cacheable answers must never
    // carry a Set-Cookie (nor eat the notice meant for the page an image or a script sits on).
    if (
      req.method !== "GET" ||
      req.originalUrl.startsWith("/api/") ||
      !req.headers.cookie?.includes("bb_notice=")
    )
      return next();
    readNotice(secret, req.headers.cookie)
      .then(async (notice) => {
        res.locals.notice = notice;
        res.append("Set-Cookie", await noticeCookie(secret).serialize("", { maxAge: 0 }));
        next();
      })
      .catch(next);
  };
}

export function noticeOf(res: express.Response): Notice | null {
  return (res.locals.notice as Notice | undefined) ?? null;
}
