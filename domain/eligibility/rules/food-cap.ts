import type { DraftBudgetLine } from "../application-draft.ts";
import { byStage, type EligibilityRule, ruleResult } from "../rule-result.ts";

const id = "food-cap";

/** Budget lines that are, or include, food: the category "food", or any line with food details. */
export function isFoodLine(line: DraftBudgetLine): boolean {
  return line.category === "food" || line.food !== undefined;
}

const isCount = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 1;
const isAmount = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0;

// Food may cost at most the programme's cap per person per day. The comparison is exact, in whole
// kroner (amount <= cap x persons x days): NOK 500 a head passes, one krone more on the line fails.
export const foodCap: EligibilityRule = (draft, rules, ctx) => {
  const cap = rules.caps.foodPerPersonPerDay;
  const lines = (draft.budget ?? [])
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => isFoodLine(line));
  if (lines.length === 0)
    return ruleResult(id, "not-applicable", "eligibility.foodCap.none", { cap: { nok: cap } });

  const over: { index: number; path: string; perDayOre: number }[] = [];
  const undetailed: number[] = [];
  for (const { line, index } of lines) {
    const amount = line.food?.amount ?? line.amount;
    // A bad amount, persons or days is reported by the amounts rule; a missing one, here.
    if (!isAmount(amount)) continue;
    const persons = line.food?.persons;
    const days = line.food?.days;
    if (persons === undefined || days === undefined) {
      undetailed.push(index);
      continue;
    }
    if (!isCount(persons) || !isCount(days)) continue;
    if (amount > cap * persons * days) {
      // Rounded up to whole øre, so a line just over the cap never reads as exactly the cap.
      const path = line.food?.amount === undefined ? `budget.${index}.amount` : `budget.${index}.food.amount`;
      over.push({ index, path, perDayOre: Math.ceil((amount * 100) / (persons * days)) });
    }
  }

  const worst = over.reduce<(typeof over)[number] | undefined>(
    (highest, candidate) =>
      highest === undefined || candidate.perDayOre > highest.perDayOre ? candidate : highest,
    undefined,
  );
  if (worst !== undefined) {
    const paths = over.map(({ path }) => path);
    const params = { line: worst.index + 1, perDay: { nok: worst.perDayOre / 100 }, cap: { nok: cap } };
    if (over.length === 1) return ruleResult(id, "fail", "eligibility.foodCap.fail", params, paths);
    return ruleResult(id, "fail", "eligibility.foodCap.failMany", { count: over.length, ...params }, paths);
  }
  const [firstUndetailed] = undetailed;
  if (firstUndetailed !== undefined)
    return ruleResult(
      id,
      byStage(ctx),
      "eligibility.foodCap.missingDetails",
      { line: firstUndetailed + 1, cap: { nok: cap } },
      undetailed.map((index) => `budget.${index}.food`),
    );
  return ruleResult(id, "pass", "eligibility.foodCap.pass", { cap: { nok: cap } });
};
