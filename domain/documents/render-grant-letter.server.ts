import { maxAdvance } from "#domain/grants/grant-terms.ts";
import { formatDate, formatNok, formatNumber } from "#domain/i18n/format.ts";
import { intlTag } from "#domain/i18n/locales.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import {
  type DecisionLetterParties,
  formatCalendarDate,
  writeLetterHeader,
} from "./decision-letter-header.ts";
import { PdfLayout } from "./pdf-layout.server.ts";

// The grant letter, in the reader's language: the amount and conditions, the advance the grantee may
// ask for, when the final report is due and whether an auditor must confirm its accounts, and how to
// accept. Terms come from the grant row, which took them from the rules stored with the version as
// sent, so a letter printed years later says what was decided.

export interface GrantLetterInput extends DecisionLetterParties {
  amount: number;
  conditions: string | null;
  advanceMaxPercent: number;
  /** YYYY-MM-DD */
  reportDueOn: string;
  auditorRequired: boolean;
  /** The rules' limit above which an auditor is required (stated either way). */
  auditorAboveGrant: number;
  /** The rules' least share of own funding the final report must show, in percent. */
  minOwnFundingPercent: number;
  acceptedAt: Date | null;
  acceptedByName: string | null;
}

export async function renderGrantLetter(locale: Locale, input: GrantLetterInput): Promise<Buffer> {
  const t = createTranslator(locale);
  const nok = (amount: number) => formatNok(locale, amount);
  const advance = maxAdvance(input.amount, input.advanceMaxPercent);
  const layout = new PdfLayout({
    lang: intlTag[locale],
    title: t("grantLetter.title", { caseNumber: input.caseNumber }),
    subject: input.programmeName,
    createdAt: input.decidedAt,
  });
  writeLetterHeader(layout, t, locale, t("grantLetter.title", { caseNumber: input.caseNumber }), input);
  layout.paragraph(
    t("grantLetter.intro", {
      programme: input.programmeName,
      organisation: input.organisationName,
      amount: nok(input.amount),
      title: input.projectTitle,
    }),
  );
  layout.heading(2, t("grantLetter.terms"));
  layout.pairs([
    { label: t("grantLetter.amount"), value: nok(input.amount) },
    { label: t("grantLetter.conditions"), value: input.conditions?.trim() || t("grantLetter.noConditions") },
    {
      label: t("grantLetter.advance"),
      value: t("grantLetter.advanceValue", {
        percent: formatNumber(locale, input.advanceMaxPercent),
        amount: nok(advance),
      }),
    },
    { label: t("grantLetter.reportDue"), value: formatCalendarDate(locale, input.reportDueOn) },
    {
      label: t("grantLetter.auditor"),
      value: input.auditorRequired
        ? t("grantLetter.auditorRequired", { limit: nok(input.auditorAboveGrant) })
        : t("grantLetter.auditorNotRequired", { limit: nok(input.auditorAboveGrant) }),
    },
  ]);
  layout.heading(2, t("grantLetter.acceptHeading"));
  layout.paragraph(t("grantLetter.acceptText", { percent: formatNumber(locale, input.advanceMaxPercent) }));
  layout.paragraph(
    t("grantLetter.reportText", {
      date: formatCalendarDate(locale, input.reportDueOn),
      percent: formatNumber(locale, input.minOwnFundingPercent),
    }),
  );
  layout.paragraph(t("grantLetter.changesText"));
  if (input.acceptedAt) {
    layout.paragraph(
      t("grantLetter.accepted", {
        name: input.acceptedByName ?? "",
        date: formatDate(locale, input.acceptedAt),
      }),
      { bold: true },
    );
  }
  return layout.finish((page, pages) =>
    t("grantLetter.footer", { caseNumber: input.caseNumber, page, pages }),
  );
}
