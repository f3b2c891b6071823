import { formatNok } from "#domain/i18n/format.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import type { CaseState, Locale, PaymentKind } from "#vocabulary/vocabulary.ts";
import {
  advanceStates,
  finalPaymentStates,
  type GrantTerms,
  type PaymentOption,
  type PaymentRequestRefusal,
} from "./payment-amounts.ts";

/** Why a payment cannot be asked for (or not this amount), in the reader's words. */
export function describePaymentRefusal(
  t: Translate,
  locale: Locale,
  refusal: { reason: PaymentRequestRefusal; max?: number; state?: string },
  grant: GrantTerms | null,
): string {
  const max = formatNok(locale, refusal.max ?? 0);
  switch (refusal.reason) {
    case "wrong-state":
      return t("payments.refused.wrong-state", {
        state: refusal.state ? t(`application.status.${refusal.state as "running"}`) : "",
      });
    case "above-advance-share":
      return t("payments.refused.above-advance-share", { max, percent: grant?.advanceMaxPercent ?? 0 });
    case "above-grant":
      return t("payments.refused.above-grant", { max, grant: formatNok(locale, grant?.amount ?? 0) });
    default:
      return t(`payments.refused.${refusal.reason}`);
  }
}

/** The page's sentence for a kind of payment that cannot be asked for now. */
export function describeUnavailable(
  t: Translate,
  kind: "advance" | "final",
  option: Extract<PaymentOption, { allowed: false }>,
): string {
  if (option.reason === "wrong-state")
    return t(kind === "advance" ? "payments.advance.notNow" : "payments.final.notNow");
  return t(`payments.refused.${option.reason}`);
}

/** Why no payment can be asked for now, in the grantee's words. */
export function unavailableSentences(
  t: Translate,
  state: CaseState,
  options: { kind: PaymentKind; option: PaymentOption }[],
): string[] {
  const [advance, final] = options.map((o) => o.option);
  if (advanceStates.includes(state)) {
    return [
      ...(advance && !advance.allowed ? [describeUnavailable(t, "advance", advance)] : []),
      t("payments.final.notNow"),
    ];
  }
  if (finalPaymentStates.includes(state) && final && !final.allowed)
    return [describeUnavailable(t, "final", final)];
  return [t(state === "closed" ? "payments.closed" : "payments.notNow")];
}
