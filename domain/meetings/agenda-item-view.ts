import type { ApplicationAccess } from "#domain/access/case-access.server.ts";
import { mayDo } from "#domain/access/case-access.ts";
import { applicationTitle } from "#domain/applications/application-title.ts";
import { formatDateTime, formatNok, formatNumber } from "#domain/i18n/format.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { decisionTransition } from "./decision-transition.ts";
import type { AgendaItem } from "./find-meeting.server.ts";

// One case on a meeting's agenda as the meeting page shows it, in the reader's language, with what
// this reader may do to it: decide (open meeting, undecided, ready, and the workflow lets them),
// take it off (managers, undecided), open its assessment (where that page will open for them).

export function agendaItemView(
  item: AgendaItem,
  reader: { access: ApplicationAccess | null; open: boolean; canManage: boolean },
  locale: Locale,
) {
  const { access, open, canManage } = reader;
  const ready = item.status === "ready_for_decision" || item.status === "appealed";
  return {
    id: item.id,
    applicationId: item.applicationId,
    caseNumber: item.caseNumber,
    title: applicationTitle(item.form, locale) ?? item.caseNumber,
    organisationName: item.organisationName,
    status: item.status,
    appeal: item.status === "appealed",
    requested: formatNok(locale, item.requested),
    suggestedAmount: String(item.assessment.averageAmount ?? item.requested),
    assessment: {
      submitted: item.assessment.submitted,
      overall:
        item.assessment.overall === null
          ? null
          : formatNumber(locale, item.assessment.overall, { maximumFractionDigits: 1 }),
      approve: item.assessment.approve,
      reject: item.assessment.reject,
      averageAmount:
        item.assessment.averageAmount === null ? null : formatNok(locale, item.assessment.averageAmount),
    },
    decision: item.decision,
    amount: item.amount === null ? null : formatNok(locale, item.amount),
    conditions: item.conditions,
    reasons: item.reasons,
    decidedByName: item.decidedByName,
    decidedAt: item.decidedAt ? formatDateTime(locale, item.decidedAt) : null,
    canDecide:
      open &&
      item.decision === null &&
      ready &&
      access !== null &&
      mayDo(access, decisionTransition(item.status, "approve")),
    canRemove: open && canManage && item.decision === null,
    // The link only where the assessment page will open.
    canOpenAssessment: access !== null && mayDo(access, "read_case_file"),
  };
}

export type AgendaItemView = ReturnType<typeof agendaItemView>;
