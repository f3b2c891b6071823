import { Form } from "react-router";
import type { ApplicationSection } from "#domain/applications/application-sections.ts";
import type { RuleOutcome } from "#domain/eligibility/rule-result.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import { Checkbox } from "../checkbox.tsx";
import { Alert, Button, Heading, Paragraph, Tag } from "../designsystemet.tsx";
import { type Totals, TotalsTable } from "./step-sections.tsx";

export interface ReviewView {
  results: { ruleId: string; outcome: RuleOutcome; text: string; step: ApplicationSection | null }[];
  fieldProblems: { section: ApplicationSection; count: number }[];
  blockingCount: number;
}

const outcomeColor: Record<RuleOutcome, "success" | "warning" | "danger" | "neutral"> = {
  pass: "success",
  warning: "warning",
  fail: "danger",
  "not-applicable": "neutral",
};

/** The review step: every rule with its verdict and why, what still needs fixing, and the send button. */
export function ReviewStep({
  view,
  review,
}: {
  view: {
    applicationId: string;
    canSubmit: boolean;
    idempotencyKey: string | null;
    totals: Totals;
    callInfo: { closes: string | null };
  };
  review: ReviewView;
}) {
  const t = useT();
  const locale = useLocale();
  const stepLink = (step: ApplicationSection) =>
    localePath(locale, `/applications/${view.applicationId}/${step}`);
  const ready = review.blockingCount === 0;
  return (
    <>
      <Paragraph>
        {view.callInfo.closes
          ? t("application.review.deadline", { date: view.callInfo.closes })
          : t("application.review.continuous")}
      </Paragraph>
      {review.fieldProblems.length > 0 && (
        <ul>
          {review.fieldProblems.map((problem) => (
            <li key={problem.section}>
              <a href={stepLink(problem.section)}>
                {t("application.review.fieldProblems", {
                  step: t(`application.step.${problem.section}`),
                  count: problem.count,
                })}
              </a>
            </li>
          ))}
        </ul>
      )}
      <Heading level={2} data-size="sm">
        {t("application.review.rules")}
      </Heading>
      <ul className="bb-rule-list">
        {review.results.map((result) => (
          <li key={result.ruleId} data-outcome={result.outcome}>
            <Tag data-color={outcomeColor[result.outcome]} data-size="sm">
              {t(`application.review.outcome.${result.outcome}`)}
            </Tag>{" "}
            {result.text}
            {result.step && result.outcome !== "pass" && (
              <>
                {" "}
                <a href={stepLink(result.step)}>
                  {t("application.review.goTo", { step: t(`application.step.${result.step}`) })}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
      <TotalsTable totals={view.totals} />
      {ready ? (
        <Alert data-color="success">{t("application.review.ready")}</Alert>
      ) : (
        <Alert data-color="warning">{t("application.review.blocked", { count: review.blockingCount })}</Alert>
      )}
      {view.canSubmit && ready && view.idempotencyKey && (
        <Form method="post" className="bb-form">
          <input type="hidden" name="intent" value="submit" />
          <input type="hidden" name="idempotencyKey" value={view.idempotencyKey} />
          <Checkbox id="confirm" name="confirm" label={t("application.review.confirm")} />
          <div>
            <Button type="submit">{t("application.submit")}</Button>
          </div>
        </Form>
      )}
    </>
  );
}
