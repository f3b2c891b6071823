import { computeTotals, totalsAreReliable } from "../compute-totals.ts";
import { type EligibilityRule, ruleResult } from "../rule-result.ts";

const id = "budget-balanced";

// Costs and financing must be equal to the krone. Own work sits on both sides (see compute-totals),
// so what has to match is the cash: requested + own funds + partners + other sources = cost lines.
export const budgetBalanced: EligibilityRule = (draft, rules) => {
  if (!totalsAreReliable(draft, rules)) return ruleResult(id, "not-applicable", "eligibility.fixBudgetFirst");
  if ((draft.budget ?? []).length === 0 || draft.financing?.requested === undefined)
    return ruleResult(id, "not-applicable", "eligibility.budget.missing");
  const totals = computeTotals(draft, rules);
  const params = { financing: { nok: totals.financing }, total: { nok: totals.totalCosts } };
  if (totals.difference === 0) return ruleResult(id, "pass", "eligibility.budget.pass", params);
  const fields = [
    "financing.requested",
    "financing.ownFunds",
    "financing.partnerContributions",
    "financing.otherSources",
  ];
  return ruleResult(
    id,
    "fail",
    totals.difference < 0 ? "eligibility.budget.short" : "eligibility.budget.over",
    { ...params, difference: { nok: Math.abs(totals.difference) } },
    fields,
  );
};
