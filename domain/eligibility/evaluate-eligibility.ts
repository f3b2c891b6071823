/**
 * # The eligibility engine
 *
 * One module decides whether an application meets its programme's rules, and says why in the
 * reader's language. Two screens use it, with the same rules and so the same verdicts:
 *
 * - **The applicant's form** calls `evaluateEligibility(draft, rules, { now, stage: "draft" })`
 *   on every save (server) and, with JavaScript, as the applicant types (browser: the module is
 *   pure, with no database, HTTP or React). The review step lists `results` with
 *   `renderRuleMessage(locale, result.message)`; `fields` point at the inputs to fix. While
 *   drafting, things that must be right by sending (required fields, a start date already past)
 *   are warnings, so a half-written draft is not a wall of red; `canSubmit` and `blocking`
 *   already judge the draft as if it were sent now, so the send button can say what stops it.
 * - **Submission** calls it again on the server with `stage: "submission"` and `now` = the
 *   moment of sending, and refuses unless `canSubmit`. The results are stored with the frozen
 *   version: messages are data (key + params), rendered later in any language.
 * - **The advisers' screening** runs it on the frozen version with the programme rules in force
 *   when it was sent, `stage: "submission"`, and the version's `dates.submittedAt`; a later change
 *   to the programme never changes the verdict on an application already sent. Advisers see the
 *   same sentences the applicant saw, plus `totals` for their own assessment.
 *
 * Money is in whole NOK (integers) everywhere; shares are compared exactly, in integers.
 */
import type { ProgrammeRules } from "#domain/programmes/programme-rules.ts";
import type { ApplicationDraft } from "./application-draft.ts";
import { computeTotals, type EligibilityTotals } from "./compute-totals.ts";
import { eligibilityRules } from "./eligibility-rules.ts";
import type { EligibilityContext, RuleResult } from "./rule-result.ts";

export interface EligibilityReport {
  /** One result per rule, in the order of `eligibilityRules`. */
  results: RuleResult[];
  /** True when no rule fails as if the application were sent at `ctx.now`. */
  canSubmit: boolean;
  /** The results that stop sending (judged at submission, whatever `ctx.stage` is). */
  blocking: RuleResult[];
  totals: EligibilityTotals;
}

function runRules(draft: ApplicationDraft, rules: ProgrammeRules, ctx: EligibilityContext): RuleResult[] {
  return eligibilityRules.map(({ check }) => check(draft, rules, ctx));
}

export function evaluateEligibility(
  draft: ApplicationDraft,
  rules: ProgrammeRules,
  ctx: EligibilityContext,
): EligibilityReport {
  const results = runRules(draft, rules, ctx);
  const atSubmission =
    ctx.stage === "submission" ? results : runRules(draft, rules, { ...ctx, stage: "submission" });
  const blocking = atSubmission.filter((result) => result.outcome === "fail");
  return { results, canSubmit: blocking.length === 0, blocking, totals: computeTotals(draft, rules) };
}
