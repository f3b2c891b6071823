import { z } from "zod";
import { parseTypedNumber } from "#domain/applications/application-form.ts";
import type { Translate } from "#domain/i18n/translate.ts";

// One assessor's assessment as typed: a score 0-5 and a comment per criterion of the programme (the
// criteria stored with the version as sent), and a recommendation: approve with an amount between
// 1 and the amount asked for, or reject with reasons. A score of 0 or 1 needs a comment: a low score
// without a reason helps neither the meeting nor an applicant who appeals. One schema for the browser
// and the server; the fields are flat strings named after the criterion ids.

export const maxScore = 5;
export const lowScore = 1;
export const maxCommentLength = 2000;
export const maxReasonsLength = 4000;

export interface AssessmentInput {
  scores: Record<string, { score: number; comment: string }>;
  recommendation: "approve" | "reject";
  recommendedAmount: number | null;
  reasons: string | null;
}

export const scoreField = (criterionId: string) => `score-${criterionId}`;
export const commentField = (criterionId: string) => `comment-${criterionId}`;

export function assessmentInputSchema(t: Translate, terms: { criteria: string[]; requested: number }) {
  const shape: Record<string, z.ZodType<string | undefined>> = {};
  for (const id of terms.criteria) {
    shape[scoreField(id)] = z
      .string({ error: t("assessment.error.score") })
      .regex(/^[0-5]$/, t("assessment.error.score"));
    shape[commentField(id)] = z
      .string()
      .trim()
      .max(maxCommentLength, t("form.tooLong", { max: maxCommentLength }))
      .optional();
  }
  return z
    .object({
      ...shape,
      recommendation: z.enum(["approve", "reject"], { error: t("assessment.error.recommendation") }),
      amount: z
        .string()
        .trim()
        .max(20, t("assessment.error.amount", { max: terms.requested }))
        .optional(),
      reasons: z
        .string()
        .trim()
        .max(maxReasonsLength, t("form.tooLong", { max: maxReasonsLength }))
        .optional(),
    })
    .superRefine((value, ctx) => {
      const fields = value as Record<string, string | undefined>;
      for (const id of terms.criteria) {
        const score = fields[scoreField(id)];
        if (score !== undefined && Number(score) <= lowScore && !fields[commentField(id)]) {
          ctx.addIssue({
            code: "custom",
            path: [commentField(id)],
            message: t("assessment.error.commentForLowScore", { max: lowScore }),
          });
        }
      }
      if (value.recommendation === "approve") {
        const amount = readAmount(value.amount);
        if (amount === undefined || amount < 1 || amount > terms.requested) {
          ctx.addIssue({
            code: "custom",
            path: ["amount"],
            message: t("assessment.error.amount", { max: terms.requested }),
          });
        }
      }
      if (value.recommendation === "reject" && !value.reasons) {
        ctx.addIssue({ code: "custom", path: ["reasons"], message: t("assessment.error.reasons") });
      }
    })
    .transform((value): AssessmentInput => {
      const fields = value as Record<string, string | undefined>;
      const scores: AssessmentInput["scores"] = {};
      for (const id of terms.criteria) {
        scores[id] = { score: Number(fields[scoreField(id)]), comment: fields[commentField(id)] ?? "" };
      }
      return value.recommendation === "approve"
        ? {
            scores,
            recommendation: "approve",
            recommendedAmount: readAmount(value.amount) ?? null,
            reasons: null,
          }
        : { scores, recommendation: "reject", recommendedAmount: null, reasons: value.reasons ?? null };
    });
}

/** A whole number of NOK as people type it ("70 000", "70000"); undefined for anything else. */
export function readAmount(value: string | undefined): number | undefined {
  const number = parseTypedNumber(value);
  return number !== undefined && Number.isInteger(number) ? number : undefined;
}
