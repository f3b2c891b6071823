import { isCalendarDate, osloDate } from "../oslo-dates.ts";
import { byStage, type EligibilityRule, ruleResult } from "../rule-result.ts";
import { isBlank } from "./draft-text.ts";

const id = "start-after-submission";

// A project must not start before the application is sent (it may start after, at the applicant's
// own risk). The same day is allowed. While drafting, "sent" is today at the earliest; a submitted
// application is judged by the day it was sent, in Oslo.
export const startAfterSubmission: EligibilityRule = (draft, _rules, ctx) => {
  const start = draft.dates?.start;
  if (start === undefined || isBlank(start))
    return ruleResult(id, "not-applicable", "eligibility.start.missing");
  if (!isCalendarDate(start)) return ruleResult(id, "not-applicable", "eligibility.start.invalid");
  const submittedAt = draft.dates?.submittedAt;
  const sentMoment = submittedAt !== undefined ? new Date(submittedAt) : null;
  const sent = sentMoment && !Number.isNaN(sentMoment.getTime()) ? osloDate(sentMoment) : null;

  if (sent === null && ctx.stage === "draft") {
    const today = osloDate(ctx.now);
    if (start < today)
      return ruleResult(
        id,
        "warning",
        "eligibility.start.beforeToday",
        { start: { date: start }, today: { date: today } },
        ["dates.start"],
      );
    return ruleResult(id, "pass", "eligibility.start.passDraft", { start: { date: start } });
  }
  const sentOn = sent ?? osloDate(ctx.now);
  if (start < sentOn)
    return ruleResult(
      id,
      byStage(ctx),
      "eligibility.start.beforeSending",
      { start: { date: start }, sent: { date: sentOn } },
      ["dates.start"],
    );
  return ruleResult(id, "pass", "eligibility.start.pass", { start: { date: start }, sent: { date: sentOn } });
};
