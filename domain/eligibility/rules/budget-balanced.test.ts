import { describe, expect, it } from "vitest";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import type { ApplicationDraft } from "../application-draft.ts";
import { eligibleDraft, say, submitting } from "../testing/eligible-draft.ts";
import { budgetBalanced } from "./budget-balanced.ts";

describe.each(programmeSeeds.map((p) => [p.id, p] as const))("budget balance, %s", (_, programme) => {
  const { rules } = programme;
  const check = (change: (draft: ApplicationDraft) => void) => {
    const draft = eligibleDraft(programme);
    change(draft);
    return budgetBalanced(draft, rules, submitting);
  };

  it("passes when financing, own work included, equals total costs, own work included", () => {
    const result = check(() => {});
    expect(result.outcome).toBe("pass");
    expect(say("en", result)).toBe("The financing (NOK 100,000) matches the total costs (NOK 100,000).");
  });

  it("fails one krone short", () => {
    const result = check((d) => {
      d.financing!.ownFunds = 9_999;
    });
    expect(result.outcome).toBe("fail");
    expect(result.fields).toContain("financing.ownFunds");
    expect(say("en", result)).toBe(
      "The financing (NOK 99,999) is NOK 1 less than the total costs (NOK 100,000).",
    );
    expect(say("ru", result)).toBe(
      "Финансирование (99 999 NOK) на 1 NOK меньше общих расходов (100 000 NOK).",
    );
  });

  it("fails financing above the costs", () => {
    const result = check((d) => {
      d.financing!.otherSources = 5_000;
    });
    expect(result.outcome).toBe("fail");
    expect(say("nb", result)).toBe(
      "Finansieringen (105 000 kr) er 5 000 kr høyere enn de totale kostnadene (100 000 kr).",
    );
  });

  it("keeps balance when own work changes, because it sits on both sides", () => {
    expect(
      check((d) => {
        d.ownWork = [{ kind: "external-services", side: "NO", hours: 100 }];
      }).outcome,
    ).toBe("pass");
  });

  it("waits for costs and a requested amount, and for valid amounts", () => {
    expect(check((d) => (d.budget = [])).outcome).toBe("not-applicable");
    expect(check((d) => (d.financing = { ownFunds: 10_000 })).outcome).toBe("not-applicable");
    const invalid = check((d) => {
      d.financing!.ownFunds = -10_000;
    });
    expect(invalid.outcome).toBe("not-applicable");
    expect(say("en", invalid)).toBe(
      "Checked once the problems with amounts and own work above are corrected.",
    );
    // An own-work line without a rate would count 0 and unbalance the budget: one problem, reported once.
    expect(check((d) => (d.ownWork![0]!.kind = "catering")).outcome).toBe("not-applicable");
  });
});
