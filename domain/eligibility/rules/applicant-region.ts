import { findBarentsRegion } from "#domain/regions/barents-regions.ts";
import { type EligibilityRule, type RuleParam, ruleResult } from "../rule-result.ts";
import { isBlank } from "./draft-text.ts";

const id = "applicant-region";

export const applicantRegion: EligibilityRule = (draft, rules) => {
  const regions: RuleParam = { list: rules.applicantRegions.map((region) => ({ region })) };
  const { region, country } = draft.applicant ?? {};
  if (region === undefined || isBlank(region))
    return ruleResult(id, "not-applicable", "eligibility.applicantRegion.missing", { regions });
  const inCountry = country === undefined || country === rules.applicantCountry;
  if (inCountry && rules.applicantRegions.includes(region))
    return ruleResult(id, "pass", "eligibility.applicantRegion.pass", { region: { region } });
  // Name the place as precisely as we can: a known region, else the country, else what was sent.
  const place: RuleParam = findBarentsRegion(region)
    ? { region }
    : country !== undefined && !inCountry
      ? { country }
      : region;
  return ruleResult(id, "fail", "eligibility.applicantRegion.fail", { place, regions }, ["applicant.region"]);
};
