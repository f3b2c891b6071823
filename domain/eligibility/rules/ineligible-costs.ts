import type { ProgrammeRules } from "#domain/programmes/programme-rules.ts";
import { type EligibilityRule, ruleResult } from "../rule-result.ts";

const id = "ineligible-costs";

/**
 * The category id of one of the programme's ineligible costs, made from its English name
 * ("Humanitarian aid" -> "humanitarian-aid"). The programme rules name these costs but give them
 * no id; deriving it keeps them data (a manager adding "Alcohol" gets category "alcohol") until the
 * schema carries ids of its own.
 */
export function ineligibleCostId(cost: ProgrammeRules["ineligibleCosts"][number]): string {
  return cost.en
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export const ineligibleCosts: EligibilityRule = (draft, rules) => {
  const lines = draft.budget ?? [];
  if (lines.length === 0) return ruleResult(id, "not-applicable", "eligibility.ineligibleCosts.missing");
  const byId = new Map(rules.ineligibleCosts.map((cost) => [ineligibleCostId(cost), cost]));
  const found = lines.flatMap((line, index) => {
    const cost = line.category === undefined ? undefined : byId.get(line.category);
    return cost ? [{ index, cost }] : [];
  });
  const [first] = found;
  if (first === undefined) return ruleResult(id, "pass", "eligibility.ineligibleCosts.pass");
  const paths = found.map(({ index }) => `budget.${index}.category`);
  const params = { line: first.index + 1, category: { text: first.cost } };
  if (found.length === 1) return ruleResult(id, "fail", "eligibility.ineligibleCosts.fail", params, paths);
  return ruleResult(
    id,
    "fail",
    "eligibility.ineligibleCosts.failMany",
    { count: found.length, ...params },
    paths,
  );
};
