import { asc, eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { assessments, users } from "#db/schema.ts";

export interface AssessmentRow {
  id: string;
  assessorId: string;
  assessorName: string;
  noConflictDeclaredAt: Date | null;
  scores: Record<string, { score: number; comment: string }>;
  recommendation: "approve" | "reject" | null;
  recommendedAmount: number | null;
  reasons: string | null;
  submittedAt: Date | null;
}

/** Every assessment of the case, declared-only ones included (they show who is working on it). */
export async function listAssessments(q: Queryable, applicationId: string): Promise<AssessmentRow[]> {
  const rows = await q
    .select({ assessment: assessments, assessorName: users.name })
    .from(assessments)
    .innerJoin(users, eq(users.id, assessments.assessorId))
    .where(eq(assessments.applicationId, applicationId))
    .orderBy(asc(assessments.createdAt), asc(assessments.id));
  // The row as the table holds it, less what the case already says (its id) and the bookkeeping.
  return rows.map(
    ({ assessment: { applicationId: _case, createdAt: _created, ...assessment }, assessorName }) => ({
      ...assessment,
      assessorName,
    }),
  );
}

export interface AssessmentSummary {
  /** Submitted assessments only: a declaration without scores is not an assessment yet. */
  submitted: number;
  /** Average score per criterion id, null when nobody has scored it. */
  averages: Record<string, number | null>;
  /** The average of every submitted score, null when there are none. */
  overall: number | null;
  approve: number;
  reject: number;
  /** The average amount recommended by those who recommend approval, whole NOK. */
  averageAmount: number | null;
}

/** Averages for the page and the meeting's agenda; pure, from the rows above. */
export function summariseAssessments(rows: AssessmentRow[], criteria: string[]): AssessmentSummary {
  const submitted = rows.filter((row) => row.submittedAt !== null);
  const average = (values: number[]) =>
    values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
  const averages: Record<string, number | null> = {};
  for (const id of criteria) {
    averages[id] = average(
      submitted.map((row) => row.scores[id]?.score).filter((s): s is number => s !== undefined),
    );
  }
  const amounts = submitted
    .filter((row) => row.recommendation === "approve" && row.recommendedAmount !== null)
    .map((row) => row.recommendedAmount!);
  const meanAmount = average(amounts);
  return {
    submitted: submitted.length,
    averages,
    overall: average(submitted.flatMap((row) => Object.values(row.scores).map((entry) => entry.score))),
    approve: submitted.filter((row) => row.recommendation === "approve").length,
    reject: submitted.filter((row) => row.recommendation === "reject").length,
    averageAmount: meanAmount === null ? null : Math.round(meanAmount),
  };
}
