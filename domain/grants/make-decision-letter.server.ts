import { eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { type ApplicationRecord, programmes } from "#db/schema.ts";
import { applicationTitle } from "#domain/applications/application-title.ts";
import { findLatestVersion } from "#domain/assessment/find-latest-version.server.ts";
import type { DecisionLetterParties } from "#domain/documents/decision-letter-header.ts";
import { renderGrantLetter } from "#domain/documents/render-grant-letter.server.ts";
import { renderRejectionLetter } from "#domain/documents/render-rejection-letter.server.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { findDecision } from "./find-decision.server.ts";

/**
 * The decision letter of a case in the reader's language: the grant letter once a grant is made, the
 * rejection letter (with how to appeal, or that the appeal was dismissed) after a rejection; null
 * while nothing is decided. Organisation and title are those of the version as sent.
 */
export async function makeDecisionLetter(
  q: Queryable,
  application: ApplicationRecord,
  locale: Locale,
): Promise<{ kind: "grant" | "rejection"; pdf: Buffer } | null> {
  const decision = await findDecision(q, application);
  if (decision.kind === "pending") return null;
  const version = await findLatestVersion(q, application.id);
  if (!version) return null;
  const [programme] = await q
    .select({ name: programmes.name })
    .from(programmes)
    .where(eq(programmes.id, application.programmeId));
  const parties: Omit<DecisionLetterParties, "decidedAt" | "decidedBy"> = {
    caseNumber: version.caseNumber,
    organisationName: version.content.organisation.name,
    projectTitle: applicationTitle(version.content.form, locale) ?? version.caseNumber,
    programmeName: programme?.name[locale] ?? "",
  };
  if (decision.kind === "grant") {
    const { grant } = decision;
    const pdf = await renderGrantLetter(locale, {
      ...parties,
      decidedAt: grant.decidedAt,
      decidedBy: decision.meetingKind,
      amount: grant.amount,
      conditions: grant.conditions,
      advanceMaxPercent: grant.advanceMaxPercent,
      reportDueOn: grant.reportDueOn,
      auditorRequired: grant.auditorRequired,
      auditorAboveGrant: version.rules.finalReport.auditorAboveGrant,
      minOwnFundingPercent: version.rules.finalReport.minOwnFundingPercent,
      acceptedAt: grant.acceptedAt,
      acceptedByName: decision.acceptedByName,
    });
    return { kind: "grant", pdf };
  }
  const pdf = await renderRejectionLetter(locale, {
    ...parties,
    decidedAt: decision.decidedAt,
    decidedBy: decision.meetingKind,
    reasons: decision.reasons,
    appealDeadline: decision.appealDeadline,
    appealedAt: decision.appeal?.at ?? null,
    final: decision.final,
  });
  return { kind: "rejection", pdf };
}
