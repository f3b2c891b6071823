import { byStage, type EligibilityMessageKey, type EligibilityRule, ruleResult } from "../rule-result.ts";
import { hasText, isBlank } from "./draft-text.ts";

// The one rule that reports missing information; the others are "not applicable" until their data
// is there, so a half-written draft gets one list of what is left instead of a wall of failures.
export const requiredFields: EligibilityRule = (draft, _rules, ctx) => {
  const checks: [boolean, EligibilityMessageKey, string][] = [
    [hasText(draft.project?.title), "eligibility.required.field.title", "project.title"],
    [hasText(draft.project?.summary), "eligibility.required.field.summary", "project.summary"],
    [hasText(draft.project?.cooperation), "eligibility.required.field.cooperation", "project.cooperation"],
    [
      !isBlank(draft.applicant?.organisationNumber),
      "eligibility.required.field.organisationNumber",
      "applicant.organisationNumber",
    ],
    [!isBlank(draft.applicant?.region), "eligibility.required.field.applicantRegion", "applicant.region"],
    [(draft.partners ?? []).length > 0, "eligibility.required.field.partners", "partners"],
    [!isBlank(draft.priorityArea), "eligibility.required.field.priorityArea", "priorityArea"],
    [!isBlank(draft.dates?.start), "eligibility.required.field.startDate", "dates.start"],
    [!isBlank(draft.dates?.end), "eligibility.required.field.endDate", "dates.end"],
    [(draft.budget ?? []).length > 0, "eligibility.required.field.budget", "budget"],
    [draft.financing?.requested !== undefined, "eligibility.required.field.requested", "financing.requested"],
  ];
  const missing = checks.filter(([present]) => !present);
  if (missing.length === 0) return ruleResult("required-fields", "pass", "eligibility.required.pass");
  return ruleResult(
    "required-fields",
    byStage(ctx),
    "eligibility.required.missing",
    {
      count: missing.length,
      fields: { list: missing.map(([, key]) => ({ message: { key, params: {} } })) },
    },
    missing.map(([, , path]) => path),
  );
};
