import { describe, expect, it } from "vitest";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import { eligibleDraft, expectSaid, say, submitting } from "../testing/eligible-draft.ts";
import { ineligibleCostId, ineligibleCosts } from "./ineligible-costs.ts";

describe.each(programmeSeeds.map((p) => [p.id, p] as const))("ineligible costs, %s", (_, programme) => {
  const { rules } = programme;
  const withCategories = (...categories: string[]) =>
    ineligibleCosts(
      { ...eligibleDraft(programme), budget: categories.map((category) => ({ category, amount: 1000 })) },
      rules,
      submitting,
    );

  it("derives stable category ids from the programme's list", () => {
    expect(rules.ineligibleCosts.map(ineligibleCostId)).toEqual([
      "humanitarian-aid",
      "research",
      "marketing",
      "physical-investments",
      "running-costs",
      "starting-a-business",
      "publications-and-websites",
      "professional-film-or-cd-production",
      "covering-deficits",
    ]);
  });

  it("passes the usual lines: travel, lodging, food, interpreting, administration, project management", () => {
    const result = withCategories(
      "travel",
      "lodging",
      "food",
      "interpreting",
      "administration",
      "project-management",
    );
    expect(result.outcome).toBe("pass");
  });

  it.each(rules.ineligibleCosts.map((cost) => [ineligibleCostId(cost), cost.en.toLowerCase()] as const))(
    "fails a line for %s",
    (category) => {
      expect(withCategories("travel", category).outcome).toBe("fail");
    },
  );

  it("names the line and the cost in each language", () => {
    const result = withCategories("travel", "marketing");
    expect(result.fields).toEqual(["budget.1.category"]);
    expectSaid(result, {
      nb: "Budsjettpost 2 gjelder «Markedsføring», som programmet ikke dekker.",
      en: "Cost line 2 is for “Marketing”, which this programme does not fund.",
      ru: "Статья бюджета 2: «Маркетинг». Программа не финансирует такие расходы.",
    });
  });

  it("counts several, with Russian plurals", () => {
    const result = withCategories("research", "travel", "marketing", "covering-deficits");
    expect(result.fields).toEqual(["budget.0.category", "budget.2.category", "budget.3.category"]);
    expect(say("ru", result)).toBe(
      "3 статьи бюджета относятся к расходам, которые программа не финансирует, например статья 1: «Научные исследования».",
    );
    expect(say("en", result)).toBe(
      "3 cost lines are for things this programme does not fund, such as line 1: “Research”.",
    );
  });

  it("waits for cost lines", () => {
    expect(withCategories().outcome).toBe("not-applicable");
  });
});
