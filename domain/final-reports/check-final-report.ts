import type { FinalReportContent, FinalReportValues } from "./final-report-content.ts";
import type { ReportContext } from "./report-context.server.ts";

/** The rules a report is checked against: plain data, so the page's browser check uses them too. */
export interface ReportRules {
  grantAmount: number | null;
  auditorRequired: boolean;
  minOwnFundingPercent: number;
}

// The final report's rules, pure: the form shows the problems as the grantee types, and the server
// checks them again when the report is sent. Amounts are whole kroner, so the share is compared
// exactly (ownFunding x 100 >= minimum x costs), never through a rounded percentage.

export interface ReportTotals {
  /** Actual costs: every category plus own work. */
  costs: number;
  /** Own funds + partners' contributions + other sources + own work. */
  ownFunding: number;
  /** ownFunding / costs x 100, unrounded; 0 without costs. */
  ownFundingPercent: number;
}

export function reportTotals(values: FinalReportValues): ReportTotals {
  const cash = Object.values(values.actual).reduce((sum, amount) => sum + amount, 0);
  const costs = cash + values.ownWorkActual;
  const ownFunding =
    values.financingOwnFunds + values.financingPartners + values.financingOther + values.ownWorkActual;
  return { costs, ownFunding, ownFundingPercent: costs > 0 ? (ownFunding * 100) / costs : 0 };
}

export type ReportProblem =
  | { code: "no-costs"; field: null }
  | { code: "own-funding-share"; field: null; totals: ReportTotals; minPercent: number }
  | { code: "grant-exceeded"; field: "financingGrant"; grant: number }
  | { code: "auditor-name-required"; field: "auditorName" }
  | { code: "auditor-confirmation-required"; field: "auditorConfirmed" };

export function findReportProblems(values: FinalReportValues, context: ReportRules): ReportProblem[] {
  const problems: ReportProblem[] = [];
  const totals = reportTotals(values);
  if (totals.costs <= 0) problems.push({ code: "no-costs", field: null });
  else if (totals.ownFunding * 100 < context.minOwnFundingPercent * totals.costs)
    problems.push({
      code: "own-funding-share",
      field: null,
      totals,
      minPercent: context.minOwnFundingPercent,
    });
  if (context.grantAmount !== null && values.financingGrant > context.grantAmount)
    problems.push({ code: "grant-exceeded", field: "financingGrant", grant: context.grantAmount });
  if (context.auditorRequired) {
    if (!values.auditorName?.trim()) problems.push({ code: "auditor-name-required", field: "auditorName" });
    if (values.auditorConfirmed !== true)
      problems.push({ code: "auditor-confirmation-required", field: "auditorConfirmed" });
  }
  return problems;
}

/** The report as stored: the typed values with the budget beside them and the sums worked out. */
export function buildReportContent(
  values: FinalReportValues,
  context: ReportContext,
  photos: { id: string; fileName: string }[],
): FinalReportContent {
  const totals = reportTotals(values);
  const consent = new Map((values.photos ?? []).map((p) => [p.id, p.consent === true]));
  return {
    done: values.done,
    results: values.results,
    cooperation: values.cooperation,
    media: values.media,
    participants: { applicantSide: values.participantsApplicant, partnerSide: values.participantsPartner },
    accounts: context.categories.map((category) => ({
      category: category.id,
      budgeted: category.budgeted,
      actual: values.actual[category.id] ?? 0,
    })),
    ownWork: { budgeted: context.ownWorkBudgeted, actual: values.ownWorkActual },
    financing: {
      grant: values.financingGrant,
      ownFunds: values.financingOwnFunds,
      partnerContributions: values.financingPartners,
      otherSources: values.financingOther,
    },
    totals,
    photos: photos.map((photo) => ({
      attachmentId: photo.id,
      fileName: photo.fileName,
      consent: consent.get(photo.id) ?? false,
    })),
    auditor:
      context.auditorRequired && values.auditorName
        ? { name: values.auditorName.trim(), confirmed: true }
        : null,
  };
}
