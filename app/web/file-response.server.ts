import { createTranslator } from "#domain/i18n/translate.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";

// The plain-text answers of the resource routes that send a file (application PDF, decision letter,
// minutes, attachments, report exports), which have no page to show a refusal on; never cached by
// a shared cache, since each is for one reader. The PDF itself: pdf-response.server.ts.

/** A short plain-text answer, for a file route's refusal (there is no page to show it on). */
export function textResponse(body: string, status: number): Response {
  return new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}

/** The file route's 404, in the reader's language: the same for unknown, hidden or not yet made. */
export function fileNotFound(locale: Locale): Response {
  return textResponse(createTranslator(locale)("error.notFound.title"), 404);
}

/** A case number or other name made safe for a file name (letters, digits, `.`, `_`, `-`). */
export function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, "-");
}
