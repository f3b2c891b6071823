import crypto from "node:crypto";
import type { Db } from "#db/connection.ts";
import { payments } from "#db/schema.ts";
import { caseAccessOf } from "#domain/access/case-access.server.ts";
import { checkCaseAccess } from "#domain/access/case-access.ts";
import type { Person } from "#domain/access/case-scope.ts";
import { recordApplicationEvent } from "#domain/applications/application-events.server.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { lockApplication } from "#domain/cases/lock-application.server.ts";
import { done, forbidden, notFound, type ReasonParams, type Result, refused } from "#domain/result.ts";
import type { CaseState } from "#vocabulary/vocabulary.ts";
import type { PaymentKind } from "../../vocabulary/vocabulary.ts";
import { findGrant, listCasePayments, type PaymentRecord } from "./find-grant.server.ts";
import { checkPaymentRequest, type GrantTerms, type PaymentRequestRefusal } from "./payment-amounts.ts";

export interface PaymentRequestInput {
  applicationId: string;
  kind: PaymentKind;
  amount: number;
  user: Person;
  now: Date;
}

/**
 * The payment asked for, not found, forbidden, or refused (`payments.refused.*`): a wrong amount is
 * invalid and names the amount field, with `max` (and the grant's `grant` and `percent`) as numbers
 * of kroner for the page to write in its reader's form; anything else is not now (state, with the
 * case's state as a message).
 */
export type PaymentRequestResult = Result<PaymentRecord>;

const aboutAmount: readonly PaymentRequestRefusal[] = [
  "amount-invalid",
  "above-advance-share",
  "above-grant",
];

function requestRefused(
  verdict: { reason: PaymentRequestRefusal; max?: number },
  state: CaseState,
  grant: GrantTerms | null,
) {
  const reason = `payments.refused.${verdict.reason}` as const;
  const params: ReasonParams = {};
  if (verdict.reason === "wrong-state") params.state = { message: `application.status.${state}` };
  if (verdict.max !== undefined) params.max = verdict.max;
  if (verdict.reason === "above-advance-share") params.percent = grant?.advanceMaxPercent ?? 0;
  if (verdict.reason === "above-grant") params.grant = grant?.amount ?? 0;
  return aboutAmount.includes(verdict.reason)
    ? refused(reason, { why: "invalid", params, fields: { amount: reason } })
    : refused(reason, { params });
}

/**
 * The grantee asks for the advance or the final payment. One transaction under the application's
 * row lock: the grant, the payments so far and the state are read after the lock is taken, so
 * concurrent requests (a double click, two members at once) are judged one after the other and the
 * payments never add up to more than the grant. A refusal writes nothing.
 */
export async function requestPayment(db: Db, input: PaymentRequestInput): Promise<PaymentRequestResult> {
  return db.transaction(async (tx) => {
    const application = await lockApplication(tx, input.applicationId);
    if (!application) return notFound();
    // Members of the applying organisation ask; the payment rules below say what, and why not now.
    const access = checkCaseAccess(await caseAccessOf(tx, application, input.user), "request_payment");
    if (!access.allowed && access.kind === "hidden") return notFound();
    if (!access.allowed && access.kind === "forbidden") return forbidden();

    const grant = await findGrant(tx, application.id);
    const existing = await listCasePayments(tx, application.id);
    const verdict = checkPaymentRequest(input.kind, input.amount, application.status, grant, existing);
    if (!verdict.ok) return requestRefused(verdict, application.status, grant);
    const [payment] = await tx
      .insert(payments)
      .values({
        id: crypto.randomUUID(),
        applicationId: application.id,
        kind: input.kind,
        amount: input.amount,
        status: "requested",
        requestedBy: input.user.id,
        requestedAt: input.now,
      })
      .returning();
    await recordApplicationEvent(tx, {
      applicationId: application.id,
      kind: "payment-requested",
      actorId: input.user.id,
      at: input.now,
      data: { kind: input.kind, amount: input.amount },
    });
    await recordAuditEntry(tx, {
      actor: { id: input.user.id, label: `user:${input.user.id}` },
      action: "payment.request",
      entityType: "payment",
      entityId: payment!.id,
      after: { applicationId: application.id, kind: input.kind, amount: input.amount, status: "requested" },
      at: input.now,
    });
    return done(payment!);
  });
}
