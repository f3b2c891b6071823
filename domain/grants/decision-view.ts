import { formatDate, formatDateTime, formatNok, formatNumber } from "#domain/i18n/format.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import type { CaseDecision } from "./find-decision.server.ts";
import { endOfOsloDay, maxAdvance } from "./grant-terms.ts";

/**
 * The decision on a case as the applicant's grant page shows it: the grant's terms and who accepted
 * it, or the rejection with its reasons and the appeal deadline; and which of the two forms (accept,
 * appeal) the reader gets.
 */
export function decisionView(
  decision: CaseDecision,
  options: {
    locale: Locale;
    t: Translate;
    auditorAboveGrant: number;
    mayAccept: boolean;
    mayAppeal: boolean;
    now: Date;
  },
) {
  const { locale, t, auditorAboveGrant, now } = options;
  if (decision.kind === "grant") {
    const { grant } = decision;
    return {
      decision: {
        kind: "grant" as const,
        amount: formatNok(locale, grant.amount),
        conditions: grant.conditions,
        advance: t("grantPage.advanceValue", {
          percent: formatNumber(locale, grant.advanceMaxPercent),
          amount: formatNok(locale, maxAdvance(grant.amount, grant.advanceMaxPercent)),
        }),
        reportDue: formatDate(locale, `${grant.reportDueOn}T12:00:00Z`),
        auditor: grant.auditorRequired
          ? t("grantLetter.auditorRequired", {
              limit: formatNok(locale, auditorAboveGrant),
            })
          : t("grantLetter.auditorNotRequired", {
              limit: formatNok(locale, auditorAboveGrant),
            }),
        decidedAt: formatDate(locale, grant.decidedAt),
        accepted:
          grant.acceptedAt === null
            ? null
            : { name: decision.acceptedByName ?? "", at: formatDateTime(locale, grant.acceptedAt) },
      },
      canAccept: options.mayAccept && grant.acceptedAt === null,
      canAppeal: false,
    };
  }
  if (decision.kind === "rejection") {
    const inTime = now.getTime() <= endOfOsloDay(decision.appealDeadline).getTime();
    return {
      decision: {
        kind: "rejection" as const,
        reasons: decision.reasons,
        decidedAt: formatDate(locale, decision.decidedAt),
        appealDeadline: formatDate(locale, `${decision.appealDeadline}T12:00:00Z`),
        appealedAt: decision.appeal ? formatDateTime(locale, decision.appeal.at) : null,
        appealReason: decision.appeal?.reason ?? null,
        final: decision.final,
        late: !inTime,
      },
      canAccept: false,
      canAppeal: options.mayAppeal && inTime,
    };
  }
  return { decision: { kind: "pending" as const }, canAccept: false, canAppeal: false };
}
