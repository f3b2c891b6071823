import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { applications, payments } from "#db/schema.ts";
import { caseAccessOf } from "#domain/access/case-access.server.ts";
import { checkCaseAccess } from "#domain/access/case-access.ts";
import type { Person } from "#domain/access/case-scope.ts";
import { recordApplicationEvent } from "#domain/applications/application-events.server.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import type { CaseState } from "#vocabulary/vocabulary.ts";
import type { PaymentKind } from "../../vocabulary/vocabulary.ts";
import { findGrant, listCasePayments, type PaymentRecord } from "./find-grant.server.ts";
import { checkPaymentRequest, type PaymentRequestRefusal } from "./payment-amounts.ts";

export interface PaymentRequestInput {
  applicationId: string;
  kind: PaymentKind;
  amount: number;
  user: Person;
  now: Date;
}

export type PaymentRequestResult =
  | { ok: true; payment: PaymentRecord }
  | { ok: false; error: "not-found" }
  | { ok: false; error: "forbidden" }
  | { ok: false; error: "refused"; reason: PaymentRequestRefusal; max?: number; state: CaseState };

/**
 * The grantee asks for the advance or the final payment. One transaction under the application's
 * row lock: the grant, the payments so far and the state are read after the lock is taken, so
 * concurrent requests (a double click, two members at once) are judged one after the other and the
 * payments never add up to more than the grant. A refusal writes nothing.
 */
export async function requestPayment(db: Db, input: PaymentRequestInput): Promise<PaymentRequestResult> {
  return db.transaction(async (tx) => {
    const [application] = await tx
      .select()
      .from(applications)
      .where(eq(applications.id, input.applicationId))
      .for("update");
    if (!application) return { ok: false as const, error: "not-found" as const };
    // Members of the applying organisation ask; the payment rules below say what, and why not now.
    const access = checkCaseAccess(await caseAccessOf(tx, application, input.user), "request_payment");
    if (!access.allowed && access.kind === "hidden")
      return { ok: false as const, error: "not-found" as const };
    if (!access.allowed && access.kind === "forbidden")
      return { ok: false as const, error: "forbidden" as const };

    const grant = await findGrant(tx, application.id);
    const existing = await listCasePayments(tx, application.id);
    const verdict = checkPaymentRequest(input.kind, input.amount, application.status, grant, existing);
    if (!verdict.ok) {
      return {
        ok: false as const,
        error: "refused" as const,
        reason: verdict.reason,
        max: verdict.max,
        state: application.status,
      };
    }
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
    return { ok: true as const, payment: payment! };
  });
}
