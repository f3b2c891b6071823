import { type EligibilityRule, ruleResult } from "../rule-result.ts";
import { isBlank } from "./draft-text.ts";

const id = "priority-area";

export const priorityArea: EligibilityRule = (draft, rules) => {
  const chosen = draft.priorityArea;
  if (chosen === undefined || isBlank(chosen))
    return ruleResult(id, "not-applicable", "eligibility.priorityArea.missing");
  const area = rules.priorityAreas.find((candidate) => candidate.id === chosen);
  if (area) return ruleResult(id, "pass", "eligibility.priorityArea.pass", { area: { text: area.name } });
  return ruleResult(
    id,
    "fail",
    "eligibility.priorityArea.fail",
    { area: chosen, areas: { list: rules.priorityAreas.map((candidate) => ({ text: candidate.name })) } },
    ["priorityArea"],
  );
};
