import { type EligibilityRule, type RuleParam, ruleResult } from "../rule-result.ts";
import { languagesUsed } from "./draft-text.ts";

const id = "languages";

// An application must be readable by the programme's advisers: at least one accepted language.
// Text in other languages is allowed (partners write in their own), but is not assessed.
export const languages: EligibilityRule = (draft, rules) => {
  const names = (codes: string[]): RuleParam => ({ list: codes.map((language) => ({ language })) });
  const accepted = names(rules.languages);
  const used = languagesUsed(draft);
  if (used.length === 0)
    return ruleResult(id, "not-applicable", "eligibility.languages.missing", { accepted });
  const acceptedUsed = used.filter((language) => rules.languages.includes(language));
  const other = used.filter((language) => !rules.languages.includes(language));
  if (acceptedUsed.length === 0)
    return ruleResult(id, "fail", "eligibility.languages.fail", { accepted, used: names(used) }, [
      "languages",
    ]);
  if (other.length > 0)
    return ruleResult(
      id,
      "warning",
      "eligibility.languages.warning",
      { unaccepted: names(other), accepted },
      ["languages"],
    );
  return ruleResult(id, "pass", "eligibility.languages.pass", { used: names(used) });
};
