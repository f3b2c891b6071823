import { type Locale, locales } from "#vocabulary/vocabulary.ts";
import type { ApplicationForm } from "./application-form.ts";

/** The project title in the reader's language, else in any language it was written in, else null. */
export function applicationTitle(form: ApplicationForm, locale: Locale): string | null {
  const title = form.project?.title ?? {};
  const preferred = title[locale]?.trim();
  if (preferred) return preferred;
  for (const other of locales) {
    const value = title[other]?.trim();
    if (value) return value;
  }
  return null;
}
