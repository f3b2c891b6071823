import type express from "express";
import { problemBody, problemContentType } from "#app/web/problem.server.ts";
import { negotiateLocale } from "#domain/i18n/locales.ts";
import type { MessageKey } from "#domain/i18n/message-keys.ts";
import { translate } from "#domain/i18n/translate.ts";

// The request bodies the server does not read through readForm (ADR 0019): what is left unread
// after an early answer, and the JSON that Better Auth's /api/auth/* endpoints read themselves.

/** How much of an unread body is read and thrown away after the answer, before the connection is cut. */
export const discardUpTo = 64 * 1024 * 1024;
const discardForMs = 10_000;

/**
 * Many answers go out before the body is read: a redirect to the login page, the cross-site 403,
 * the API's 405, a 413 for a body declared too large. Left there, the rest of the body blocks the
 * connection (nothing reads it, so the client cannot finish sending and never reads the answer),
 * and cutting the connection at once resets it before the client has read the answer. So the rest
 * is read and thrown away, up to a bound and for a while, then the connection is closed.
 */
export function discardUnreadBodies(): express.RequestHandler {
  return (req, res, next) => {
    res.on("finish", () => {
      if (req.complete || req.destroyed) return;
      const declared = Number(req.headers["content-length"] ?? 0);
      if (declared > discardUpTo) {
        req.socket.destroySoon();
        return;
      }
      let seen = 0;
      const timer = setTimeout(() => req.socket.destroy(), discardForMs);
      timer.unref();
      // A reader that stopped (React Router's body stream) no longer wants the data.
      req.removeAllListeners("data");
      req.on("data", (chunk: Buffer) => {
        seen += chunk.length;
        if (seen > discardUpTo) {
          clearTimeout(timer);
          req.socket.destroy();
        }
      });
      req.once("end", () => clearTimeout(timer));
      req.resume();
    });
    next();
  };
}

/** The largest JSON body Better Auth's endpoints take: a sign-up holds a name, an e-mail, a password. */
export const maxAuthBodyBytes = 16 * 1024;
const maxJsonDepth = 8;

/**
 * Better Auth's endpoints (/api/auth/*) read their bodies themselves, as JSON, form or multipart,
 * with no limit of ours. Here, before them: a body must be JSON (415), at most maxAuthBodyBytes
 * (413), UTF-8 text that parses to a JSON object, not deeply nested, without NUL characters (400,
 * PostgreSQL refuses them in text); each refusal an RFC 9457 problem in the client's language.
 * What passes is handed on as read (Better Auth's Node adapter takes a read body from req.body).
 */
export function guardAuthBodies(): express.RequestHandler {
  return (req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
    const length = req.headers["content-length"];
    const hasBody =
      req.headers["transfer-encoding"] !== undefined || (length !== undefined && length !== "0");
    if (!hasBody) return next();

    const locale = negotiateLocale(req.headers["accept-language"]);
    const refuse = (status: 400 | 413 | 415, code: string, title: MessageKey, detail: MessageKey) => {
      res.status(status);
      res.setHeader("Content-Type", problemContentType);
      res.setHeader("Cache-Control", "no-store");
      res.end(
        problemBody({
          status,
          code,
          title: translate(locale, title),
          detail: translate(locale, detail, { max: maxAuthBodyBytes }),
        }),
      );
    };
    const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
    if (type !== "application/json")
      return refuse(415, "unsupported-media-type", "api.problem.unsupportedType", "api.problem.jsonOnly");
    const tooLarge = () =>
      refuse(413, "body-too-large", "api.problem.tooLarge", "api.problem.tooLargeDetail");
    if (Number(length ?? 0) > maxAuthBodyBytes) return tooLarge();

    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxAuthBodyBytes) {
        stop();
        tooLarge();
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      const text = readJsonText(Buffer.concat(chunks));
      if (text === null) return refuse(400, "bad-json", "api.problem.badRequest", "api.problem.badJson");
      (req as { body?: unknown }).body = text;
      next();
    };
    const onError = () => stop();
    const stop = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
  };
}

/** The body as text when it is UTF-8 JSON: an object, at most maxJsonDepth deep, no NUL in it. */
export function readJsonText(bytes: Uint8Array): string | null {
  let text: string;
  let value: unknown;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  return isPlain(value, 0) ? text : null;
}

function isPlain(value: unknown, depth: number): boolean {
  if (typeof value === "string") return !value.includes("\0");
  if (value === null || typeof value !== "object") return true;
  if (depth >= maxJsonDepth) return false;
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes("\0") || !isPlain(inner, depth + 1)) return false;
  }
  return true;
}
