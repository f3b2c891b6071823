import type { ReactNode } from "react";
import { Form } from "react-router";
import type { AgendaItemView } from "#domain/meetings/agenda-item-view.ts";
import { decisionTransition } from "#domain/meetings/decision-transition.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import { Alert, Button } from "../designsystemet.tsx";
import { PageSection } from "../page-section.tsx";
import { PostButton } from "../post-button.tsx";
import { TextField } from "../text-field.tsx";

// One case on a meeting's agenda: what the meeting needs to know (applicant, amount, state, the
// assessors' summary), the decision once taken, and for those who decide, the two forms: approve
// with an amount and conditions, or reject with reasons (for an appeal: uphold or dismiss).

/** What the meeting page's action answers about one agenda entry, to show beside its forms. */
export interface DecisionAnswer {
  intent: string;
  ok: boolean;
  message: string;
  itemId?: string;
  outcome?: "approve" | "reject";
  fieldErrors?: Partial<Record<"amount" | "conditions" | "reasons", string>>;
  values?: Record<string, string>;
}

export function AgendaEntry({ item, result }: { item: AgendaItemView; result: DecisionAnswer | undefined }) {
  const t = useT();
  const locale = useLocale();
  const headingId = `item-${item.id}`;
  const failed = result && !result.ok ? result : undefined;
  const approveErrors = failed?.outcome === "approve" ? failed.fieldErrors : undefined;
  const rejectErrors = failed?.outcome === "reject" ? failed.fieldErrors : undefined;
  const typed = (outcome: "approve" | "reject", name: string) =>
    failed?.outcome === outcome ? failed.values?.[name] : undefined;
  return (
    <PageSection
      id={headingId}
      heading={
        <>
          {item.caseNumber} – {item.title}
        </>
      }
      level={3}
      size="xs"
      className="bb-stack bb-fieldset"
    >
      <dl className="bb-facts">
        <dt>{t("meeting.item.applicant")}</dt>
        <dd>{item.organisationName}</dd>
        <dt>{t("meeting.item.requested")}</dt>
        <dd>{item.requested}</dd>
        <dt>{t("meeting.item.state")}</dt>
        <dd>{t(`case.state.${item.status}`)}</dd>
        <dt>{t("meeting.item.assessment")}</dt>
        <dd>
          {item.assessment.overall === null
            ? t("meeting.item.noAssessment")
            : t("meeting.item.assessmentSummary", {
                average: item.assessment.overall,
                count: item.assessment.submitted,
                approve: item.assessment.approve,
                reject: item.assessment.reject,
              })}
          {item.assessment.averageAmount &&
            ` ${t("meeting.item.recommendedAmount", { amount: item.assessment.averageAmount })}`}
          {item.canOpenAssessment && (
            <>
              {" "}
              <a href={localePath(locale, `/cases/${item.applicationId}/assessment`)}>
                {t("meeting.item.openAssessment")}
                <span className="bb-visually-hidden"> {item.caseNumber}</span>
              </a>
            </>
          )}
        </dd>
        {item.decision && (
          <>
            <dt>{t("meeting.item.decision")}</dt>
            <dd>
              {item.decision === "approved"
                ? t("meeting.item.approved", { amount: item.amount ?? "" })
                : t("meeting.item.rejected")}
              {item.decidedByName && item.decidedAt
                ? ` (${t("meeting.item.decidedBy", { name: item.decidedByName, date: item.decidedAt })})`
                : ""}
            </dd>
            {item.decision === "approved" ? (
              <>
                <dt>{t("meeting.item.conditions")}</dt>
                <dd className="bb-message-body">{item.conditions || t("meeting.item.none")}</dd>
              </>
            ) : (
              <>
                <dt>{t("meeting.item.reasons")}</dt>
                <dd className="bb-message-body">{item.reasons}</dd>
              </>
            )}
          </>
        )}
      </dl>
      {result?.message && (
        <Alert data-color="danger" role="alert">
          {result.message}
        </Alert>
      )}
      {item.canDecide && (
        <div className="bb-stack">
          <DecisionForm item={item} outcome="approve">
            <TextField
              id={`amount-${item.id}`}
              name="amount"
              label={t("meeting.decide.amount")}
              description={t("meeting.decide.amountHelp", { requested: item.requested })}
              defaultValue={typed("approve", "amount") ?? item.suggestedAmount}
              error={approveErrors?.amount}
            />
            <TextField
              id={`conditions-${item.id}`}
              name="conditions"
              label={t("meeting.decide.conditions")}
              description={t("meeting.decide.conditionsHelp")}
              defaultValue={typed("approve", "conditions")}
              error={approveErrors?.conditions}
              multiline
            />
          </DecisionForm>
          <DecisionForm item={item} outcome="reject">
            <TextField
              id={`reasons-${item.id}`}
              name="reasons"
              label={t("meeting.decide.reasons")}
              description={t("meeting.decide.reasonsHelp")}
              defaultValue={typed("reject", "reasons")}
              error={rejectErrors?.reasons}
              multiline
            />
          </DecisionForm>
        </div>
      )}
      {item.canRemove && (
        <PostButton intent="remove" fields={{ itemId: item.id }} variant="tertiary" size="sm">
          {t("meeting.remove")}
          <span className="bb-visually-hidden"> {item.caseNumber}</span>
        </PostButton>
      )}
    </PageSection>
  );
}

/** One way to decide the case: its fields, and the button named by the workflow's step (appeal or first decision). */
function DecisionForm({
  item,
  outcome,
  children,
}: {
  item: AgendaItemView;
  outcome: "approve" | "reject";
  children: ReactNode;
}) {
  const t = useT();
  const label = t(`case.action.${decisionTransition(item.status, outcome)}`);
  return (
    <Form method="post" className="bb-form" aria-label={label}>
      <input type="hidden" name="intent" value="decide" />
      <input type="hidden" name="itemId" value={item.id} />
      <input type="hidden" name="outcome" value={outcome} />
      {children}
      <div>
        <Button
          type="submit"
          {...(outcome === "reject" ? { variant: "secondary" as const, "data-color": "danger" } : {})}
        >
          {label}
          <span className="bb-visually-hidden"> {item.caseNumber}</span>
        </Button>
      </div>
    </Form>
  );
}
