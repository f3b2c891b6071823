import { formatDateTime, formatNok } from "#domain/i18n/format.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import { approvedAndLaterStates, type CaseState, isCaseState, type Locale } from "#vocabulary/vocabulary.ts";

// The applicant's status page in the applicant's words: the history of the case, and where the case
// goes on after a decision (the grant, the payments, the final report).

const eventKeys = {
  created: "application.status.event.created",
  submitted: "application.status.event.submitted",
  withdrawn: "application.status.event.withdrawn",
  withdraw: "application.status.event.withdrawn",
} as const;

const paymentEvents = ["payment-requested", "payment-approved", "payment-paid", "payment-refused"] as const;

// Decided: from the board's decision on, whatever it was (an appeal included).
const decidedStates: readonly string[] = [...approvedAndLaterStates, "rejected", "appealed"];
// A grant to manage: accepted by the grantee, and every state after.
const grantStates: readonly string[] = approvedAndLaterStates.filter((s) => s !== "approved");
const reportStates: readonly string[] = grantStates.filter((s) => s !== "grant_accepted");

/** Which of the pages after a decision the case has reached. */
export function nextPages(state: CaseState) {
  return {
    grant: decidedStates.includes(state),
    payments: grantStates.includes(state),
    finalReport: reportStates.includes(state),
  };
}

/**
 * One event of the history as the applicant reads it. Case-handling moves are told by the state
 * they led to, in the applicant's words; payments and report reminders by what happened.
 */
export function applicantHistoryItem(
  event: { id: number; kind: string; at: Date; data: unknown },
  locale: Locale,
  t: Translate,
) {
  const {
    caseNumber = "",
    to,
    kind,
    amount,
    days,
  } = (event.data ?? {}) as {
    caseNumber?: string;
    to?: string;
    kind?: string;
    amount?: number;
    days?: number;
  };
  const text =
    event.kind in eventKeys
      ? t(eventKeys[event.kind as keyof typeof eventKeys], { caseNumber })
      : paymentEvents.includes(event.kind as (typeof paymentEvents)[number])
        ? t(`application.status.event.${event.kind as (typeof paymentEvents)[number]}`, {
            payment: t(`application.status.event.payment.${kind === "final" ? "final" : "advance"}`),
            amount: formatNok(locale, amount ?? 0),
          })
        : event.kind === "report-reminder"
          ? t("application.status.event.report-reminder", { days: days ?? 0 })
          : event.kind === "report-overdue"
            ? t("application.status.event.report-overdue")
            : isCaseState(to)
              ? t("application.status.event.moved", { state: t(`application.status.${to}`) })
              : t("application.status.event.other");
  return { id: event.id, at: formatDateTime(locale, event.at), text };
}
