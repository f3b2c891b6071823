import { z } from "zod";
import { readAmount } from "#domain/assessment/assessment-input.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import type { Decision } from "./record-decision.server.ts";

// A decision as typed at the meeting: approve with an amount (whole NOK) and optional conditions, or
// reject with reasons the applicant will read in the letter. Whether the amount fits what was asked
// and the budget left is the decision's own check, under its lock (record-decision.server.ts).

export const maxDecisionTextLength = 4000;

export const decisionInputSchema = (t: Translate) =>
  z
    .object({
      outcome: z.enum(["approve", "reject"], { error: t("meetings.error.outcome") }),
      amount: z.string().trim().max(20, t("meetings.error.amount")).optional(),
      conditions: z
        .string()
        .trim()
        .max(maxDecisionTextLength, t("form.tooLong", { max: maxDecisionTextLength }))
        .optional(),
      reasons: z
        .string()
        .trim()
        .max(maxDecisionTextLength, t("form.tooLong", { max: maxDecisionTextLength }))
        .optional(),
    })
    .superRefine((value, ctx) => {
      if (value.outcome === "approve") {
        const amount = readAmount(value.amount);
        if (amount === undefined || amount < 1)
          ctx.addIssue({ code: "custom", path: ["amount"], message: t("meetings.error.amount") });
      } else if (!value.reasons) {
        ctx.addIssue({ code: "custom", path: ["reasons"], message: t("meetings.error.reasons") });
      }
    })
    .transform(
      (value): Decision =>
        value.outcome === "approve"
          ? { outcome: "approve", amount: readAmount(value.amount)!, conditions: value.conditions || null }
          : { outcome: "reject", reasons: value.reasons ?? "" },
    );
