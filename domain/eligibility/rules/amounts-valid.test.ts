import { describe, expect, it } from "vitest";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import type { ApplicationDraft } from "../application-draft.ts";
import { eligibleDraft, expectSaid, say, submitting } from "../testing/eligible-draft.ts";
import { amountsValid } from "./amounts-valid.ts";

describe.each(programmeSeeds.map((p) => [p.id, p] as const))("amounts, %s", (_, programme) => {
  const { rules } = programme;
  const check = (change: (draft: ApplicationDraft) => void) => {
    const draft = eligibleDraft(programme);
    change(draft);
    return amountsValid(draft, rules, submitting);
  };

  it("passes whole kroner within bounds, including 0 and 100,000,000", () => {
    expect(check(() => {}).outcome).toBe("pass");
    expect(
      check((d) => {
        d.financing = { requested: 0, otherSources: 100_000_000 };
      }).outcome,
    ).toBe("pass");
  });

  it("fails a negative amount, naming the line", () => {
    const result = check((d) => {
      d.budget![0]!.amount = -100;
    });
    expect(result.outcome).toBe("fail");
    expect(result.fields).toEqual(["budget.0.amount"]);
    expect(say("en", result)).toBe("Cost line 1, amount: cannot be negative.");
    expect(say("ru", result)).toBe("Статья бюджета 1, сумма: не может быть отрицательной величиной.");
  });

  it.each([
    [12.5, "use whole kroner, without øre."],
    [Number.NaN, "enter a number."],
    [100_000_001, "more than NOK 100,000,000 is not a plausible amount here."],
  ])("fails a requested amount of %s", (requested, problem) => {
    const result = check((d) => {
      d.financing!.requested = requested;
    });
    expect(result.outcome).toBe("fail");
    expect(say("en", result)).toBe(`Amount applied for: ${problem}`);
  });

  it("fails a text where a number belongs (a form that sent it unparsed)", () => {
    const result = check((d) => {
      (d.financing as Record<string, unknown>).ownFunds = "10 000";
    });
    expect(result.fields).toEqual(["financing.ownFunds"]);
  });

  it("checks food persons and days, food above its line, and own work hours", () => {
    const result = check((d) => {
      d.budget![1]!.food = { persons: 0, days: 2.5, amount: 40_000 };
      d.ownWork![0]!.hours = -3;
    });
    expect(result.fields).toEqual([
      "budget.1.food.amount",
      "budget.1.food.persons",
      "budget.1.food.days",
      "ownWork.0.hours",
    ]);
    expectSaid(result, {
      nb: "4 tall må rettes. Først: Budsjettpost 2, beløp til mat: kan ikke være mer enn postens beløp.",
      en: "4 numbers need correcting. First: Cost line 2, amount for food: cannot be more than the line's amount.",
      ru: "Нужно исправить 4 значения. Первое: Статья бюджета 2, сумма на питание: не может превышать сумму статьи.",
    });
  });

  it("allows half hours of own work", () => {
    expect(
      check((d) => {
        d.ownWork![0]!.hours = 7.5;
      }).outcome,
    ).toBe("pass");
  });

  it("uses the Russian plural for 5 problems", () => {
    const result = check((d) => {
      d.financing = { requested: -1, ownFunds: -1, partnerContributions: -1, otherSources: -1 };
      d.budget![0]!.amount = -1;
    });
    expect(say("ru", result)).toMatch(/^Нужно исправить 5 значений\. Первое: Статья бюджета 1, сумма: /);
  });

  it("has nothing to check in an empty draft", () => {
    expect(amountsValid({}, rules, submitting).outcome).toBe("not-applicable");
  });
});
