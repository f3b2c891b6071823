import { and, count, eq, isNotNull } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { assessments } from "#db/schema.ts";
import { refusedStep } from "#domain/cases/case-refusal.ts";
import {
  type CaseStepInput,
  type TransitionResult,
  transitionCase,
} from "#domain/cases/transition-case.server.ts";

/**
 * Ends the assessment: the case becomes ready for a meeting. Refused while no assessor has
 * submitted scores and a recommendation, checked under the application's lock with the transition.
 */
export async function completeAssessment(db: Db, input: CaseStepInput): Promise<TransitionResult> {
  return transitionCase(db, {
    ...input,
    transition: "complete_assessment",
    apply: async (tx, application) => {
      const [row] = await tx
        .select({ n: count() })
        .from(assessments)
        .where(and(eq(assessments.applicationId, application.id), isNotNull(assessments.submittedAt)));
      return (row?.n ?? 0) > 0 ? undefined : refusedStep("no-assessment");
    },
  });
}
