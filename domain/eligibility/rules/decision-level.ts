import { nextDeadline, osloDate } from "../oslo-dates.ts";
import { type EligibilityRule, ruleResult } from "../rule-result.ts";

const id = "decision-level";

// Information, never a failure: below the threshold the secretariat decides continuously, from it
// the board decides at its deadlines. The next deadline is counted from the day the application is
// (or was) sent, in Oslo.
export const decisionLevel: EligibilityRule = (draft, rules, ctx) => {
  const requested = draft.financing?.requested;
  if (typeof requested !== "number" || !Number.isFinite(requested) || requested < 0)
    return ruleResult(id, "not-applicable", "eligibility.decision.missing");
  const params = { requested: { nok: requested }, threshold: { nok: rules.boardThreshold } };
  if (requested < rules.boardThreshold)
    return ruleResult(id, "pass", "eligibility.decision.secretariat", params);
  const submittedAt = draft.dates?.submittedAt ? new Date(draft.dates.submittedAt) : null;
  const from = submittedAt && !Number.isNaN(submittedAt.getTime()) ? submittedAt : ctx.now;
  const deadline = nextDeadline(osloDate(from), rules.boardDeadlines);
  return deadline === null
    ? ruleResult(id, "pass", "eligibility.decision.boardNoDeadline", params)
    : ruleResult(id, "pass", "eligibility.decision.board", { ...params, deadline: { date: deadline } });
};
