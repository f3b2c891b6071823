import { formatDate } from "#domain/i18n/format.ts";
import { intlTag } from "#domain/i18n/locales.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import {
  type DecisionLetterParties,
  formatCalendarDate,
  writeLetterHeader,
} from "./decision-letter-header.ts";
import { PdfLayout } from "./pdf-layout.server.ts";

// The rejection letter, in the reader's language: the reasons as the meeting wrote them and how to
// appeal (to the board, within three weeks of the decision, in the app). After the board has
// dismissed an appeal the letter says the decision is final instead.

export interface RejectionLetterInput extends DecisionLetterParties {
  reasons: string;
  /** YYYY-MM-DD: the last day to appeal. */
  appealDeadline: string;
  /** When the applicant appealed, if they did. */
  appealedAt: Date | null;
  /** The board dismissed the appeal: nothing more to appeal. */
  final: boolean;
}

export async function renderRejectionLetter(locale: Locale, input: RejectionLetterInput): Promise<Buffer> {
  const t = createTranslator(locale);
  const heading = t(input.final ? "rejectionLetter.titleFinal" : "rejectionLetter.title", {
    caseNumber: input.caseNumber,
  });
  const layout = new PdfLayout({
    lang: intlTag[locale],
    title: heading,
    subject: input.programmeName,
    createdAt: input.decidedAt,
  });
  writeLetterHeader(layout, t, locale, heading, input);
  layout.paragraph(
    t(input.final ? "rejectionLetter.introFinal" : "rejectionLetter.intro", {
      programme: input.programmeName,
      organisation: input.organisationName,
      title: input.projectTitle,
    }),
  );
  layout.heading(2, t("rejectionLetter.reasons"));
  layout.paragraph(input.reasons.trim() || t("rejectionLetter.noReasons"));
  if (input.final) {
    layout.heading(2, t("rejectionLetter.finalHeading"));
    layout.paragraph(t("rejectionLetter.finalText"));
  } else {
    layout.heading(2, t("rejectionLetter.appealHeading"));
    layout.paragraph(
      t("rejectionLetter.appealText", { deadline: formatCalendarDate(locale, input.appealDeadline) }),
    );
    layout.paragraph(t("rejectionLetter.appealHow"));
    if (input.appealedAt)
      layout.paragraph(t("rejectionLetter.appealed", { date: formatDate(locale, input.appealedAt) }), {
        bold: true,
      });
  }
  return layout.finish((page, pages) =>
    t("rejectionLetter.footer", { caseNumber: input.caseNumber, page, pages }),
  );
}
