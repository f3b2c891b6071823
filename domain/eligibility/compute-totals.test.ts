import { describe, expect, it } from "vitest";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import { computeTotals, findOwnWorkRate, fundingLimit } from "./compute-totals.ts";

const [russian, nordic] = [programmeSeeds[0]!, programmeSeeds[1]!];

describe("computeTotals", () => {
  it("values own work at the rate for its kind and side, and counts it on both sides", () => {
    const totals = computeTotals(
      {
        budget: [{ amount: 40_000 }, { amount: 20_000 }],
        ownWork: [
          { kind: "volunteer", side: "NO", hours: 10 },
          { kind: "volunteer", side: "RU", hours: 10 },
          { kind: "external-services", side: "RU", hours: 2.5 },
        ],
        financing: { requested: 42_000, ownFunds: 18_000 },
      },
      russian.rules,
    );
    expect(totals.ownWork).toBe(2_000 + 1_000 + 1_500);
    expect(totals.ownWorkHours).toBe(22.5);
    expect(totals.totalCosts).toBe(64_500);
    expect(totals.financing).toBe(64_500);
    expect(totals.difference).toBe(0);
  });

  it("rounds the value of fractional hours to whole kroner", () => {
    const rules = { ...nordic.rules, ownWorkRates: [{ kind: "volunteer", side: "any", nokPerHour: 133 }] };
    expect(computeTotals({ ownWork: [{ kind: "volunteer", side: "SE", hours: 1.5 }] }, rules).ownWork).toBe(
      200,
    );
  });

  it("counts unusable values as 0 rather than throwing", () => {
    const totals = computeTotals({ budget: [{ amount: -5 }, { amount: Number.NaN }, {}] }, russian.rules);
    expect(totals.cashCosts).toBe(0);
    expect(totals.sharePercent).toBeNull();
  });
});

describe("funding limits and rates", () => {
  it("chooses full funding under the floor, then business, then the general share", () => {
    expect(fundingLimit(russian.rules, 49_999, false)).toEqual({ percent: 100, basis: "full" });
    expect(fundingLimit(russian.rules, 49_999, true)).toEqual({ percent: 100, basis: "full" });
    expect(fundingLimit(russian.rules, 50_000, false)).toEqual({ percent: 70, basis: "standard" });
    expect(fundingLimit(russian.rules, 50_000, true)).toEqual({ percent: 50, basis: "business" });
  });

  it("prefers a side's own rate to the rate for any side", () => {
    const rules = {
      ...russian.rules,
      ownWorkRates: [
        { kind: "volunteer", side: "any", nokPerHour: 150 },
        { kind: "volunteer", side: "RU", nokPerHour: 100 },
      ],
    };
    expect(findOwnWorkRate(rules, "volunteer", "RU")).toBe(100);
    expect(findOwnWorkRate(rules, "volunteer", "NO")).toBe(150);
    expect(findOwnWorkRate(russian.rules, "volunteer", "SE")).toBeUndefined();
    expect(findOwnWorkRate(nordic.rules, "volunteer", "FI")).toBe(200);
  });
});
