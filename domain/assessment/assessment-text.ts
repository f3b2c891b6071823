import { formatNok, formatNumber } from "#domain/i18n/format.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { commentField, scoreField } from "./assessment-input.ts";

// How an assessment reads: a score or an average with one decimal ("–" when there is none), and
// a recommendation in words, with the amount when it is to approve.

export function scoreText(locale: Locale, value: number | null | undefined): string {
  return value === null || value === undefined
    ? "–"
    : formatNumber(locale, value, { maximumFractionDigits: 1 });
}

export function recommendationText(
  t: Translate,
  locale: Locale,
  recommendation: "approve" | "reject" | null,
  amount: number | null,
): string {
  if (recommendation === "approve")
    return t("assessment.recommendation.approveAmount", { amount: formatNok(locale, amount ?? 0) });
  if (recommendation === "reject") return t("assessment.recommendation.reject");
  return t("assessment.notSubmitted");
}

/** The form's fields as the assessor last saved them, to edit again. */
export function assessmentFormDefaults(row: {
  scores: Record<string, { score: number; comment: string }>;
  recommendation: "approve" | "reject" | null;
  recommendedAmount: number | null;
  reasons: string | null;
}): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [id, entry] of Object.entries(row.scores)) {
    values[scoreField(id)] = String(entry.score);
    values[commentField(id)] = entry.comment;
  }
  if (row.recommendation) values.recommendation = row.recommendation;
  if (row.recommendedAmount !== null) values.amount = String(row.recommendedAmount);
  if (row.reasons) values.reasons = row.reasons;
  return values;
}
