import { eq } from "drizzle-orm";
import type { Db, Tx } from "#db/connection.ts";
import { type ApplicationRecord, applications } from "#db/schema.ts";
import { caseAccessOf } from "#domain/access/case-access.server.ts";
import { checkCaseAccess } from "#domain/access/case-access.ts";
import type { Person } from "#domain/access/case-scope.ts";
import { recordApplicationEvent } from "#domain/applications/application-events.server.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { syncCaseToCatalogue } from "#domain/catalogue/sync-case-to-catalogue.server.ts";
import { done, notFound, type Refused, type Result } from "#domain/result.ts";
import type { CaseState } from "#vocabulary/vocabulary.ts";
import { refusedByAccess, stateParam } from "./case-refusal.ts";
import { type CaseTransitionId, caseTransitions } from "./case-transitions.ts";
import { lockApplication } from "./lock-application.server.ts";
import { sendCaseUpdate } from "./send-case-update.server.ts";

export interface TransitionInput {
  applicationId: string;
  transition: CaseTransitionId;
  actor: Person;
  now: Date;
  /** Shown in the history (a reason, a decision's amount); never personal data. */
  data?: Record<string, unknown>;
  mail: { smtpEnabled: boolean; baseUrl: string };
  /**
   * The transition's own writes (a screening outcome, a grant, a decision), in the same transaction
   * after the checks and before the state changes. Return a refusal to abort with nothing written
   * (the case's state is added to its parameters, for the messages that name it).
   */
  apply?: (tx: Tx, application: ApplicationRecord) => Promise<Refused | undefined>;
}

/** What a named step of the workflow (complete the assessment, accept the grant…) is given. */
export type CaseStepInput = Pick<TransitionInput, "applicationId" | "actor" | "now" | "mail">;

/** The step taken (from one state to the next), or why not (domain/result.ts). */
export type TransitionResult = Result<{ from: CaseState; to: CaseState }>;

/**
 * Moves a case along the workflow: the one door every state change goes through. Under the
 * application's row lock it asks the access rules (domain/access/case-access.ts) whether the actor
 * may take this step now (the workflow table's actors and states, the office and board rules; a
 * case the actor does not see is not found, as an unknown id), runs the transition's own writes,
 * changes the state, and records one history event, one audit entry and the notifications the
 * table names (sendCaseUpdate: in-app, and e-mail unless the person turned
 * that kind off; delivered after the commit without the caller doing anything). All or nothing.
 * Given a transaction, it runs inside it (a savepoint), so a caller's own writes and the state
 * change commit together.
 */
export async function transitionCase(db: Db | Tx, input: TransitionInput): Promise<TransitionResult> {
  return db.transaction(async (tx) => {
    const application = await lockApplication(tx, input.applicationId);
    if (!application) return notFound();
    const from = application.status;
    const verdict = checkCaseAccess(await caseAccessOf(tx, application, input.actor), input.transition);
    if (!verdict.allowed)
      return verdict.kind === "hidden" ? notFound() : refusedByAccess(verdict.refusal, from);
    const refusal = input.apply ? await input.apply(tx, application) : undefined;
    if (refusal) return { ...refusal, params: { ...stateParam(from), ...refusal.params } };

    const transition = caseTransitions[input.transition];
    const to: CaseState = transition.to;
    await tx
      .update(applications)
      .set({ status: to, updatedAt: input.now })
      .where(eq(applications.id, application.id));
    await recordApplicationEvent(tx, {
      applicationId: application.id,
      kind: input.transition,
      actorId: input.actor.id,
      at: input.now,
      data: { from, to, ...input.data },
    });
    await recordAuditEntry(tx, {
      actor: { id: input.actor.id, label: `user:${input.actor.id}` },
      action: `case.${input.transition}`,
      entityType: "application",
      entityId: application.id,
      before: { status: from },
      after: { status: to, ...input.data },
      at: input.now,
    });
    // The public catalogue shows a project from its approval on, and never a case that is not.
    await syncCaseToCatalogue(tx, application.id);
    await sendCaseUpdate(tx, {
      application: { ...application, status: to },
      transition: input.transition,
      actorId: input.actor.id,
      mail: input.mail,
    });
    return done({ from, to });
  });
}
