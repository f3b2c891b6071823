import type { RuleOutcome } from "#domain/eligibility/rule-result.ts";
import type { MessageKey } from "#domain/i18n/catalog.ts";
import { useT } from "../../web/locale.ts";
import { Tag } from "../designsystemet.tsx";

const outcomeColor: Record<RuleOutcome, "success" | "warning" | "danger" | "neutral"> = {
  pass: "success",
  warning: "warning",
  fail: "danger",
  "not-applicable": "neutral",
};

/**
 * The eligibility rules' results stored with the version sent, each with its outcome as a coloured
 * tag. `outcomeLabels` is the message prefix of the outcome's words on this page.
 */
export function RuleResults({
  results,
  outcomeLabels,
}: {
  results: { ruleId: string; outcome: RuleOutcome; title?: string; text: string }[];
  outcomeLabels: "eligibility.outcome" | "application.review.outcome";
}) {
  const t = useT();
  return (
    <ul className="bb-rule-list">
      {results.map((result) => (
        <li key={result.ruleId} data-outcome={result.outcome}>
          <Tag data-color={outcomeColor[result.outcome]} data-size="sm">
            {t(`${outcomeLabels}.${result.outcome}` as MessageKey)}
          </Tag>{" "}
          {result.title === undefined ? (
            result.text
          ) : (
            <>
              <strong>{result.title}:</strong> {result.text}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
