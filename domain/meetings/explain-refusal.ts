import { catalogs, type MessageKey } from "#domain/i18n/catalog.ts";
import { translate } from "#domain/i18n/translate.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";

// Why an assessment, decision, acceptance or appeal was refused, in the reader's words, and what kind
// of refusal it is (the page answers 403, 409 or 400 accordingly). The workflow table's reasons have
// their messages in cases.ts ("case.refused.*"); the reasons of this area in meetings.ts
// ("meetings.refused.*").

export type RefusalKind = "forbidden" | "conflict" | "invalid";

const forbidden = new Set(["wrong-role", "wrong-office", "not-board-case", "board-case", "forbidden"]);
const conflict = new Set([
  "illegal-transition",
  "not-in-assessment",
  "meeting-closed",
  "not-on-agenda",
  "already-decided",
  "already-on-agenda",
  "case-not-ready",
  "no-grant",
  "no-rejection",
]);

export function refusalKind(reason: string): RefusalKind {
  if (forbidden.has(reason)) return "forbidden";
  if (conflict.has(reason)) return "conflict";
  return "invalid";
}

export function explainRefusal(
  locale: Locale,
  reason: string,
  params: { state?: string } & Record<string, string | number> = {},
): string {
  const state = params.state ? translate(locale, `case.state.${params.state}` as MessageKey) : "";
  const caseKey = `case.refused.${reason}`;
  if (caseKey in catalogs[locale]) return translate(locale, caseKey as MessageKey, { ...params, state });
  const ownKey = `meetings.refused.${reason}`;
  if (ownKey in catalogs[locale]) return translate(locale, ownKey as MessageKey, { ...params, state });
  return translate(locale, "form.invalid");
}
