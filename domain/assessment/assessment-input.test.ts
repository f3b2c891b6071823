import { describe, expect, it } from "vitest";
import { createTranslator } from "#domain/i18n/translate.ts";
import { assessmentInputSchema } from "./assessment-input.ts";

const t = createTranslator("en");
const schema = assessmentInputSchema(t, { criteria: ["cooperation", "budget"], requested: 70_000 });

const valid = {
  "score-cooperation": "4",
  "comment-cooperation": "Partners plan together.",
  "score-budget": "3",
  recommendation: "approve",
  amount: "60 000",
};

function errorsOf(input: Record<string, string | undefined>) {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe("an assessment as typed", () => {
  it("reads scores, comments and the recommended amount as people type them", () => {
    const result = schema.parse(valid);
    expect(result).toEqual({
      scores: {
        cooperation: { score: 4, comment: "Partners plan together." },
        budget: { score: 3, comment: "" },
      },
      recommendation: "approve",
      recommendedAmount: 60_000,
      reasons: null,
    });
  });

  it("refuses scores outside 0-5 and criteria left unscored", () => {
    expect(errorsOf({ ...valid, "score-budget": "6" })["score-budget"]).toBe("Choose a score from 0 to 5.");
    expect(errorsOf({ ...valid, "score-budget": "-1" })["score-budget"]).toBe("Choose a score from 0 to 5.");
    expect(errorsOf({ ...valid, "score-budget": "2.5" })["score-budget"]).toBe("Choose a score from 0 to 5.");
    expect(errorsOf({ ...valid, "score-budget": undefined })["score-budget"]).toBe(
      "Choose a score from 0 to 5.",
    );
  });

  it("asks for a comment on a score of 1 or lower", () => {
    expect(errorsOf({ ...valid, "score-budget": "1" })["comment-budget"]).toBe(
      "Explain a score of 1 or lower in a comment.",
    );
    expect(
      errorsOf({ ...valid, "score-budget": "0", "comment-budget": "No budget lines for travel." }),
    ).toEqual({});
  });

  it("refuses a recommended amount above the amount applied for, or none at all", () => {
    expect(errorsOf({ ...valid, amount: "70 001" }).amount).toBe(
      "Write a whole amount in NOK from 1 to 70,000 (the amount applied for).",
    );
    expect(errorsOf({ ...valid, amount: "0" }).amount).toBeDefined();
    expect(errorsOf({ ...valid, amount: "lots" }).amount).toBeDefined();
    expect(errorsOf({ ...valid, amount: "70000" })).toEqual({});
  });

  it("needs reasons for a recommended rejection, and no amount", () => {
    expect(errorsOf({ ...valid, recommendation: "reject", amount: undefined }).reasons).toBe(
      "Give the reasons for recommending rejection.",
    );
    const result = schema.parse({ ...valid, recommendation: "reject", reasons: "Weak cooperation." });
    expect(result.recommendedAmount).toBeNull();
    expect(result.reasons).toBe("Weak cooperation.");
  });
});
