import { findAmountProblems, plausibleLimits } from "../find-amount-problems.ts";
import { type EligibilityRule, ruleResult } from "../rule-result.ts";

const id = "amounts-valid";

export const amountsValid: EligibilityRule = (draft) => {
  const problems = findAmountProblems(draft);
  const [first] = problems;
  if (first === undefined) {
    const financing = draft.financing ?? {};
    const anything =
      (draft.budget ?? []).length > 0 ||
      (draft.ownWork ?? []).length > 0 ||
      Object.values(financing).some((value) => value !== undefined);
    return anything
      ? ruleResult(id, "pass", "eligibility.amounts.pass", { max: { nok: plausibleLimits.amountNok } })
      : ruleResult(id, "not-applicable", "eligibility.amounts.missing");
  }
  const paths = [...new Set(problems.map((problem) => problem.path))];
  const detail = { field: { message: first.field }, problem: { message: first.problem } };
  if (problems.length === 1) return ruleResult(id, "fail", "eligibility.amounts.fail", detail, paths);
  return ruleResult(id, "fail", "eligibility.amounts.failMany", { count: problems.length, ...detail }, paths);
};
