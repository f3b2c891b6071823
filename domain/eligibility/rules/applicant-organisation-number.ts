import {
  formatOrganisationNumber,
  parseOrganisationNumber,
} from "#domain/organisations/organisation-number.ts";
import { type EligibilityRule, ruleResult } from "../rule-result.ts";
import { isBlank } from "./draft-text.ts";

const id = "applicant-organisation-number";

export const applicantOrganisationNumber: EligibilityRule = (draft, rules) => {
  // The check digit is the Brønnøysund register's; other countries' numbers have other rules.
  if (rules.applicantCountry !== "NO")
    return ruleResult(id, "not-applicable", "eligibility.orgNumber.notNorwegian");
  const typed = draft.applicant?.organisationNumber;
  if (typed === undefined || isBlank(typed))
    return ruleResult(id, "not-applicable", "eligibility.orgNumber.missing");
  const parsed = parseOrganisationNumber(typed);
  if (parsed.ok)
    return ruleResult(id, "pass", "eligibility.orgNumber.pass", {
      number: formatOrganisationNumber(parsed.value),
    });
  return ruleResult(
    id,
    "fail",
    "eligibility.orgNumber.fail",
    {
      number: typed.trim(),
      reason: { message: { key: `eligibility.orgNumber.reason.${parsed.reason}`, params: {} } },
    },
    ["applicant.organisationNumber"],
  );
};
