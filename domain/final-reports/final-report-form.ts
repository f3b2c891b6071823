import { z } from "zod";
import { formatNok, formatNumber } from "#domain/i18n/format.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { findReportProblems, type ReportProblem, type ReportRules } from "./check-final-report.ts";
import type { FinalReportValues } from "./final-report-content.ts";

// The final report's forms: one schema each, used by the page's action on the server and by the
// browser before it sends. Amounts are typed as the applicant writes them ("60 000") and parsed to
// whole kroner here; an empty amount is 0, since most reports leave some categories unused.

export const maxReportText = 8000;
export const maxMediaText = 4000;
export const maxReportPhotos = 20;
export const maxReviewNote = 4000;
const maxAmount = 1_000_000_000;
const maxParticipants = 100_000;

/** What the form needs besides the translator: the categories it asks about and the rules. */
export interface ReportFormRules extends ReportRules {
  categoryIds: string[];
}

const requiredText = (t: Translate, max: number) =>
  z
    .string({ error: t("form.required") })
    .trim()
    .min(1, t("form.required"))
    .max(max, t("form.tooLong", { max }));

/** A whole number as typed ("60 000", "60000"); empty is 0 unless the field is required. */
export const wholeNumber = (t: Translate, max: number, required = false) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      const digits = (value ?? "").replace(/[\s\u00a0\u202f]/g, "");
      if (digits === "") {
        if (!required) return 0;
        ctx.addIssue({ code: "custom", message: t("form.required") });
        return z.NEVER;
      }
      if (!/^\d+$/.test(digits)) {
        ctx.addIssue({ code: "custom", message: t("payments.error.wholeNumber") });
        return z.NEVER;
      }
      const number = Number(digits);
      if (number > max) {
        ctx.addIssue({ code: "custom", message: t("payments.error.tooLarge", { max }) });
        return z.NEVER;
      }
      return number;
    });

/** One problem of the report in the reader's words. */
export function describeReportProblem(problem: ReportProblem, t: Translate, locale: Locale): string {
  switch (problem.code) {
    case "no-costs":
      return t("finalReport.error.noCosts");
    case "own-funding-share":
      return t("finalReport.error.ownFundingShare", {
        // Rounded down, so 29.96 % never reads as "30 %" beside a refusal.
        share: formatNumber(locale, Math.floor(problem.totals.ownFundingPercent * 10) / 10),
        own: formatNok(locale, problem.totals.ownFunding),
        total: formatNok(locale, problem.totals.costs),
        min: problem.minPercent,
      });
    case "grant-exceeded":
      return t("finalReport.error.grantExceeded", { grant: formatNok(locale, problem.grant) });
    case "auditor-name-required":
      return t("finalReport.error.auditorName");
    case "auditor-confirmation-required":
      return t("finalReport.error.auditorConfirmed");
  }
}

function isComplete(values: Partial<FinalReportValues>): values is FinalReportValues {
  const numbers = [
    values.participantsApplicant,
    values.participantsPartner,
    values.ownWorkActual,
    values.financingGrant,
    values.financingOwnFunds,
    values.financingPartners,
    values.financingOther,
    ...Object.values(values.actual ?? {}),
  ];
  return values.actual !== undefined && numbers.every((n) => typeof n === "number" && Number.isFinite(n));
}

export const finalReportSchema = (t: Translate, locale: Locale, rules: ReportFormRules) => {
  const amount = wholeNumber(t, maxAmount);
  return z
    .object({
      intent: z.literal("send").optional(),
      done: requiredText(t, maxReportText),
      results: requiredText(t, maxReportText),
      cooperation: requiredText(t, maxReportText),
      media: z
        .string()
        .trim()
        .max(maxMediaText, t("form.tooLong", { max: maxMediaText }))
        .optional()
        .transform((v) => v ?? ""),
      participantsApplicant: wholeNumber(t, maxParticipants, true),
      participantsPartner: wholeNumber(t, maxParticipants, true),
      actual: z.object(Object.fromEntries(rules.categoryIds.map((id) => [id, amount]))).default({}),
      ownWorkActual: amount,
      financingGrant: amount,
      financingOwnFunds: amount,
      financingPartners: amount,
      financingOther: amount,
      auditorName: z
        .string()
        .trim()
        .max(200, t("form.tooLong", { max: 200 }))
        .refine((v) => !/[<>]/.test(v), t("account.name.noMarkup"))
        .optional(),
      auditorConfirmed: z.boolean().optional(),
      photos: z
        .array(z.object({ id: z.string().max(64), consent: z.boolean().optional() }))
        .max(maxReportPhotos)
        .optional(),
    })
    .superRefine((values, ctx) => {
      // The sums mean nothing while an amount is unreadable; that field's own error says so.
      if (!isComplete(values as Partial<FinalReportValues>)) return;
      for (const problem of findReportProblems(values as FinalReportValues, rules)) {
        ctx.addIssue({
          code: "custom",
          path: problem.field ? [problem.field] : [],
          message: describeReportProblem(problem, t, locale),
        });
      }
    });
};

export const reviewReportSchema = (t: Translate) =>
  z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("approve") }),
    z.object({ intent: z.literal("return"), note: requiredText(t, maxReviewNote) }),
  ]);
