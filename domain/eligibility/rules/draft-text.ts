import type { Locale } from "#vocabulary/vocabulary.ts";
import type { ApplicationDraft, DraftText } from "../application-draft.ts";

/** A text counts as written when one of its languages has more than blanks. */
export function hasText(text: DraftText | undefined): boolean {
  return Object.values(text ?? {}).some((value) => typeof value === "string" && value.trim() !== "");
}

/** The languages the application is written in: as stated, or those of its project texts. */
export function languagesUsed(draft: ApplicationDraft): Locale[] {
  if (draft.languages && draft.languages.length > 0) return [...new Set(draft.languages)];
  const found = new Set<Locale>();
  const { title, summary, cooperation } = draft.project ?? {};
  for (const text of [title, summary, cooperation]) {
    for (const [locale, value] of Object.entries(text ?? {}) as [Locale, string | undefined][]) {
      if (typeof value === "string" && value.trim() !== "") found.add(locale);
    }
  }
  return [...found];
}

export function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === "";
}
