import { formatDate } from "#domain/i18n/format.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import type { PdfLayout } from "./pdf-layout.server.ts";

// What every decision letter (grant or rejection) opens with: who applied for what, and who decided
// when. The applicant's own words (organisation, title) are printed as written.

export interface DecisionLetterParties {
  caseNumber: string;
  organisationName: string;
  /** The project's title in the reader's language if written in it, else as written. */
  projectTitle: string;
  /** In the reader's language. */
  programmeName: string;
  decidedAt: Date;
  /** Which meeting decided: the secretariat's processing meeting or the board (null: unknown). */
  decidedBy: "secretariat" | "board" | null;
}

export function writeLetterHeader(
  layout: PdfLayout,
  t: Translate,
  locale: Locale,
  heading: string,
  parties: DecisionLetterParties,
): void {
  layout.heading(1, heading);
  layout.pairs([
    { label: t("letter.applicant"), value: parties.organisationName },
    { label: t("letter.project"), value: parties.projectTitle },
    { label: t("letter.programme"), value: parties.programmeName },
    { label: t("letter.caseNumber"), value: parties.caseNumber },
    { label: t("letter.decidedAt"), value: formatDate(locale, parties.decidedAt) },
    ...(parties.decidedBy
      ? [
          {
            label: t("letter.decidedBy"),
            value: t(
              parties.decidedBy === "board" ? "letter.decidedBy.board" : "letter.decidedBy.secretariat",
            ),
          },
        ]
      : []),
  ]);
}

/** A calendar date (YYYY-MM-DD) the reader's way; noon UTC is the same day in Oslo all year. */
export function formatCalendarDate(locale: Locale, date: string): string {
  return formatDate(locale, new Date(`${date}T12:00:00Z`));
}
