import { formatDateTime, formatNok, formatNumber } from "#domain/i18n/format.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import type { FinalReportRecord } from "./find-final-reports.server.ts";
import type { ReportCategory } from "./report-context.server.ts";

// A sent final report as the pages show it (the grantee's own copy and the adviser's review): plain,
// already-formatted data, so both pages render the same words the same way.

export interface ReportView {
  number: number;
  submittedAt: string;
  outcome: "approved" | "returned" | null;
  reviewNote: string | null;
  reviewedAt: string | null;
  texts: { label: string; text: string }[];
  participants: { label: string; value: string }[];
  accounts: { id: string; category: string; budgeted: string; actual: string }[];
  financing: { label: string; value: string }[];
  totals: { label: string; value: string }[];
  photos: { id: string; fileName: string; consent: string }[];
  auditor: string | null;
}

export function categoryName(
  id: string,
  categories: readonly Pick<ReportCategory, "id" | "name">[],
  locale: Locale,
  t: Translate,
): string {
  if (id === "own-work") return t("finalReport.ownWork");
  return categories.find((c) => c.id === id)?.name?.[locale] ?? t("finalReport.category.other", { id });
}

export function reportView(
  report: FinalReportRecord,
  categories: readonly Pick<ReportCategory, "id" | "name">[],
  locale: Locale,
  t: Translate,
): ReportView {
  const c = report.content;
  const nok = (amount: number) => formatNok(locale, amount);
  return {
    number: report.number,
    submittedAt: formatDateTime(locale, report.submittedAt),
    outcome: report.outcome,
    reviewNote: report.reviewNote,
    reviewedAt: report.reviewedAt ? formatDateTime(locale, report.reviewedAt) : null,
    texts: [
      { label: t("finalReport.done"), text: c.done },
      { label: t("finalReport.results"), text: c.results },
      { label: t("finalReport.cooperation"), text: c.cooperation },
      { label: t("finalReport.media"), text: c.media || "–" },
    ],
    participants: [
      {
        label: t("finalReport.participantsApplicant"),
        value: formatNumber(locale, c.participants.applicantSide),
      },
      {
        label: t("finalReport.participantsPartner"),
        value: formatNumber(locale, c.participants.partnerSide),
      },
    ],
    accounts: [
      ...c.accounts
        .filter((row) => row.budgeted > 0 || row.actual > 0)
        .map((row) => ({
          id: row.category,
          category: categoryName(row.category, categories, locale, t),
          budgeted: nok(row.budgeted),
          actual: nok(row.actual),
        })),
      {
        id: "own-work",
        category: t("finalReport.ownWork"),
        budgeted: nok(c.ownWork.budgeted),
        actual: nok(c.ownWork.actual),
      },
    ],
    financing: [
      { label: t("finalReport.financingGrant"), value: nok(c.financing.grant) },
      { label: t("finalReport.financingOwnFunds"), value: nok(c.financing.ownFunds) },
      { label: t("finalReport.financingPartners"), value: nok(c.financing.partnerContributions) },
      { label: t("finalReport.financingOther"), value: nok(c.financing.otherSources) },
    ],
    totals: [
      { label: t("finalReport.totals.costs"), value: nok(c.totals.costs) },
      { label: t("finalReport.totals.ownFunding"), value: nok(c.totals.ownFunding) },
      {
        label: t("finalReport.totals.ownFundingPercent"),
        value: `${formatNumber(locale, Math.floor(c.totals.ownFundingPercent * 10) / 10)} %`,
      },
    ],
    photos: c.photos.map((photo) => ({
      id: photo.attachmentId,
      fileName: photo.fileName,
      consent: t(photo.consent ? "finalReport.photo.consentYes" : "finalReport.photo.consentNo"),
    })),
    auditor: c.auditor ? t("finalReport.auditor.confirmedBy", { name: c.auditor.name }) : null,
  };
}
