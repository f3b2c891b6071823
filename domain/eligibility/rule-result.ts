import type { AreaMessageKey } from "#domain/i18n/message-keys.ts";
import type { ProgrammeRules } from "#domain/programmes/programme-rules.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import type { ApplicationDraft } from "./application-draft.ts";

/** The keys of the rules' verdicts (domain/i18n/messages/<lang>/eligibility.json). */
export type EligibilityMessageKey = AreaMessageKey<"eligibility">;

export type RuleId =
  | "required-fields"
  | "applicant-organisation-number"
  | "applicant-region"
  | "partners"
  | "priority-area"
  | "languages"
  | "project-period"
  | "start-after-submission"
  | "amounts-valid"
  | "ineligible-costs"
  | "food-cap"
  | "own-work-rates"
  | "budget-balanced"
  | "funding-share"
  | "decision-level"
  | "required-attachments";

/**
 * pass: the rule is met (informational rules, like who decides, always pass); warning: worth
 * fixing, does not block; fail: blocks submission; not-applicable: nothing to judge yet (the
 * message says what to fill in).
 */
export type RuleOutcome = "pass" | "warning" | "fail" | "not-applicable";

export type LocalisedText = Record<Locale, string>;

/**
 * A message parameter as data, formatted only when rendered, so a result can be stored (screening)
 * or sent to the browser and still be shown in any language with that language's number formats.
 */
export type RuleParam =
  | string
  | number
  | { nok: number }
  /** A percentage already rounded by the rule; the message writes the "%" itself. */
  | { percent: number }
  /** A calendar date, YYYY-MM-DD. */
  | { date: string }
  /** Programme data in three languages (a priority area's name, an ineligible cost). */
  | { text: LocalisedText }
  | { region: string }
  | { country: string }
  | { language: string }
  | { list: readonly RuleParam[] }
  | { message: RuleMessage };

export interface RuleMessage {
  key: EligibilityMessageKey;
  params: Record<string, RuleParam>;
}

export interface RuleResult {
  ruleId: RuleId;
  outcome: RuleOutcome;
  message: RuleMessage;
  /** Paths in the draft the result is about ("financing.requested", "budget.2.amount"), so a form can point at them. */
  fields?: string[];
}

/** An attachment a programme requires (not yet in the programme rules' schema, so passed in the context). */
export interface RequiredAttachment {
  id: string;
  name: LocalisedText;
}

export interface EligibilityContext {
  /** The moment of judging: now while drafting, the moment of sending at submission. */
  now: Date;
  /**
   * draft: things that must be right by sending are warnings; submission: they fail. Screening a
   * submitted application uses "submission" with the rules in force when it was sent.
   */
  stage: "draft" | "submission";
  requiredAttachments?: RequiredAttachment[];
}

export type EligibilityRule = (
  draft: ApplicationDraft,
  rules: ProgrammeRules,
  ctx: EligibilityContext,
) => RuleResult;

export function ruleResult(
  ruleId: RuleId,
  outcome: RuleOutcome,
  key: EligibilityMessageKey,
  params: Record<string, RuleParam> = {},
  fields?: string[],
): RuleResult {
  return fields && fields.length > 0
    ? { ruleId, outcome, message: { key, params }, fields }
    : { ruleId, outcome, message: { key, params } };
}

/** The outcome for something that must be right by sending: a warning while drafting, a failure when sent. */
export function byStage(ctx: EligibilityContext): "warning" | "fail" {
  return ctx.stage === "draft" ? "warning" : "fail";
}
