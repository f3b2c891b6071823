import { isCalendarDate } from "../oslo-dates.ts";
import { type EligibilityRule, ruleResult } from "../rule-result.ts";
import { isBlank } from "./draft-text.ts";

const id = "project-period";

// A one-day project (a seminar) starts and ends on the same day; only an end before the start is wrong.
export const projectPeriod: EligibilityRule = (draft) => {
  const { start, end } = draft.dates ?? {};
  for (const [value, path] of [
    [start, "dates.start"],
    [end, "dates.end"],
  ] as const) {
    if (value !== undefined && !isBlank(value) && !isCalendarDate(value))
      return ruleResult(id, "fail", "eligibility.dates.invalid", { value }, [path]);
  }
  if (!isCalendarDate(start) || !isCalendarDate(end))
    return ruleResult(id, "not-applicable", "eligibility.dates.missing");
  if (end < start)
    return ruleResult(id, "fail", "eligibility.dates.fail", { start: { date: start }, end: { date: end } }, [
      "dates.end",
    ]);
  return ruleResult(id, "pass", "eligibility.dates.pass", { start: { date: start }, end: { date: end } });
};
