import type { ApplicationDraft } from "./application-draft.ts";
import type { EligibilityMessageKey, RuleMessage } from "./rule-result.ts";

// Amounts and counts a person could mistype. "Absurd" is set far above anything the programmes
// fund (about 30 MNOK a year in all), so only slips of the keyboard are caught, never a real budget.
export const plausibleLimits = {
  amountNok: 100_000_000,
  hoursPerLine: 100_000,
  persons: 100_000,
  days: 3_650,
} as const;

export interface AmountProblem {
  /** Path in the draft, "budget.0.amount". */
  path: string;
  /** Which field, as a message ("Budget line 1, amount"). */
  field: RuleMessage;
  problem: RuleMessage;
}

const problem = (key: EligibilityMessageKey, params: RuleMessage["params"] = {}): RuleMessage => ({
  key,
  params,
});

function moneyProblem(value: unknown): RuleMessage | null {
  if (value === undefined) return null;
  if (typeof value !== "number" || !Number.isFinite(value)) return problem("eligibility.problem.notNumber");
  if (value < 0) return problem("eligibility.problem.negative");
  if (!Number.isInteger(value)) return problem("eligibility.problem.notWholeKroner");
  if (value > plausibleLimits.amountNok)
    return problem("eligibility.problem.tooLarge", { max: { nok: plausibleLimits.amountNok } });
  return null;
}

function countProblem(value: unknown, max: number): RuleMessage | null {
  if (value === undefined) return null;
  if (typeof value !== "number" || !Number.isFinite(value)) return problem("eligibility.problem.notNumber");
  if (!Number.isInteger(value)) return problem("eligibility.problem.notWholeNumber");
  if (value < 1) return problem("eligibility.problem.atLeastOne");
  if (value > max) return problem("eligibility.problem.tooMany", { max });
  return null;
}

function hoursProblem(value: unknown): RuleMessage | null {
  if (value === undefined) return null;
  if (typeof value !== "number" || !Number.isFinite(value)) return problem("eligibility.problem.notNumber");
  if (value < 0) return problem("eligibility.problem.negative");
  if (value > plausibleLimits.hoursPerLine)
    return problem("eligibility.problem.tooMany", { max: plausibleLimits.hoursPerLine });
  return null;
}

/** Every amount, count and number of hours that cannot be right, in the order of the form. */
export function findAmountProblems(draft: ApplicationDraft): AmountProblem[] {
  const problems: AmountProblem[] = [];
  const add = (path: string, field: RuleMessage, found: RuleMessage | null) => {
    if (found) problems.push({ path, field, problem: found });
  };
  const field = (key: EligibilityMessageKey, line?: number): RuleMessage =>
    line === undefined ? { key, params: {} } : { key, params: { line } };

  (draft.budget ?? []).forEach((line, i) => {
    add(`budget.${i}.amount`, field("eligibility.field.budgetAmount", i + 1), moneyProblem(line.amount));
    if (!line.food) return;
    const foodAmountProblem = moneyProblem(line.food.amount);
    add(`budget.${i}.food.amount`, field("eligibility.field.foodAmount", i + 1), foodAmountProblem);
    if (
      !foodAmountProblem &&
      typeof line.food.amount === "number" &&
      typeof line.amount === "number" &&
      line.food.amount > line.amount
    )
      add(
        `budget.${i}.food.amount`,
        field("eligibility.field.foodAmount", i + 1),
        problem("eligibility.problem.foodMoreThanLine"),
      );
    add(
      `budget.${i}.food.persons`,
      field("eligibility.field.foodPersons", i + 1),
      countProblem(line.food.persons, plausibleLimits.persons),
    );
    add(
      `budget.${i}.food.days`,
      field("eligibility.field.foodDays", i + 1),
      countProblem(line.food.days, plausibleLimits.days),
    );
  });
  (draft.ownWork ?? []).forEach((line, i) => {
    add(`ownWork.${i}.hours`, field("eligibility.field.ownWorkHours", i + 1), hoursProblem(line.hours));
  });
  const financing = draft.financing ?? {};
  add("financing.requested", field("eligibility.field.requested"), moneyProblem(financing.requested));
  add("financing.ownFunds", field("eligibility.field.ownFunds"), moneyProblem(financing.ownFunds));
  add(
    "financing.partnerContributions",
    field("eligibility.field.partnerContributions"),
    moneyProblem(financing.partnerContributions),
  );
  add(
    "financing.otherSources",
    field("eligibility.field.otherSources"),
    moneyProblem(financing.otherSources),
  );
  return problems;
}
