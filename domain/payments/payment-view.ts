import { formatDate, formatNok } from "#domain/i18n/format.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import type { Locale, PaymentKind, PaymentStatus } from "#vocabulary/vocabulary.ts";
import {
  advanceCeiling,
  committedAmount,
  type GrantTerms,
  type PaymentAmount,
  paidAmount,
  remainingAmount,
} from "./payment-amounts.ts";

// The payments as the pages show them, in the reader's language: the grantee's payments page, the
// case's payments page and the secretariat's list of all payments read the same figures the same way.

/** The grant and where its payments stand, as the summary at the top of both payments pages. */
export interface GrantSummary {
  amount: string;
  advanceMaxPercent: number;
  advanceCeiling: string;
  paid: string;
  pending: string;
  remaining: string;
}

export function grantSummary(
  locale: Locale,
  grant: GrantTerms | null,
  payments: readonly PaymentAmount[],
): GrantSummary | null {
  if (!grant) return null;
  return {
    amount: formatNok(locale, grant.amount),
    advanceMaxPercent: grant.advanceMaxPercent,
    advanceCeiling: formatNok(locale, advanceCeiling(grant)),
    paid: formatNok(locale, paidAmount(payments)),
    pending: formatNok(locale, committedAmount(payments) - paidAmount(payments)),
    remaining: formatNok(locale, remainingAmount(grant, payments)),
  };
}

/** One payment as a row of a table: what, how much, where it stands and when it moved. */
export interface PaymentRow {
  id: string;
  kind: string;
  amount: string;
  status: string;
  requested: string;
  approved: string;
  paid: string;
}

/** What a payment row shows: the payment's own facts, whichever list it comes from. */
export interface PaymentFacts {
  id: string;
  kind: PaymentKind;
  amount: number;
  status: PaymentStatus;
  requestedAt: Date;
  approvedAt: Date | null;
  paidAt: Date | null;
}

export function paymentRow(locale: Locale, t: Translate, payment: PaymentFacts): PaymentRow {
  const day = (date: Date | null) => (date ? formatDate(locale, date, "short") : "");
  return {
    id: payment.id,
    kind: t(`payments.kind.${payment.kind}`),
    amount: formatNok(locale, payment.amount),
    status: t(`payments.status.${payment.status}`),
    requested: day(payment.requestedAt),
    approved: day(payment.approvedAt),
    paid: day(payment.paidAt),
  };
}
