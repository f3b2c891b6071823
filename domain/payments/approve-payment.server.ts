import { and, eq } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { type ApplicationRecord, payments } from "#db/schema.ts";
import { caseAccessOf } from "#domain/access/case-access.server.ts";
import { checkCaseAccess } from "#domain/access/case-access.ts";
import type { Person } from "#domain/access/case-scope.ts";
import { recordApplicationEvent } from "#domain/applications/application-events.server.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import type { CaseTransitionId } from "#domain/cases/case-transitions.ts";
import { lockApplication } from "#domain/cases/lock-application.server.ts";
import { transitionCase } from "#domain/cases/transition-case.server.ts";
import { done, forbidden, notFound, type Result, refused } from "#domain/result.ts";
import type { PaymentStatus } from "../../vocabulary/vocabulary.ts";
import { findGrant, listCasePayments } from "./find-grant.server.ts";
import { committedAmount } from "./payment-amounts.ts";

export const paymentDecisions = ["approve", "mark-paid", "refuse"] as const;
export type PaymentDecision = (typeof paymentDecisions)[number];

export function isPaymentDecision(value: unknown): value is PaymentDecision {
  return (paymentDecisions as readonly unknown[]).includes(value);
}

/** From which statuses each decision may be taken, and what it leads to. */
const decisionTable: Record<PaymentDecision, { from: readonly PaymentStatus[]; to: PaymentStatus }> = {
  approve: { from: ["requested"], to: "approved" },
  "mark-paid": { from: ["approved"], to: "paid" },
  refuse: { from: ["requested", "approved"], to: "refused" },
};

/** The decisions a payment in this status offers (the buttons a page shows). */
export function decisionsFor(status: PaymentStatus): PaymentDecision[] {
  return (Object.keys(decisionTable) as PaymentDecision[]).filter((d) =>
    decisionTable[d].from.includes(status),
  );
}

export interface PaymentDecisionInput {
  applicationId: string;
  paymentId: string;
  actor: Person;
  now: Date;
  mail: { smtpEnabled: boolean; baseUrl: string };
}

/**
 * The payment's new status and the workflow step it brought, not found, forbidden (`case.refused.*`:
 * why this person may not), or refused (`payments.decisionRefused.*`, with the payment's status as a
 * message): not from this status, or more than the grant.
 */
export type PaymentDecisionResult = Result<{ status: PaymentStatus; transition: CaseTransitionId | null }>;

// The secretariat's decisions on a payment, one operation each (approvePayment, markPaymentPaid,
// refusePayment), all through decidePayment below.

/**
 * Staff approve a requested payment, mark an approved one as paid, or refuse it: advisers of the
 * case's office and programme managers (the access rules' "decide_payment"). Under the
 * application's row lock, like requests, so a decision and a request never interleave.
 *
 * Paying moves the case on where the workflow says so, in the same transaction: the advance paid
 * while the grant is merely accepted starts the project (`start_project`), and the final payment
 * paid after the approved report closes the case (`close`). Both go through transitionCase, which
 * writes the history, audit entry and the applicant's notifications.
 */
export function approvePayment(db: Db, input: PaymentDecisionInput): Promise<PaymentDecisionResult> {
  return decidePayment(db, "approve", input);
}

/** Staff record that an approved payment has been paid out (which may start or close the case). */
export function markPaymentPaid(db: Db, input: PaymentDecisionInput): Promise<PaymentDecisionResult> {
  return decidePayment(db, "mark-paid", input);
}

/** Staff refuse a requested or approved payment. */
export function refusePayment(db: Db, input: PaymentDecisionInput): Promise<PaymentDecisionResult> {
  return decidePayment(db, "refuse", input);
}

/** The operation behind each button of the case's payments page. */
export const paymentDecisionOperations: Record<
  PaymentDecision,
  (db: Db, input: PaymentDecisionInput) => Promise<PaymentDecisionResult>
> = { approve: approvePayment, "mark-paid": markPaymentPaid, refuse: refusePayment };

async function decidePayment(
  db: Db,
  decision: PaymentDecision,
  input: PaymentDecisionInput,
): Promise<PaymentDecisionResult> {
  return db.transaction(async (tx) => {
    const application = await lockApplication(tx, input.applicationId);
    if (!application) return notFound();
    const verdict = checkCaseAccess(await caseAccessOf(tx, application, input.actor), "decide_payment");
    if (!verdict.allowed)
      return verdict.kind === "hidden" ? notFound() : forbidden(`case.refused.${verdict.refusal}`);
    const [payment] = await tx
      .select()
      .from(payments)
      .where(and(eq(payments.id, input.paymentId), eq(payments.applicationId, application.id)));
    if (!payment) return notFound();
    const status = { status: { message: `payments.status.${payment.status}` } } as const;

    const rule = decisionTable[decision];
    if (!rule.from.includes(payment.status))
      return refused("payments.decisionRefused.wrong-status", { params: status });
    if (decision === "approve") {
      // The request already counted; checked again in case the grant was lowered since.
      const grant = await findGrant(tx, application.id);
      const all = await listCasePayments(tx, application.id);
      if (!grant || committedAmount(all) > grant.amount)
        return refused("payments.decisionRefused.above-grant", { params: status });
    }

    const to = rule.to;
    const changes =
      decision === "approve"
        ? { status: to, approvedBy: input.actor.id, approvedAt: input.now }
        : decision === "mark-paid"
          ? { status: to, paidAt: input.now }
          : { status: to };
    await tx.update(payments).set(changes).where(eq(payments.id, payment.id));
    await recordApplicationEvent(tx, {
      applicationId: application.id,
      kind: `payment-${to}`,
      actorId: input.actor.id,
      at: input.now,
      data: { kind: payment.kind, amount: payment.amount },
    });
    await recordAuditEntry(tx, {
      actor: { id: input.actor.id, label: `user:${input.actor.id}` },
      action: `payment.${decision}`,
      entityType: "payment",
      entityId: payment.id,
      before: { status: payment.status },
      after: { status: to, kind: payment.kind, amount: payment.amount, applicationId: application.id },
      at: input.now,
    });

    const transition = followingTransition(payment.kind, to, application.status);
    if (transition) {
      // A nested transaction (a savepoint): the row lock is already ours, and a refusal of the
      // transition leaves the payment decision standing.
      const moved = await transitionCase(tx as unknown as Db, {
        applicationId: application.id,
        transition,
        actor: input.actor,
        now: input.now,
        data: { payment: payment.kind },
        mail: input.mail,
      });
      return done({ status: to, transition: moved.ok ? transition : null });
    }
    return done({ status: to, transition: null });
  });
}

/** The workflow step a paid payment brings with it, if any. */
export function followingTransition(
  kind: "advance" | "final",
  status: PaymentStatus,
  state: ApplicationRecord["status"],
): CaseTransitionId | null {
  if (status !== "paid") return null;
  if (kind === "advance" && state === "grant_accepted") return "start_project";
  if (kind === "final" && state === "report_approved") return "close";
  return null;
}
