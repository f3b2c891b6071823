import { expect } from "vitest";
import type { ProgrammeSeed } from "#domain/programmes/seed-programmes.ts";
import { type Locale, locales } from "#vocabulary/vocabulary.ts";
import type { ApplicationDraft } from "../application-draft.ts";
import { renderRuleMessage } from "../render-rule-message.ts";
import type { EligibilityContext, RuleResult } from "../rule-result.ts";

// Test fixtures: a complete application that meets every rule of a programme, built from the
// programme's own data (its regions, its languages), so a test changes one thing and sees one rule react.

/** 15 January 2026, 11:00 in Oslo. */
export const now = new Date("2026-01-15T10:00:00Z");
export const drafting: EligibilityContext = { now, stage: "draft" };
export const submitting: EligibilityContext = { now, stage: "submission" };

/**
 * Total costs NOK 100,000: cost lines 90,000 (travel 60,000; food for 20 persons x 3 days at
 * exactly the cap, 30,000) and 50 hours of Norwegian volunteer work at NOK 200 = 10,000.
 * Financing: requested 70,000 (exactly 70 %), own funds 10,000, partners 10,000, own work 10,000.
 */
export function eligibleDraft(programme: ProgrammeSeed): ApplicationDraft {
  const { rules } = programme;
  const partnerRegion = rules.partnerRegions[0]!;
  const language = rules.languages[0]!;
  return {
    applicant: { country: "NO", region: "no-finnmark", organisationNumber: "974 760 673" },
    partners: [
      { country: partnerRegion.slice(0, 2).toUpperCase(), region: partnerRegion, kind: "organisation" },
    ],
    priorityArea: "culture-sport",
    isBusinessProject: false,
    project: {
      title: { [language]: "Joik og sang over grensen" },
      summary: { [language]: "Korene møtes to ganger." },
      cooperation: { [language]: "Partnerne planlegger og leder samlingene sammen." },
    },
    dates: { start: "2026-03-01", end: "2026-09-30" },
    budget: [
      { category: "travel", amount: 60_000, description: "Buss Kirkenes-Murmansk" },
      { category: "food", amount: 30_000, food: { persons: 20, days: 3 } },
    ],
    ownWork: [{ kind: "volunteer", side: "NO", hours: 50 }],
    financing: { requested: 70_000, ownFunds: 10_000, partnerContributions: 10_000, otherSources: 0 },
    attachments: [],
    languages: [language],
  };
}

/** A result's sentence with Intl's no-break spaces made plain, so tests can compare text. */
export function say(locale: Locale, result: RuleResult): string {
  return renderRuleMessage(locale, result.message).replace(/[\u00a0\u202f]/g, " ");
}

/** The result's sentence is exactly this in each of the three languages. */
export function expectSaid(result: RuleResult, texts: Record<Locale, string>): void {
  for (const locale of locales) expect(say(locale, result), locale).toBe(texts[locale]);
}

/** The rule refuses the draft, points the applicant at these fields, and says exactly this. */
export function expectRefusal(result: RuleResult, fields: string[], texts: Record<Locale, string>): void {
  expect(result.outcome).toBe("fail");
  expect(result.fields).toEqual(fields);
  expectSaid(result, texts);
}
