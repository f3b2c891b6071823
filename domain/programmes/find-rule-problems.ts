import { barentsRegions } from "#domain/regions/barents-regions.ts";
import { barentsCountries } from "#vocabulary/vocabulary.ts";
import { ownWorkKinds, ownWorkSides } from "./own-work-kinds.ts";
import type { ProgrammeRules } from "./programme-rules.ts";

// What programmeRulesSchema cannot see field by field: rules that only make sense together. Each
// problem names the form field it belongs to (the rules form uses the rules' own names, flattened:
// "businessMaxSharePercent", "priorityAreas") and a code the form turns into a translated message.

export type RuleProblemCode =
  | "business-share-above-max"
  | "no-priority-area"
  | "duplicate-id"
  | "duplicate-rate"
  | "unknown-rate"
  | "no-deadline"
  | "bad-deadline"
  | "duplicate-deadline"
  | "no-applicant-region"
  | "applicant-region-outside-country"
  | "no-partner-country"
  | "bad-partner-country"
  | "no-partner-region"
  | "partner-region-outside-countries"
  | "partner-country-without-region"
  | "no-language"
  | "no-cost-category";

export type RuleProblemField =
  | "businessMaxSharePercent"
  | "priorityAreas"
  | "costCategories"
  | "requiredAttachments"
  | "ownWorkRates"
  | "boardDeadlines"
  | "applicantRegions"
  | "partnerCountries"
  | "partnerRegions"
  | "languages";

export interface RuleProblem {
  field: RuleProblemField;
  code: RuleProblemCode;
  /** What the message names: the repeated id, the bad deadline, the country. */
  detail?: string;
}

/** A yearly deadline "MM-DD" that exists every year (29 February does not). */
export function isYearlyDeadline(monthDay: string): boolean {
  if (!/^\d{2}-\d{2}$/.test(monthDay)) return false;
  const date = new Date(`2023-${monthDay}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(5, 10) === monthDay;
}

function firstRepeated(values: string[]): string | undefined {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return undefined;
}

export function findRuleProblems(
  rules: Omit<ProgrammeRules, "screeningChecklist" | "assessmentCriteria">,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const add = (field: RuleProblemField, code: RuleProblemCode, detail?: string) =>
    problems.push(detail === undefined ? { field, code } : { field, code, detail });

  if (rules.funding.businessMaxSharePercent > rules.funding.maxSharePercent)
    add("businessMaxSharePercent", "business-share-above-max");

  if (rules.priorityAreas.length === 0) add("priorityAreas", "no-priority-area");
  if (rules.costCategories.length === 0) add("costCategories", "no-cost-category");
  for (const field of ["priorityAreas", "costCategories", "requiredAttachments"] as const) {
    const repeated = firstRepeated(rules[field].map((item) => item.id));
    if (repeated !== undefined) add(field, "duplicate-id", repeated);
  }

  for (const rate of rules.ownWorkRates) {
    const knownKind = (ownWorkKinds as readonly string[]).includes(rate.kind);
    const knownSide = (ownWorkSides as readonly string[]).includes(rate.side);
    if (!knownKind || !knownSide) add("ownWorkRates", "unknown-rate", `${rate.kind}/${rate.side}`);
  }
  const repeatedRate = firstRepeated(rules.ownWorkRates.map((rate) => `${rate.kind}/${rate.side}`));
  if (repeatedRate !== undefined) add("ownWorkRates", "duplicate-rate", repeatedRate);

  if (rules.boardDeadlines.length === 0) add("boardDeadlines", "no-deadline");
  for (const deadline of rules.boardDeadlines)
    if (!isYearlyDeadline(deadline)) add("boardDeadlines", "bad-deadline", deadline);
  const repeatedDeadline = firstRepeated(rules.boardDeadlines);
  if (repeatedDeadline !== undefined) add("boardDeadlines", "duplicate-deadline", repeatedDeadline);

  const regionCountry = new Map(barentsRegions.map((region) => [region.id, region.country]));
  if (rules.applicantRegions.length === 0) add("applicantRegions", "no-applicant-region");
  for (const region of rules.applicantRegions)
    if (regionCountry.get(region) !== rules.applicantCountry)
      add("applicantRegions", "applicant-region-outside-country", region);

  if (rules.partnerCountries.length === 0) add("partnerCountries", "no-partner-country");
  for (const country of rules.partnerCountries)
    if (!(barentsCountries as readonly string[]).includes(country) || country === rules.applicantCountry)
      add("partnerCountries", "bad-partner-country", country);
  if (rules.partnerRegions.length === 0) add("partnerRegions", "no-partner-region");
  for (const region of rules.partnerRegions) {
    const country = regionCountry.get(region);
    if (country === undefined || !rules.partnerCountries.includes(country))
      add("partnerRegions", "partner-region-outside-countries", region);
  }
  for (const country of rules.partnerCountries)
    if (!rules.partnerRegions.some((region) => regionCountry.get(region) === country))
      add("partnerRegions", "partner-country-without-region", country);

  if (rules.languages.length === 0) add("languages", "no-language");
  return problems;
}
