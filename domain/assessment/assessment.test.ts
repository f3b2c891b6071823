import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { applications, assessments } from "#db/schema.ts";
import { createStaff, mail, seedCase } from "#domain/meetings/testing/decision-fixture.ts";
import { notFound } from "#domain/result.ts";
import { databaseForTheseTests } from "#tests/database.ts";
import type { AssessmentInput } from "./assessment-input.ts";
import { completeAssessment } from "./complete-assessment.server.ts";
import { listAssessments, summariseAssessments } from "./list-assessments.server.ts";
import { declareNoConflict, saveAssessment } from "./save-assessment.server.ts";

const database = databaseForTheseTests();

const criteria = ["cooperation", "relevance", "feasibility", "budget", "people-to-people"];
const now = new Date("2026-03-02T10:00:00Z");

function scored(score: number, amount: number | null = 60_000): AssessmentInput {
  return {
    scores: Object.fromEntries(criteria.map((id) => [id, { score, comment: `Score ${score}.` }])),
    recommendation: amount === null ? "reject" : "approve",
    recommendedAmount: amount,
    reasons: amount === null ? "Too little cooperation." : null,
  };
}

async function assessmentRows(applicationId: string) {
  return database.db.select().from(assessments).where(eq(assessments.applicationId, applicationId));
}

describe("assessing a case", () => {
  it("scores only after declaring no conflict of interest", async () => {
    const { db } = database;
    const sent = await seedCase(db, "in_assessment");
    const adviser = await createStaff(db, "adviser", "kirkenes");
    const refused = await saveAssessment(db, {
      applicationId: sent.applicationId,
      assessor: adviser,
      assessment: scored(4),
      now,
    });
    expect(refused).toMatchObject({ ok: false, why: "invalid", reason: "assessment.declare.first" });
    expect(await assessmentRows(sent.applicationId)).toHaveLength(0);

    expect(
      await declareNoConflict(db, { applicationId: sent.applicationId, assessor: adviser, now }),
    ).toEqual({ ok: true, value: undefined });
    expect(
      await saveAssessment(db, {
        applicationId: sent.applicationId,
        assessor: adviser,
        assessment: scored(4),
        now,
      }),
    ).toEqual({ ok: true, value: undefined });
    const [row] = await assessmentRows(sent.applicationId);
    expect(row?.noConflictDeclaredAt).toEqual(now);
    expect(row?.scores.cooperation).toEqual({ score: 4, comment: "Score 4." });
    expect(row?.recommendedAmount).toBe(60_000);
  });

  it("refuses an amount above the request and leaves the saved assessment as it was", async () => {
    const { db } = database;
    const sent = await seedCase(db, "in_assessment");
    const manager = await createStaff(db, "programme_manager");
    await declareNoConflict(db, { applicationId: sent.applicationId, assessor: manager, now });
    await saveAssessment(db, {
      applicationId: sent.applicationId,
      assessor: manager,
      assessment: scored(3),
      now,
    });
    const result = await saveAssessment(db, {
      applicationId: sent.applicationId,
      assessor: manager,
      assessment: scored(5, 70_001),
      now,
    });
    expect(result).toMatchObject({
      ok: false,
      why: "invalid",
      reason: "meetings.refused.amount-above-request",
    });
    const [row] = await assessmentRows(sent.applicationId);
    expect(row?.scores.budget?.score).toBe(3);
    expect(row?.recommendedAmount).toBe(60_000);
  });

  it("refuses a score outside 0-5 or a criterion missing, even past the form", async () => {
    const { db } = database;
    const sent = await seedCase(db, "in_assessment");
    const manager = await createStaff(db, "programme_manager");
    await declareNoConflict(db, { applicationId: sent.applicationId, assessor: manager, now });
    const tooHigh = scored(4);
    tooHigh.scores.budget = { score: 6, comment: "" };
    expect(
      await saveAssessment(db, {
        applicationId: sent.applicationId,
        assessor: manager,
        assessment: tooHigh,
        now,
      }),
    ).toMatchObject({ ok: false, reason: "meetings.refused.criteria-changed" });
    const missing = scored(4);
    delete missing.scores.budget;
    expect(
      await saveAssessment(db, {
        applicationId: sent.applicationId,
        assessor: manager,
        assessment: missing,
        now,
      }),
    ).toMatchObject({ ok: false, reason: "meetings.refused.criteria-changed" });
    const [row] = await assessmentRows(sent.applicationId);
    expect(row?.submittedAt).toBeNull();
  });

  it("lets several assessors assess, one assessment each, and averages them", async () => {
    const { db } = database;
    const sent = await seedCase(db, "in_assessment");
    const adviser = await createStaff(db, "adviser", "kirkenes");
    const manager = await createStaff(db, "programme_manager");
    for (const [assessor, assessment] of [
      [adviser, scored(4, 50_000)],
      [manager, scored(2, null)],
    ] as const) {
      await declareNoConflict(db, { applicationId: sent.applicationId, assessor, now });
      await declareNoConflict(db, { applicationId: sent.applicationId, assessor, now });
      await saveAssessment(db, { applicationId: sent.applicationId, assessor, assessment, now });
    }
    // Editing replaces the assessor's own assessment; it never adds a second one.
    await saveAssessment(db, {
      applicationId: sent.applicationId,
      assessor: adviser,
      assessment: scored(5, 70_000),
      now,
    });
    const rows = await listAssessments(db, sent.applicationId);
    expect(rows).toHaveLength(2);
    const summary = summariseAssessments(rows, criteria);
    expect(summary).toMatchObject({
      submitted: 2,
      overall: 3.5,
      approve: 1,
      reject: 1,
      averageAmount: 70_000,
    });
    expect(summary.averages.cooperation).toBe(3.5);
  });

  it("keeps an adviser of another office out, and freezes assessments once the case leaves assessment", async () => {
    const { db } = database;
    const sent = await seedCase(db, "in_assessment");
    const elsewhere = await createStaff(db, "adviser", "murmansk");
    const board = await createStaff(db, "board_member");
    // Another office's case does not exist for the adviser; the board does not assess.
    expect(
      await declareNoConflict(db, { applicationId: sent.applicationId, assessor: elsewhere, now }),
    ).toEqual(notFound());
    expect(
      await declareNoConflict(db, { applicationId: sent.applicationId, assessor: board, now }),
    ).toMatchObject({
      ok: false,
      why: "forbidden",
      reason: "meetings.refused.forbidden",
    });
    const manager = await createStaff(db, "programme_manager");
    await declareNoConflict(db, { applicationId: sent.applicationId, assessor: manager, now });
    await db
      .update(applications)
      .set({ status: "ready_for_decision" })
      .where(eq(applications.id, sent.applicationId));
    expect(
      await saveAssessment(db, {
        applicationId: sent.applicationId,
        assessor: manager,
        assessment: scored(4),
        now,
      }),
    ).toMatchObject({
      ok: false,
      why: "state",
      reason: "meetings.refused.not-in-assessment",
      params: { state: { message: "case.state.ready_for_decision" } },
    });
  });

  it("completes the assessment only when someone has submitted one", async () => {
    const { db } = database;
    const sent = await seedCase(db, "in_assessment");
    const adviser = await createStaff(db, "adviser", "kirkenes");
    await declareNoConflict(db, { applicationId: sent.applicationId, assessor: adviser, now });
    const refused = await completeAssessment(db, {
      applicationId: sent.applicationId,
      actor: adviser,
      now,
      mail,
    });
    expect(refused).toMatchObject({
      ok: false,
      reason: "meetings.refused.no-assessment",
      params: { state: { message: "case.state.in_assessment" } },
    });
    await saveAssessment(db, {
      applicationId: sent.applicationId,
      assessor: adviser,
      assessment: scored(4),
      now,
    });
    const done = await completeAssessment(db, {
      applicationId: sent.applicationId,
      actor: adviser,
      now,
      mail,
    });
    expect(done).toMatchObject({ ok: true, value: { from: "in_assessment", to: "ready_for_decision" } });
    const [application] = await db
      .select({ status: applications.status })
      .from(applications)
      .where(and(eq(applications.id, sent.applicationId)));
    expect(application?.status).toBe("ready_for_decision");
  });
});
