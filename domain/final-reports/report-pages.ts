import type { ApplicationRecord } from "#db/schema.ts";
import { formatFileSize } from "#domain/attachments/format-file-size.ts";
import { formatDate, formatDateTime, formatNok } from "#domain/i18n/format.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import type { ReportProblem } from "./check-final-report.ts";
import type { FinalReportContent } from "./final-report-content.ts";
import { describeReportProblem, type ReportFormRules } from "./final-report-form.ts";
import type { FinalReportRecord } from "./find-final-reports.server.ts";
import type { ReportContext } from "./report-context.server.ts";
import type { ReportPhoto } from "./report-photos.server.ts";
import { categoryName, reportView } from "./report-view.ts";

// The two final-report pages as plain, formatted data: the grantee's (write the report, or read back
// the one sent) and the adviser's (review the latest, see the earlier ones). Both say the same about
// when the report is due.

export function reportFormRules(context: ReportContext): ReportFormRules {
  return {
    categoryIds: context.categories.map((c) => c.id),
    grantAmount: context.grantAmount,
    auditorRequired: context.auditorRequired,
    minOwnFundingPercent: context.minOwnFundingPercent,
  };
}

/** When the report is due, and whether it is late (not yet approved past the date). */
function reportDue(locale: Locale, application: ApplicationRecord, now: Date) {
  return {
    dueOn: application.reportDueAt ? formatDate(locale, application.reportDueAt) : null,
    overdue: Boolean(
      application.reportDueAt && !application.reportApprovedAt && application.reportDueAt < now,
    ),
  };
}

/** The report form's starting values: the returned report's, or the grant as the programme's line. */
function startingValues(previous: FinalReportContent | undefined, context: ReportContext) {
  const amount = (n: number) => String(n);
  if (!previous) return { financingGrant: context.grantAmount === null ? "" : amount(context.grantAmount) };
  return {
    done: previous.done,
    results: previous.results,
    cooperation: previous.cooperation,
    media: previous.media,
    participantsApplicant: amount(previous.participants.applicantSide),
    participantsPartner: amount(previous.participants.partnerSide),
    actual: Object.fromEntries(previous.accounts.map((row) => [row.category, amount(row.actual)])),
    ownWorkActual: amount(previous.ownWork.actual),
    financingGrant: amount(previous.financing.grant),
    financingOwnFunds: amount(previous.financing.ownFunds),
    financingPartners: amount(previous.financing.partnerContributions),
    financingOther: amount(previous.financing.otherSources),
    auditorName: previous.auditor?.name ?? "",
    auditorConfirmed: previous.auditor ? "on" : undefined,
    photos: previous.photos.map((p) => ({ id: p.attachmentId, consent: p.consent ? "on" : undefined })),
  };
}

export type ReportDoneNotice = "sent" | "photo-added" | "photo-removed";
const reportDoneNotices: readonly string[] = ["sent", "photo-added", "photo-removed"];

/** The grantee's page: the form (with a returned report's note and values), or the report as sent. */
export function granteeReportPage(input: {
  locale: Locale;
  t: Translate;
  application: ApplicationRecord;
  context: ReportContext;
  reports: FinalReportRecord[];
  photos: ReportPhoto[];
  canWrite: boolean;
  done: string | null;
  photoMaxBytes: number;
  photoHref: (attachmentId: string) => string;
  now: Date;
}) {
  const { locale, t, application, context, canWrite } = input;
  const latest = input.reports[0];
  const returned = latest?.outcome === "returned" ? latest : undefined;
  return {
    applicationId: application.id,
    caseNumber: application.caseNumber ?? "",
    state: application.status,
    stateText: t(`application.status.${application.status}`),
    ...reportDue(locale, application, input.now),
    approvedOn: application.reportApprovedAt ? formatDate(locale, application.reportApprovedAt) : null,
    done: input.done && reportDoneNotices.includes(input.done) ? (input.done as ReportDoneNotice) : null,
    canWrite,
    rules: reportFormRules(context),
    minOwnFundingPercent: context.minOwnFundingPercent,
    auditorThreshold: formatNok(locale, context.auditorAboveGrant),
    categories: context.categories.map((c) => ({
      id: c.id,
      name: categoryName(c.id, context.categories, locale, t),
      budgeted: formatNok(locale, c.budgeted),
    })),
    ownWorkBudgeted: formatNok(locale, context.ownWorkBudgeted),
    photoLimit: formatFileSize(locale, input.photoMaxBytes),
    photos: input.photos.map((p) => ({
      id: p.id,
      fileName: p.fileName,
      size: formatFileSize(locale, p.sizeBytes),
      href: input.photoHref(p.id),
    })),
    // A returned report: its note, and its values to start from.
    returned: returned
      ? {
          note: returned.reviewNote ?? "",
          at: formatDate(locale, returned.reviewedAt ?? returned.submittedAt),
        }
      : null,
    startingValues: canWrite ? startingValues(returned?.content, context) : null,
    latest: latest && !canWrite ? reportView(latest, context.categories, locale, t) : null,
  };
}

/** The adviser's page: the latest report to review, and the earlier (returned) ones with their notes. */
export function caseReportPage(input: {
  locale: Locale;
  t: Translate;
  application: ApplicationRecord;
  context: ReportContext;
  reports: FinalReportRecord[];
  mayReview: boolean;
  done: string | null;
  now: Date;
}) {
  const { locale, t, application } = input;
  const [latest, ...earlier] = input.reports;
  const done: "approved" | "returned" | null =
    input.done === "approved" || input.done === "returned" ? input.done : null;
  return {
    applicationId: application.id,
    caseNumber: application.caseNumber ?? "",
    state: t(`case.state.${application.status}`),
    ...reportDue(locale, application, input.now),
    done,
    canReview: input.mayReview && Boolean(latest),
    latest: latest ? reportView(latest, input.context.categories, locale, t) : null,
    earlier: earlier.map((r) => ({
      number: r.number,
      submittedAt: formatDateTime(locale, r.submittedAt),
      outcome: r.outcome ? t(`finalReport.outcome.${r.outcome}`) : "",
      note: r.reviewNote ?? "",
    })),
  };
}

/** The server's findings on a sent report, as the form's errors: beside a field, or above the form. */
export function reportProblemErrors(problems: ReportProblem[], t: Translate, locale: Locale) {
  const fieldErrors: Record<string, string[]> = {};
  const formErrors: string[] = [];
  for (const problem of problems) {
    const message = describeReportProblem(problem, t, locale);
    if (problem.field) fieldErrors[problem.field] = [...(fieldErrors[problem.field] ?? []), message];
    else formErrors.push(message);
  }
  return { formErrors, fieldErrors };
}
