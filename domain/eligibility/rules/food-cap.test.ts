import { describe, expect, it } from "vitest";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import type { DraftBudgetLine } from "../application-draft.ts";
import { drafting, eligibleDraft, expectRefusal, say, submitting } from "../testing/eligible-draft.ts";
import { foodCap } from "./food-cap.ts";

describe.each(programmeSeeds.map((p) => [p.id, p] as const))("food cap, %s", (_, programme) => {
  const { rules } = programme;
  const withLines = (lines: DraftBudgetLine[], ctx = submitting) =>
    foodCap(
      { ...eligibleDraft(programme), budget: [{ category: "travel", amount: 10_000 }, ...lines] },
      rules,
      ctx,
    );
  const food = (amount: number, persons: number, days: number): DraftBudgetLine => ({
    category: "food",
    amount,
    food: { persons, days },
  });

  it("has the published cap of NOK 500 per person per day", () => {
    expect(rules.caps.foodPerPersonPerDay).toBe(500);
  });

  it("passes exactly 500 per person per day, and fails 501", () => {
    expect(withLines([food(500, 1, 1)]).outcome).toBe("pass");
    expect(withLines([food(30_000, 20, 3)]).outcome).toBe("pass");
    expectRefusal(withLines([food(30_060, 20, 3)]), ["budget.1.amount"], {
      nb: "Budsjettpost 2: maten koster 501 kr per person per dag; grensen er 500 kr.",
      en: "Cost line 2: food comes to NOK 501 per person per day; the limit is NOK 500.",
      ru: "Статья бюджета 2: питание стоит 501 NOK на человека в день; предел — 500 NOK.",
    });
    expect(withLines([food(501, 1, 1)]).outcome).toBe("fail");
  });

  it("fails one krone over the cap, and never shows it as exactly the cap", () => {
    const result = withLines([food(30_001, 20, 3)]);
    expect(result.outcome).toBe("fail");
    expect(say("en", result)).toContain("NOK 500.02 per person per day");
  });

  it("checks the food part of a mixed line (a conference package)", () => {
    const mixed: DraftBudgetLine = {
      category: "lodging",
      amount: 50_000,
      food: { persons: 10, days: 4, amount: 20_000 },
    };
    expect(withLines([mixed]).outcome).toBe("pass");
    expect(withLines([{ ...mixed, food: { persons: 10, days: 4, amount: 20_040 } }]).outcome).toBe("fail");
  });

  it("counts several lines over the cap and names the highest, with Russian plurals", () => {
    const result = withLines([food(600, 1, 1), food(1_500, 2, 1), food(700, 1, 1)]);
    expect(result.fields).toEqual(["budget.1.amount", "budget.2.amount", "budget.3.amount"]);
    expect(say("en", result)).toBe(
      "3 cost lines exceed the food limit of NOK 500 per person per day; the highest is line 3 at NOK 750.",
    );
    expect(say("ru", result)).toBe(
      "3 статьи бюджета превышают предел на питание 500 NOK на человека в день; больше всего — статья 3: 750 NOK.",
    );
  });

  it("asks for persons and days: a warning while drafting, a failure when sent", () => {
    const line: DraftBudgetLine = { category: "food", amount: 4_000 };
    expect(withLines([line], drafting).outcome).toBe("warning");
    const result = withLines([line]);
    expect(result.outcome).toBe("fail");
    expect(result.fields).toEqual(["budget.1.food"]);
    expect(say("nb", result)).toBe(
      "Budsjettpost 2: oppgi antall personer og dager for maten, så grensen på 500 kr per person per dag kan sjekkes.",
    );
  });

  it("leaves bad numbers to the amounts rule", () => {
    expect(withLines([food(-5, 1, 1)]).outcome).toBe("pass");
    expect(withLines([food(5_000, 0, 1)]).outcome).toBe("pass");
  });

  it("has nothing to check without food", () => {
    const result = withLines([]);
    expect(result.outcome).toBe("not-applicable");
    expect(say("en", result)).toBe("The budget has no food costs (the limit is NOK 500 per person per day).");
  });
});
