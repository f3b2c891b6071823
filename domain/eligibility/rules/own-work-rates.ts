import { findOwnWorkRate, usableNumber, valueOwnWork } from "../compute-totals.ts";
import {
  byStage,
  type EligibilityMessageKey,
  type EligibilityRule,
  type RuleParam,
  ruleResult,
} from "../rule-result.ts";
import { isBlank } from "./draft-text.ts";

const id = "own-work-rates";

/** Kinds of work with a name in three languages; a kind a programme manager invents is shown as spelt. */
const kindNames: Partial<Record<string, EligibilityMessageKey>> = {
  "external-services": "eligibility.ownWork.kind.external-services",
  volunteer: "eligibility.ownWork.kind.volunteer",
};

function kindParam(kind: string): RuleParam {
  const key = Object.hasOwn(kindNames, kind) ? kindNames[kind] : undefined;
  return key === undefined ? kind : { message: { key, params: {} } };
}

// Own work counts only at the programme's rates for its kind and side (NOK 600/h external
// services; volunteers NOK 200/h on the Norwegian side and 100/h on the Russian side in the
// Norwegian-Russian programme). A line the programme has no rate for would silently count 0.
export const ownWorkRates: EligibilityRule = (draft, rules, ctx) => {
  const lines = draft.ownWork ?? [];
  if (lines.length === 0) return ruleResult(id, "not-applicable", "eligibility.ownWork.none");
  for (const [index, line] of lines.entries()) {
    const kind = line.kind;
    const side = line.side === undefined || isBlank(line.side) ? undefined : line.side;
    if (
      kind === undefined ||
      isBlank(kind) ||
      (side === undefined && findOwnWorkRate(rules, kind, undefined) === undefined)
    )
      return ruleResult(id, byStage(ctx), "eligibility.ownWork.missingKind", { line: index + 1 }, [
        `ownWork.${index}`,
      ]);
    if (findOwnWorkRate(rules, kind, side) === undefined)
      return ruleResult(
        id,
        "fail",
        "eligibility.ownWork.noRate",
        { line: index + 1, kind: kindParam(kind), side: side === undefined ? "?" : { country: side } },
        [`ownWork.${index}`],
      );
  }
  const hours = lines.reduce((total, line) => total + usableNumber(line.hours), 0);
  const value = lines.reduce((total, line) => total + (valueOwnWork(rules, line) ?? 0), 0);
  return ruleResult(id, "pass", "eligibility.ownWork.pass", { count: hours, value: { nok: value } });
};
