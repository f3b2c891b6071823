import { applicationTitle } from "#domain/applications/application-title.ts";
import { formatDateTime, formatNok, formatNumber } from "#domain/i18n/format.ts";
import { intlTag } from "#domain/i18n/locales.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import type { Minutes } from "#domain/meetings/find-minutes.server.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { formatCalendarDate } from "./decision-letter-header.ts";
import { PdfLayout, type TableRow } from "./pdf-layout.server.ts";

// The minutes of a closed meeting, in the reader's language: the meeting, its budget, and each case
// with its decision, amount, conditions or reasons, and the budget left after it.

export async function renderMinutes(locale: Locale, minutes: Minutes): Promise<Buffer> {
  const t = createTranslator(locale);
  const nok = (amount: number) => formatNok(locale, amount);
  const { meeting } = minutes;
  const kind = t(meeting.kind === "board" ? "meetings.kind.board" : "meetings.kind.secretariat");
  const date = formatCalendarDate(locale, meeting.heldOn);
  const heading = t("minutes.title", { meeting: kind, date });
  const layout = new PdfLayout({
    lang: intlTag[locale],
    title: heading,
    subject: minutes.programmeName[locale],
    createdAt: meeting.closedAt ?? meeting.createdAt,
  });
  layout.heading(1, heading);
  layout.pairs([
    { label: t("minutes.programme"), value: minutes.programmeName[locale] },
    { label: t("minutes.meeting"), value: kind },
    { label: t("minutes.date"), value: date },
    { label: t("minutes.budget"), value: nok(meeting.budgetNok) },
    { label: t("minutes.approvedHere"), value: nok(minutes.approvedHere) },
    { label: t("minutes.leftAtClose"), value: nok(minutes.leftAtClose) },
    ...(meeting.closedAt
      ? [{ label: t("minutes.closedAt"), value: formatDateTime(locale, meeting.closedAt) }]
      : []),
  ]);
  layout.heading(2, t("minutes.decisions"));
  if (minutes.items.length === 0) {
    layout.paragraph(t("minutes.noCases"));
  } else {
    const rows: TableRow[] = minutes.items.map((item) => ({
      cells: [
        item.caseNumber,
        item.organisationName,
        t(item.decision === "approved" ? "minutes.approved" : "minutes.rejected"),
        item.decision === "approved" && item.amount !== null ? nok(item.amount) : "–",
        nok(item.budgetLeftAfter),
      ],
    }));
    layout.table(
      [
        { header: t("minutes.case"), share: 0.17 },
        { header: t("minutes.applicant"), share: 0.33 },
        { header: t("minutes.decision"), share: 0.16 },
        { header: t("minutes.amount"), share: 0.17, align: "right" },
        { header: t("minutes.budgetLeftAfter"), share: 0.17, align: "right" },
      ],
      rows,
    );
  }
  for (const item of minutes.items) {
    const title = applicationTitle(item.form, locale) ?? item.caseNumber;
    layout.heading(3, `${item.caseNumber} ${title}`);
    layout.pairs([
      { label: t("minutes.applicant"), value: item.organisationName },
      { label: t("minutes.requested"), value: nok(item.requested) },
      {
        label: t("minutes.assessment"),
        value:
          item.assessment.overall === null
            ? t("minutes.noAssessment")
            : t("minutes.assessmentValue", {
                average: formatNumber(locale, item.assessment.overall, { maximumFractionDigits: 1 }),
                count: item.assessment.submitted,
              }),
      },
      {
        label: t("minutes.decision"),
        value: t(item.decision === "approved" ? "minutes.approved" : "minutes.rejected"),
      },
      ...(item.decision === "approved"
        ? [
            { label: t("minutes.amount"), value: item.amount === null ? "–" : nok(item.amount) },
            { label: t("minutes.conditions"), value: item.conditions?.trim() || t("minutes.none") },
          ]
        : [{ label: t("minutes.reasons"), value: item.reasons?.trim() || t("minutes.none") }]),
      { label: t("minutes.budgetLeftAfter"), value: nok(item.budgetLeftAfter) },
    ]);
  }
  return layout.finish((page, pages) => t("minutes.footer", { date, page, pages }));
}
