import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "#db/connection.ts";
import { type applications, assessments } from "#db/schema.ts";
import { caseAccessOf } from "#domain/access/case-access.server.ts";
import { checkCaseAccess } from "#domain/access/case-access.ts";
import type { Person } from "#domain/access/case-scope.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { refusedStep } from "#domain/cases/case-refusal.ts";
import { lockApplication } from "#domain/cases/lock-application.server.ts";
import { done, type NotFound, notFound, type Refused, type Result, refused } from "#domain/result.ts";
import type { AssessmentInput } from "./assessment-input.ts";
import { findLatestVersion } from "./find-latest-version.server.ts";

// An assessor's two steps: first the declaration that they have no conflict of interest in the case
// (which creates their assessment, still without scores), then the scores and recommendation, which
// they may change as often as they like while the case is in assessment. Both take the application's
// row lock, the same lock "complete_assessment" takes, so nothing is saved into a case that has just
// left assessment. Who may assess is the access rules' "assess" (domain/access/case-access.ts):
// advisers of the case's office and programme managers, while the case is in assessment.

async function lockCase(
  tx: Tx,
  applicationId: string,
  assessor: Person,
): Promise<{ refusal: Refused | NotFound } | { application: typeof applications.$inferSelect }> {
  const application = await lockApplication(tx, applicationId);
  if (!application) return { refusal: notFound() };
  const verdict = checkCaseAccess(await caseAccessOf(tx, application, assessor), "assess");
  if (verdict.allowed) return { application };
  // The access rules' refusal in this area's words: a case not in assessment says its state.
  if (verdict.kind === "hidden") return { refusal: notFound() };
  if (verdict.kind === "forbidden") return { refusal: refusedStep("forbidden") };
  return { refusal: refusedStep("not-in-assessment", { state: application.status }) };
}

/** Records that the assessor has no conflict of interest; a second declaration changes nothing. */
export async function declareNoConflict(
  db: Db,
  input: { applicationId: string; assessor: Person; now: Date },
): Promise<Result> {
  return db.transaction(async (tx) => {
    const locked = await lockCase(tx, input.applicationId, input.assessor);
    if ("refusal" in locked) return locked.refusal;
    const inserted = await tx
      .insert(assessments)
      .values({
        id: crypto.randomUUID(),
        applicationId: input.applicationId,
        assessorId: input.assessor.id,
        noConflictDeclaredAt: input.now,
      })
      .onConflictDoNothing()
      .returning({ id: assessments.id });
    if (inserted[0]) {
      await recordAuditEntry(tx, {
        actor: { id: input.assessor.id, label: `user:${input.assessor.id}` },
        action: "assessment.declare-no-conflict",
        entityType: "application",
        entityId: input.applicationId,
        after: { assessmentId: inserted[0].id },
        at: input.now,
      });
    }
    return done();
  });
}

/**
 * Saves the assessor's scores and recommendation. The criteria and the amount asked for are checked
 * again against the version as sent (the form's schema checked them against what the page showed).
 */
export async function saveAssessment(
  db: Db,
  input: { applicationId: string; assessor: Person; assessment: AssessmentInput; now: Date },
): Promise<Result> {
  return db.transaction(async (tx) => {
    const locked = await lockCase(tx, input.applicationId, input.assessor);
    if ("refusal" in locked) return locked.refusal;
    const [mine] = await tx
      .select()
      .from(assessments)
      .where(
        and(
          eq(assessments.applicationId, input.applicationId),
          eq(assessments.assessorId, input.assessor.id),
        ),
      );
    if (!mine?.noConflictDeclaredAt) return refused("assessment.declare.first", { why: "invalid" });
    const version = await findLatestVersion(tx, input.applicationId);
    if (!version) return notFound();
    const criteria = version.rules.assessmentCriteria.map((criterion) => criterion.id);
    const { scores, recommendation, recommendedAmount, reasons } = input.assessment;
    const scored = Object.keys(scores);
    const valid =
      scored.length === criteria.length &&
      criteria.every((id) => {
        const entry = scores[id];
        return entry !== undefined && Number.isInteger(entry.score) && entry.score >= 0 && entry.score <= 5;
      });
    if (!valid) return refusedStep("criteria-changed");
    if (
      recommendation === "approve" &&
      (recommendedAmount === null || recommendedAmount < 1 || recommendedAmount > version.requested)
    ) {
      return refusedStep("amount-above-request", { params: { requested: version.requested } });
    }
    await tx
      .update(assessments)
      .set({ scores, recommendation, recommendedAmount, reasons, submittedAt: input.now })
      .where(eq(assessments.id, mine.id));
    await recordAuditEntry(tx, {
      actor: { id: input.assessor.id, label: `user:${input.assessor.id}` },
      action: "assessment.save",
      entityType: "application",
      entityId: input.applicationId,
      before: mine.submittedAt
        ? { recommendation: mine.recommendation, recommendedAmount: mine.recommendedAmount }
        : undefined,
      after: { assessmentId: mine.id, recommendation, recommendedAmount },
      at: input.now,
    });
    return done();
  });
}
