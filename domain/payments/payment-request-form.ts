import { z } from "zod";
import { wholeNumber } from "#domain/final-reports/final-report-form.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import { paymentKinds } from "#vocabulary/vocabulary.ts";

// The grantee's request for a payment: which one (the button's intent) and how much. One schema for
// the server's action and the browser's check.

const maxAmount = 1_000_000_000;

export const paymentRequestSchema = (t: Translate) =>
  z.object({
    intent: z.enum(paymentKinds, { error: t("form.invalid") }),
    amount: wholeNumber(t, maxAmount, true),
  });
