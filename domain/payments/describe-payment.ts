import { formatNok } from "#domain/i18n/format.ts";
import type { MessageParams, Translate } from "#domain/i18n/translate.ts";
import type { CaseState, Locale, PaymentKind } from "#vocabulary/vocabulary.ts";
import { advanceStates, finalPaymentStates, type PaymentOption } from "./payment-amounts.ts";

/**
 * A payment refusal's amounts (`max`, `grant`: numbers of kroner) in the reader's form, for its
 * message: `refusalFieldErrors(t, result, amountsInKroner(locale))`.
 */
export function amountsInKroner(locale: Locale): (params: MessageParams) => MessageParams {
  return (params) => {
    const shown = { ...params };
    for (const name of ["max", "grant"]) {
      const amount = params[name];
      if (typeof amount === "number") shown[name] = formatNok(locale, amount);
    }
    return shown;
  };
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
