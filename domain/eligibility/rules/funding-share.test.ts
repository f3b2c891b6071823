import { describe, expect, it } from "vitest";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import type { ApplicationDraft } from "../application-draft.ts";
import { eligibleDraft, expectSaid, say, submitting } from "../testing/eligible-draft.ts";
import { fundingShare } from "./funding-share.ts";

describe.each(programmeSeeds.map((p) => [p.id, p] as const))("funding share, %s", (_, programme) => {
  const { rules } = programme;
  /** Cash costs as one line, no own work unless given; only the share is judged here, not the balance. */
  const asking = (requested: number, cash: number, change: (draft: ApplicationDraft) => void = () => {}) => {
    const draft: ApplicationDraft = {
      ...eligibleDraft(programme),
      budget: [{ category: "travel", amount: cash }],
      ownWork: [],
      financing: { requested },
    };
    change(draft);
    return fundingShare(draft, rules, submitting);
  };

  it("has the published limits: 70 %, 50 % for business, everything under NOK 50,000", () => {
    expect(rules.funding).toEqual({
      maxSharePercent: 70,
      businessMaxSharePercent: 50,
      fullFundingBelowTotalCost: 50_000,
    });
  });

  it("passes exactly 70 %, and fails 70.01 %", () => {
    const exactly = asking(70_000, 100_000);
    expect(exactly.outcome).toBe("pass");
    expect(say("en", exactly)).toBe(
      "You ask for 70 % of the total costs; this programme funds at most 70 %.",
    );
    const over = asking(70_010, 100_000);
    expect(over.outcome).toBe("fail");
    expect(over.fields).toEqual(["financing.requested"]);
    expect(say("nb", over)).toBe(
      "Du søker om 70,01 % av de totale kostnadene (70 010 kr av 100 000 kr); programmet dekker høyst 70 %, altså 70 000 kr.",
    );
  });

  it("fails one krone over 70 %, shown rounded up so it never reads as 70 %", () => {
    const result = asking(70_001, 100_000);
    expect(result.outcome).toBe("fail");
    expect(say("en", result)).toMatch(/^You ask for 70\.01 % /);
    expect(say("en", asking(69_999, 100_000))).toMatch(/^You ask for 69\.99 % /);
  });

  it("says the sentence of the brief in all three languages", () => {
    const result = asking(78_000, 100_000);
    expectSaid(result, {
      nb: "Du søker om 78 % av de totale kostnadene (78 000 kr av 100 000 kr); programmet dekker høyst 70 %, altså 70 000 kr.",
      en: "You ask for 78 % of the total costs (NOK 78,000 of NOK 100,000); this programme funds at most 70 %, that is NOK 70,000.",
      ru: "Вы запрашиваете 78 % общих расходов (78 000 NOK из 100 000 NOK); программа финансирует не более 70 %, то есть 70 000 NOK.",
    });
  });

  it("counts own work as hours x the programme's rate in the total", () => {
    // Cash 90,000: 70,000 is 77.78 %; with 50 volunteer hours at NOK 200 the total is 100,000: 70 %.
    const without = asking(70_000, 90_000);
    expect(without.outcome).toBe("fail");
    expect(say("en", without)).toMatch(/^You ask for 77\.78 % /);
    const withOwnWork = asking(70_000, 90_000, (d) => {
      d.ownWork = [{ kind: "volunteer", side: "NO", hours: 50 }];
    });
    expect(withOwnWork.outcome).toBe("pass");
  });

  it("funds everything when total costs are NOK 49,999, and 70 % from NOK 50,000", () => {
    const under = asking(49_999, 49_999);
    expect(under.outcome).toBe("pass");
    expect(say("en", under)).toBe(
      "The total costs (NOK 49,999) are under NOK 50,000, so this programme can fund all of them; you ask for NOK 49,999.",
    );
    expect(asking(50_000, 49_999).outcome).toBe("fail");
    expect(say("ru", asking(50_000, 49_999))).toBe(
      "Вы запрашиваете 50 000 NOK, больше общих расходов (49 999 NOK).",
    );
    expect(asking(35_000, 50_000).outcome).toBe("pass");
    expect(asking(35_001, 50_000).outcome).toBe("fail");
    expect(asking(50_000, 50_000).outcome).toBe("fail");
  });

  it("funds business projects at most 50 %", () => {
    const business = (d: ApplicationDraft) => {
      d.isBusinessProject = true;
      d.priorityArea = "business";
    };
    const exactly = asking(50_000, 100_000, business);
    expect(exactly.outcome).toBe("pass");
    expect(say("en", exactly)).toBe(
      "You ask for 50 % of the total costs; business projects are funded at most 50 %.",
    );
    const over = asking(50_001, 100_000, business);
    expect(over.outcome).toBe("fail");
    expect(say("ru", over)).toBe(
      "Вы запрашиваете 50,01 % общих расходов (50 001 NOK из 100 000 NOK); бизнес-проекты финансируются не более чем на 50 %, то есть 50 000 NOK.",
    );
    expect(asking(60_000, 100_000).outcome).toBe("pass");
    expect(asking(60_000, 100_000, business).outcome).toBe("fail");
    // Under the floor the business limit gives way to full funding.
    expect(asking(40_000, 40_000, business).outcome).toBe("pass");
  });

  it("waits for costs and a requested amount, and for valid amounts", () => {
    expect(asking(70_000, 0).outcome).toBe("not-applicable");
    expect(fundingShare({ budget: [{ amount: 1000 }] }, rules, submitting).outcome).toBe("not-applicable");
    expect(asking(-1, 100_000).message.key).toBe("eligibility.fixBudgetFirst");
  });
});
