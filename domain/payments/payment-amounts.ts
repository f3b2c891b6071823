import type { CaseState } from "#vocabulary/vocabulary.ts";
import {
  type PaymentKind,
  type PaymentStatus,
  paymentKinds,
  paymentStatuses,
} from "#vocabulary/vocabulary.ts";

// What may be paid out of a grant, as pure arithmetic on whole kroner. The same functions decide
// which forms the pages show and what the server accepts under the application's row lock.
//
// The invariant: the payments that are not refused (requested, approved or paid) never add up to
// more than the grant. A request counts from the moment it is made, so two requests cannot each
// take the same remainder; a refusal gives its amount back.

export function isPaymentKind(value: unknown): value is PaymentKind {
  return (paymentKinds as readonly unknown[]).includes(value);
}
export function isPaymentStatus(value: unknown): value is PaymentStatus {
  return (paymentStatuses as readonly unknown[]).includes(value);
}

/** States in which the grantee may ask for the advance: the grant letter accepted, or the project running. */
export const advanceStates: readonly CaseState[] = ["grant_accepted", "running"];
/** The final payment follows the approved final report. */
export const finalPaymentStates: readonly CaseState[] = ["report_approved"];

export interface PaymentAmount {
  kind: PaymentKind;
  amount: number;
  status: PaymentStatus;
}

export interface GrantTerms {
  amount: number;
  advanceMaxPercent: number;
}

/** The largest advance: the programme's share of the grant, rounded down to whole kroner. */
export function advanceCeiling(grant: GrantTerms): number {
  return Math.floor((grant.amount * grant.advanceMaxPercent) / 100);
}

/** Requested, approved and paid: everything that is, or will be, paid out. */
export function committedAmount(payments: readonly PaymentAmount[]): number {
  return payments.filter((p) => p.status !== "refused").reduce((sum, p) => sum + p.amount, 0);
}

export function paidAmount(payments: readonly PaymentAmount[]): number {
  return payments.filter((p) => p.status === "paid").reduce((sum, p) => sum + p.amount, 0);
}

/** What is left of the grant once every payment that is not refused is counted. */
export function remainingAmount(grant: GrantTerms, payments: readonly PaymentAmount[]): number {
  return Math.max(0, grant.amount - committedAmount(payments));
}

export type PaymentRequestRefusal =
  | "no-grant"
  | "wrong-state"
  | "advance-exists"
  | "final-exists"
  | "nothing-left"
  | "amount-invalid"
  | "above-advance-share"
  | "above-grant";

export type PaymentOption =
  | { allowed: true; max: number }
  | {
      allowed: false;
      reason: Exclude<PaymentRequestRefusal, "amount-invalid" | "above-advance-share" | "above-grant">;
    };

/**
 * Whether the grantee may ask for a payment of this kind now, and for at most how much. Pure: the
 * page shows the form (or why not) from it, and the request is refused by it.
 */
export function paymentOption(
  kind: PaymentKind,
  state: CaseState,
  grant: GrantTerms | null,
  payments: readonly PaymentAmount[],
): PaymentOption {
  if (!grant) return { allowed: false, reason: "no-grant" };
  const live = payments.filter((p) => p.kind === kind && p.status !== "refused");
  const remaining = remainingAmount(grant, payments);
  if (kind === "advance") {
    if (!advanceStates.includes(state)) return { allowed: false, reason: "wrong-state" };
    if (live.length > 0) return { allowed: false, reason: "advance-exists" };
    const max = Math.min(advanceCeiling(grant), remaining);
    return max > 0 ? { allowed: true, max } : { allowed: false, reason: "nothing-left" };
  }
  if (!finalPaymentStates.includes(state)) return { allowed: false, reason: "wrong-state" };
  if (live.length > 0) return { allowed: false, reason: "final-exists" };
  return remaining > 0 ? { allowed: true, max: remaining } : { allowed: false, reason: "nothing-left" };
}

/**
 * The verdict on one requested amount: allowed, or the reason it is not. The advance is capped by
 * the programme's share, every payment by what is left of the grant.
 */
export function checkPaymentRequest(
  kind: PaymentKind,
  amount: number,
  state: CaseState,
  grant: GrantTerms | null,
  payments: readonly PaymentAmount[],
): { ok: true } | { ok: false; reason: PaymentRequestRefusal; max?: number } {
  const option = paymentOption(kind, state, grant, payments);
  if (!option.allowed) return { ok: false, reason: option.reason };
  if (!Number.isSafeInteger(amount) || amount <= 0) return { ok: false, reason: "amount-invalid" };
  const remaining = remainingAmount(grant!, payments);
  if (amount > remaining) return { ok: false, reason: "above-grant", max: remaining };
  if (kind === "advance" && amount > option.max)
    return { ok: false, reason: "above-advance-share", max: option.max };
  return { ok: true };
}
