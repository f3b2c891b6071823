import type { ProgrammeRules } from "#domain/programmes/programme-rules.ts";
import { findBarentsRegion } from "#domain/regions/barents-regions.ts";
import type { DraftPartner } from "../application-draft.ts";
import { type EligibilityRule, type RuleParam, ruleResult } from "../rule-result.ts";

const id = "partners";

/**
 * A partner counts when it is in one of the programme's partner regions and countries. Partners
 * elsewhere may take part (any country, organisation or person) but do not make the project eligible.
 */
export function isEligiblePartner(partner: DraftPartner, rules: ProgrammeRules): boolean {
  if (partner.region === undefined || !rules.partnerRegions.includes(partner.region)) return false;
  const country = partner.country ?? findBarentsRegion(partner.region)?.country;
  if (country === undefined || !rules.partnerCountries.includes(country)) return false;
  // A known region must lie in the stated country ("ru-murmansk" is not in Sweden).
  const regionCountry = findBarentsRegion(partner.region)?.country;
  return regionCountry === undefined || regionCountry === country;
}

export const partners: EligibilityRule = (draft, rules) => {
  const regions: RuleParam = { list: rules.partnerRegions.map((region) => ({ region })) };
  const list = draft.partners ?? [];
  if (list.length === 0)
    return ruleResult(id, "not-applicable", "eligibility.partners.missing", {
      count: rules.minPartners,
      regions,
    });
  const count = list.filter((partner) => isEligiblePartner(partner, rules)).length;
  if (count >= rules.minPartners)
    return ruleResult(id, "pass", "eligibility.partners.pass", { count, min: rules.minPartners });
  return ruleResult(id, "fail", "eligibility.partners.fail", { count, min: rules.minPartners, regions }, [
    "partners",
  ]);
};
