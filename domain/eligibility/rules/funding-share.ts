import { computeTotals, totalsAreReliable } from "../compute-totals.ts";
import { type EligibilityRule, ruleResult } from "../rule-result.ts";

const id = "funding-share";

// The programme funds at most a share of the total costs (own work included, at its rates): 70 %,
// 50 % for business projects, everything when the total is under the floor. The comparison is exact
// (requested x 100 <= limit x total, in integers); the share shown is rounded towards the verdict,
// so a request of 70.004 % reads "70.01 %" and fails, never "70 %" and fails.
export const fundingShare: EligibilityRule = (draft, rules) => {
  if (!totalsAreReliable(draft, rules)) return ruleResult(id, "not-applicable", "eligibility.fixBudgetFirst");
  const totals = computeTotals(draft, rules);
  if (draft.financing?.requested === undefined || totals.totalCosts === 0)
    return ruleResult(id, "not-applicable", "eligibility.fundingShare.missing");
  const { requested, totalCosts: total, maxSharePercent: max, maxShareBasis: basis } = totals;
  const fields = ["financing.requested"];

  if (basis === "full") {
    const params = {
      requested: { nok: requested },
      total: { nok: total },
      floor: { nok: rules.funding.fullFundingBelowTotalCost },
    };
    return requested <= total
      ? ruleResult(id, "pass", "eligibility.fundingShare.fullPass", params)
      : ruleResult(id, "fail", "eligibility.fundingShare.fullFail", params, fields);
  }

  const exceeds = requested * 100 > max * total;
  const hundredths = (requested * 10_000) / total;
  const share = (exceeds ? Math.ceil(hundredths) : Math.floor(hundredths)) / 100;
  const params = {
    share: { percent: share },
    max: { percent: max },
    requested: { nok: requested },
    total: { nok: total },
    maxRequested: { nok: totals.maxRequested },
  };
  if (basis === "business")
    return exceeds
      ? ruleResult(id, "fail", "eligibility.fundingShare.businessFail", params, fields)
      : ruleResult(id, "pass", "eligibility.fundingShare.businessPass", params);
  return exceeds
    ? ruleResult(id, "fail", "eligibility.fundingShare.fail", params, fields)
    : ruleResult(id, "pass", "eligibility.fundingShare.pass", params);
};
