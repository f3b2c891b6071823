import { isCaseRefusal, refusalKinds } from "#domain/access/case-access.ts";
import { catalogs, type MessageKey } from "#domain/i18n/catalog.ts";
import { translate } from "#domain/i18n/translate.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";

// Why an assessment, decision, acceptance or appeal was refused, in the reader's words, and what kind
// of refusal it is (the page answers 403, 409 or 400 accordingly). The access rules' reasons
// (domain/access/case-access.ts) have their messages as "case.refused.*"; the reasons of this area
// as "meetings.refused.*".

export type RefusalKind = "forbidden" | "conflict" | "invalid";

const conflict = new Set([
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
  // A case the person does not see never gets this far: the operation answered "not-found".
  if (isCaseRefusal(reason)) return refusalKinds[reason] === "state" ? "conflict" : "forbidden";
  if (reason === "forbidden") return "forbidden";
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
