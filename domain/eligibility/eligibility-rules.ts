import type { EligibilityRule, RuleId } from "./rule-result.ts";
import { amountsValid } from "./rules/amounts-valid.ts";
import { applicantOrganisationNumber } from "./rules/applicant-organisation-number.ts";
import { applicantRegion } from "./rules/applicant-region.ts";
import { budgetBalanced } from "./rules/budget-balanced.ts";
import { decisionLevel } from "./rules/decision-level.ts";
import { foodCap } from "./rules/food-cap.ts";
import { fundingShare } from "./rules/funding-share.ts";
import { ineligibleCosts } from "./rules/ineligible-costs.ts";
import { languages } from "./rules/languages.ts";
import { ownWorkRates } from "./rules/own-work-rates.ts";
import { partners } from "./rules/partners.ts";
import { priorityArea } from "./rules/priority-area.ts";
import { projectPeriod } from "./rules/project-period.ts";
import { requiredAttachments } from "./rules/required-attachments.ts";
import { requiredFields } from "./rules/required-fields.ts";
import { startAfterSubmission } from "./rules/start-after-submission.ts";

/**
 * Every rule, in the order the review step lists them (the order of the form). The parameters
 * each rule reads (shares, rates, regions, caps) are the programme's data, never numbers in code.
 */
export const eligibilityRules: readonly { id: RuleId; check: EligibilityRule }[] = [
  { id: "required-fields", check: requiredFields },
  { id: "applicant-organisation-number", check: applicantOrganisationNumber },
  { id: "applicant-region", check: applicantRegion },
  { id: "partners", check: partners },
  { id: "priority-area", check: priorityArea },
  { id: "languages", check: languages },
  { id: "project-period", check: projectPeriod },
  { id: "start-after-submission", check: startAfterSubmission },
  { id: "amounts-valid", check: amountsValid },
  { id: "ineligible-costs", check: ineligibleCosts },
  { id: "food-cap", check: foodCap },
  { id: "own-work-rates", check: ownWorkRates },
  { id: "budget-balanced", check: budgetBalanced },
  { id: "funding-share", check: fundingShare },
  { id: "decision-level", check: decisionLevel },
  { id: "required-attachments", check: requiredAttachments },
];
