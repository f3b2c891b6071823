import { byStage, type EligibilityRule, ruleResult } from "../rule-result.ts";

const id = "required-attachments";

export const requiredAttachments: EligibilityRule = (draft, _rules, ctx) => {
  const required = ctx.requiredAttachments ?? [];
  if (required.length === 0) return ruleResult(id, "not-applicable", "eligibility.attachments.none");
  const present = new Set(draft.attachments ?? []);
  const missing = required.filter((attachment) => !present.has(attachment.id));
  if (missing.length === 0) return ruleResult(id, "pass", "eligibility.attachments.pass");
  return ruleResult(
    id,
    byStage(ctx),
    "eligibility.attachments.missing",
    { count: missing.length, names: { list: missing.map((attachment) => ({ text: attachment.name })) } },
    ["attachments"],
  );
};
