import { describe, expect, it } from "vitest";
import type { ProgrammeRules } from "#domain/programmes/programme-rules.ts";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import { type Locale, locales } from "#vocabulary/vocabulary.ts";
import type { ApplicationDraft } from "./application-draft.ts";
import { eligibilityRules } from "./eligibility-rules.ts";
import { evaluateEligibility } from "./evaluate-eligibility.ts";
import type { RuleId } from "./rule-result.ts";
import { drafting, eligibleDraft, say, submitting } from "./testing/eligible-draft.ts";

/** For every rule, one change to a complete application that makes that rule, and only it, fail at submission. */
const breakers: Record<RuleId, (draft: ApplicationDraft, rules: ProgrammeRules) => void> = {
  "required-fields": (d) => {
    d.project!.cooperation = {};
  },
  "applicant-organisation-number": (d) => {
    d.applicant!.organisationNumber = "974 760 674";
  },
  "applicant-region": (d) => {
    d.applicant!.region = "no-vestland";
  },
  partners: (d) => {
    d.partners = [{ country: "DE", region: "de-berlin", kind: "person" }];
  },
  "priority-area": (d) => {
    d.priorityArea = "democracy";
  },
  languages: (d, rules) => {
    // A language the programme does not work in; the Norwegian-Russian one accepts all three of
    // ours, so there it takes a forged one.
    const other = locales.find((locale) => !rules.languages.includes(locale)) ?? ("sv" as Locale);
    d.languages = [other];
  },
  "project-period": (d) => {
    d.dates!.end = "2026-02-28";
  },
  "start-after-submission": (d) => {
    d.dates!.start = "2026-01-14";
  },
  "amounts-valid": (d) => {
    d.ownWork![0]!.hours = -50;
    d.financing!.ownFunds = 20_000; // so that only the amounts rule has something to say
  },
  "ineligible-costs": (d) => {
    d.budget![0]!.category = "marketing";
  },
  "food-cap": (d) => {
    d.budget![1]!.food!.persons = 19;
  },
  "own-work-rates": (d) => {
    d.ownWork![0]!.kind = "catering";
  },
  "budget-balanced": (d) => {
    d.financing!.otherSources = 1;
  },
  "funding-share": (d) => {
    d.financing!.requested = 70_001;
    d.financing!.ownFunds = 9_999;
  },
  "decision-level": () => {
    // Informational: it never fails; asking for more only changes who decides.
  },
  "required-attachments": (d) => {
    d.attachments = [];
  },
};

const ctxWithAttachments = {
  ...submitting,
  requiredAttachments: [{ id: "budget-sheet", name: { nb: "budsjett", en: "budget", ru: "бюджет" } }],
};

describe.each(programmeSeeds.map((p) => [p.id, p] as const))("evaluateEligibility, %s", (_, programme) => {
  const { rules } = programme;

  it("passes a complete application on every rule, and it can be sent", () => {
    const report = evaluateEligibility(eligibleDraft(programme), rules, submitting);
    expect(report.results.map((r) => [r.ruleId, r.outcome])).toEqual(
      eligibilityRules.map(({ id }) => [id, id === "required-attachments" ? "not-applicable" : "pass"]),
    );
    expect(report.canSubmit).toBe(true);
    expect(report.blocking).toEqual([]);
  });

  it.each(Object.keys(breakers).filter((id) => id !== "decision-level") as RuleId[])(
    "blocks sending when %s fails, and only that rule fails",
    (ruleId) => {
      const draft = { ...eligibleDraft(programme), attachments: ["budget-sheet"] };
      breakers[ruleId](draft, rules);
      const report = evaluateEligibility(draft, rules, ctxWithAttachments);
      expect(report.results.filter((r) => r.outcome === "fail").map((r) => r.ruleId)).toEqual([ruleId]);
      expect(report.canSubmit).toBe(false);
      expect(report.blocking.map((r) => r.ruleId)).toEqual([ruleId]);
    },
  );

  it("has a breaker for every rule in the table", () => {
    expect(Object.keys(breakers).sort()).toEqual(eligibilityRules.map(({ id }) => id).sort());
  });

  it("never lets the decision level block, even for the board", () => {
    const draft = eligibleDraft(programme);
    draft.budget = [{ category: "travel", amount: 1_000_000 }];
    draft.ownWork = [];
    draft.financing = { requested: 700_000, ownFunds: 300_000 };
    const report = evaluateEligibility(draft, rules, submitting);
    expect(report.canSubmit).toBe(true);
    expect(report.totals.decidedBy).toBe("board");
    expect(report.results.find((r) => r.ruleId === "decision-level")?.message.key).toBe(
      "eligibility.decision.board",
    );
  });

  it("warns while drafting but already says sending is blocked", () => {
    const draft = eligibleDraft(programme);
    draft.dates!.start = "2026-01-10";
    const report = evaluateEligibility(draft, rules, drafting);
    const start = report.results.find((r) => r.ruleId === "start-after-submission")!;
    expect(start.outcome).toBe("warning");
    expect(report.results.some((r) => r.outcome === "fail")).toBe(false);
    expect(report.canSubmit).toBe(false);
    expect(report.blocking.map((r) => [r.ruleId, r.outcome])).toEqual([["start-after-submission", "fail"]]);
  });

  it("judges an empty draft without throwing: one list of what is missing, the rest waits", () => {
    const report = evaluateEligibility({}, rules, drafting);
    const outcomes = Object.fromEntries(report.results.map((r) => [r.ruleId, r.outcome]));
    expect(outcomes["required-fields"]).toBe("warning");
    expect(
      Object.entries(outcomes).filter(
        ([id]) => id !== "required-fields" && id !== "applicant-organisation-number",
      ),
    ).toEqual(
      Object.entries(outcomes)
        .filter(([id]) => id !== "required-fields" && id !== "applicant-organisation-number")
        .map(([id]) => [id, "not-applicable"]),
    );
    expect(report.canSubmit).toBe(false);
    for (const result of report.results) {
      for (const locale of ["nb", "en", "ru"] as const) expect(say(locale, result)).not.toMatch(/\{\w+\}/);
    }
  });

  it("survives garbage from a form: strings where numbers belong, unknown ids, odd dates", () => {
    const draft = {
      applicant: { organisationNumber: "abc", region: "<script>" },
      partners: [{}],
      priorityArea: "x",
      dates: { start: "yesterday", end: "2026-02-31", submittedAt: "not a date" },
      budget: [{ category: "food", amount: "lots", food: { persons: "many" } }],
      ownWork: [{ kind: "volunteer", side: "NO", hours: Number.POSITIVE_INFINITY }],
      financing: { requested: "1e9" },
      languages: ["xx"],
    } as unknown as ApplicationDraft;
    const report = evaluateEligibility(draft, rules, submitting);
    expect(report.canSubmit).toBe(false);
    expect(report.totals.totalCosts).toBe(0);
    for (const result of report.results) expect(say("ru", result)).not.toMatch(/\{\w+\}|undefined|NaN/);
  });

  it("gives the totals the form's summary shows", () => {
    const { totals } = evaluateEligibility(eligibleDraft(programme), rules, drafting);
    expect(totals).toEqual({
      cashCosts: 90_000,
      ownWorkHours: 50,
      ownWork: 10_000,
      totalCosts: 100_000,
      requested: 70_000,
      ownFunds: 10_000,
      partnerContributions: 10_000,
      otherSources: 0,
      financing: 100_000,
      difference: 0,
      sharePercent: 70,
      maxSharePercent: 70,
      maxShareBasis: "standard",
      maxRequested: 70_000,
      decidedBy: "secretariat",
    });
  });
});

describe("a submitted application screened later", () => {
  it("is judged as on the day it was sent, with the rules it was sent under", () => {
    const programme = programmeSeeds[0]!;
    const sent = {
      ...eligibleDraft(programme),
      dates: { start: "2026-03-01", end: "2026-09-30", submittedAt: "2026-02-20T09:00:00Z" },
    };
    // Screening in June: the project has started since, which is fine; it did not start before sending.
    const report = evaluateEligibility(sent, programme.rules, {
      now: new Date("2026-06-01T08:00:00Z"),
      stage: "submission",
    });
    expect(report.canSubmit).toBe(true);
    // A programme manager lowering the share later does not change the verdict on the rules in force then.
    const lowered = { ...programme.rules, funding: { ...programme.rules.funding, maxSharePercent: 60 } };
    expect(evaluateEligibility(sent, lowered, { now: new Date(), stage: "submission" }).canSubmit).toBe(
      false,
    );
  });
});
