import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { grants } from "#db/schema.ts";
import { refusedStep } from "#domain/cases/case-refusal.ts";
import {
  type CaseStepInput,
  type TransitionResult,
  transitionCase,
} from "#domain/cases/transition-case.server.ts";

/**
 * The applicant accepts the grant letter in the app: who and when are written on the grant with the
 * "accept_grant" transition, in one transaction. Only members of the applying organisation may
 * (the workflow table); a case without a grant row cannot be accepted.
 */
export async function acceptGrant(db: Db, input: CaseStepInput): Promise<TransitionResult> {
  return transitionCase(db, {
    ...input,
    transition: "accept_grant",
    apply: async (tx, application) => {
      const accepted = await tx
        .update(grants)
        .set({ acceptedBy: input.actor.id, acceptedAt: input.now })
        .where(and(eq(grants.applicationId, application.id), isNull(grants.acceptedAt)))
        .returning({ applicationId: grants.applicationId });
      return accepted.length === 1 ? undefined : refusedStep("no-grant");
    },
  });
}
