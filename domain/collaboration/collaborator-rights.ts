import {
  type ApplicationSection,
  applicationSections,
  isApplicationSection,
} from "#domain/applications/application-sections.ts";
import { formatList } from "#domain/i18n/format.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";

// What an invitation lets a partner do. Reading the application always comes with it; editing is
// per form section, and writing in the team's conversation is a right of its own.

export interface CollaboratorRights {
  canComment: boolean;
  editSections: readonly string[];
}

/** The sections a collaborator may edit, in the form's order; unknown ids (older data) are dropped. */
export function knownSections(editSections: readonly string[]): ApplicationSection[] {
  return applicationSections.filter((section) => editSections.includes(section));
}

export function hasOnlyKnownSections(editSections: readonly string[]): boolean {
  return editSections.every(isApplicationSection);
}

/**
 * The rights as words that finish the sentence "The invitation allows you to …":
 * "read the application; edit “The project” and “Budget”; write in the team's conversation".
 */
export function describeRights(locale: Locale, rights: CollaboratorRights): string {
  const t = createTranslator(locale);
  const parts = [t("collaboration.rights.read")];
  const sections = knownSections(rights.editSections);
  if (sections.length > 0) {
    const names = sections.map((section) =>
      t("collaboration.rights.sectionName", { section: t(`application.step.${section}`) }),
    );
    parts.push(t("collaboration.rights.edit", { sections: formatList(locale, names) }));
  }
  if (rights.canComment) parts.push(t("collaboration.rights.comment"));
  return parts.join("; ");
}
