import type { ReactNode } from "react";
import { data, Form, redirect } from "react-router";
import { mayDo } from "#domain/access/case-access.ts";
import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { findLatestVersion } from "#domain/assessment/find-latest-version.server.ts";
import { acceptGrant } from "#domain/grants/accept-grant.server.ts";
import { appealRejection, appealSchema } from "#domain/grants/appeal-rejection.server.ts";
import { decisionView } from "#domain/grants/decision-view.ts";
import { findDecision } from "#domain/grants/find-decision.server.ts";
import { Checkbox } from "../../components/checkbox.tsx";
import { Alert, Button, Heading, Paragraph } from "../../components/designsystemet.tsx";
import { Notice, useDoneNotice } from "../../components/notice.tsx";
import { TextField } from "../../components/text-field.tsx";
import { failureMessage, failureStatus, notFoundPage } from "../../web/answer.server.ts";
import { titleOf } from "../../web/application-view.server.ts";
import { requireCaseAction } from "../../web/case-access.server.ts";
import { openCase } from "../../web/case-request.server.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import type { Route } from "./+types/application-grant";

// The applicant's side of the decision: what was decided, the letter as a PDF in their language, and
// what they can do about it: accept the grant (who and when is recorded), or appeal a rejection to
// the board within three weeks. Partners and staff with access read the same page without the forms.

export const handle: RouteHandle = {
  messages: ["grantPage", "grantLetter", "rejectionLetter", "letter", "application.status", "case.action"],
};

export async function loader(args: Route.LoaderArgs) {
  const { locale, t, access, application, db } = await openCase(args, "view");
  const decision = await findDecision(db, application);
  const version = await findLatestVersion(db, application.id);
  const base = {
    applicationId: application.id,
    caseNumber: application.caseNumber ?? "",
    title: titleOf(application.form as ApplicationForm, locale, t),
    status: application.status,
  };
  return {
    ...base,
    ...decisionView(decision, {
      locale,
      t,
      auditorAboveGrant: version?.rules.finalReport.auditorAboveGrant ?? 0,
      mayAccept: mayDo(access, "accept_grant"),
      mayAppeal: mayDo(access, "appeal"),
      now: new Date(),
    }),
  };
}

interface ActionData {
  intent: string;
  ok: false;
  message: string;
  reason?: string;
}

export async function action(args: Route.ActionArgs) {
  const { locale, t, user, access, db, mail } = await openCase(args, "view");
  const formData = await readForm(args.request);
  const intent = String(formData.get("intent") ?? "");
  const here = `/${locale}/applications/${access.application.id}/grant`;
  const actor = { id: user.id, role: user.role, officeId: user.officeId };
  // Only members of the applying organisation accept or appeal; partners and staff read.
  if (intent === "accept") {
    requireCaseAction(access, "accept_grant");
    if (formData.get("confirm") !== "on")
      return data<ActionData>(
        { intent, ok: false, message: t("grantPage.accept.confirmRequired") },
        { status: 400 },
      );
    const result = await acceptGrant(db, {
      applicationId: access.application.id,
      actor,
      now: new Date(),
      mail,
    });
    if (!result.ok) {
      if (result.kind === "not-found") throw notFoundPage();
      return data<ActionData>(
        { intent, ok: false, message: failureMessage(t, result) },
        { status: failureStatus(result) },
      );
    }
    throw redirect(`${here}?accepted=1`);
  }
  if (intent === "appeal") {
    requireCaseAction(access, "appeal");
    const reason = String(formData.get("reason") ?? "");
    const parsed = appealSchema(t).safeParse({ reason });
    if (!parsed.success)
      return data<ActionData>(
        { intent, ok: false, message: parsed.error.issues[0]?.message ?? t("form.invalid"), reason },
        { status: 400 },
      );
    const result = await appealRejection(db, {
      applicationId: access.application.id,
      actor,
      reason: parsed.data.reason,
      now: new Date(),
      mail,
    });
    if (!result.ok) {
      if (result.kind === "not-found") throw notFoundPage();
      return data<ActionData>(
        { intent, ok: false, message: failureMessage(t, result), reason },
        { status: failureStatus(result) },
      );
    }
    throw redirect(`${here}?appealed=1`);
  }
  throw data({ reason: "bad-request" }, { status: 400 });
}

export default function ApplicationGrant({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const view = loaderData;
  const failed = actionData as ActionData | undefined;
  const heading = t("grantPage.heading", { caseNumber: view.caseNumber });
  const letterPath = localePath(locale, `/applications/${view.applicationId}/grant-letter.pdf`);
  const notice = useDoneNotice(["accepted", "appealed"]);
  const { decision } = view;
  return (
    <div className="bb-stack">
      <title>{`${heading} – ${t("app.name")}`}</title>
      <Heading level={1}>{heading}</Heading>
      <Paragraph>{view.title}</Paragraph>
      <Paragraph>
        <a href={localePath(locale, `/applications/${view.applicationId}/status`)}>
          {t("grantPage.backToStatus")}
        </a>
      </Paragraph>
      <Notice result={notice && { ok: true, message: t(`grantPage.notice.${notice}`) }} />

      {decision.kind === "pending" && (
        <Paragraph>{t("grantPage.pending", { state: t(`application.status.${view.status}`) })}</Paragraph>
      )}

      {decision.kind === "grant" && (
        <section aria-labelledby="grant" className="bb-stack">
          <Heading level={2} data-size="sm" id="grant">
            {t("grantPage.approved")}
          </Heading>
          <dl className="bb-facts">
            <dt>{t("grantLetter.amount")}</dt>
            <dd>{decision.amount}</dd>
            <dt>{t("grantLetter.conditions")}</dt>
            <dd className="bb-message-body">{decision.conditions || t("grantLetter.noConditions")}</dd>
            <dt>{t("grantLetter.advance")}</dt>
            <dd>{decision.advance}</dd>
            <dt>{t("grantLetter.reportDue")}</dt>
            <dd>{decision.reportDue}</dd>
            <dt>{t("grantLetter.auditor")}</dt>
            <dd>{decision.auditor}</dd>
            <dt>{t("letter.decidedAt")}</dt>
            <dd>{decision.decidedAt}</dd>
          </dl>
          <Paragraph>
            <a href={letterPath}>{t("grantPage.letter")}</a>
          </Paragraph>
          {decision.accepted && (
            <Paragraph>
              {t("grantPage.acceptedBy", { name: decision.accepted.name, date: decision.accepted.at })}
            </Paragraph>
          )}
          {view.canAccept && (
            <GrantStepForm
              intent="accept"
              heading={t("case.action.accept_grant")}
              text={t("grantPage.accept.text")}
              error={failed?.intent === "accept" ? failed.message : undefined}
              submit={t("case.action.accept_grant")}
            >
              <Checkbox id="accept-confirm" name="confirm" label={t("grantPage.accept.confirm")} />
            </GrantStepForm>
          )}
        </section>
      )}

      {decision.kind === "rejection" && (
        <section aria-labelledby="rejection" className="bb-stack">
          <Heading level={2} data-size="sm" id="rejection">
            {t(decision.final ? "grantPage.rejectedFinal" : "grantPage.rejected")}
          </Heading>
          <dl className="bb-facts">
            <dt>{t("letter.decidedAt")}</dt>
            <dd>{decision.decidedAt}</dd>
            <dt>{t("rejectionLetter.reasons")}</dt>
            <dd className="bb-message-body">{decision.reasons}</dd>
          </dl>
          <Paragraph>
            <a href={letterPath}>{t("grantPage.rejectionLetter")}</a>
          </Paragraph>
          {decision.final ? (
            <Paragraph>{t("rejectionLetter.finalText")}</Paragraph>
          ) : decision.appealedAt ? (
            <Paragraph>{t("grantPage.appeal.sent", { date: decision.appealedAt })}</Paragraph>
          ) : (
            <Paragraph>
              {t(decision.late ? "grantPage.appeal.late" : "grantPage.appeal.deadline", {
                date: decision.appealDeadline,
              })}
            </Paragraph>
          )}
          {view.canAppeal && (
            <GrantStepForm
              intent="appeal"
              heading={t("case.action.appeal")}
              text={t("rejectionLetter.appealHow")}
              submit={t("grantPage.appeal.submit")}
            >
              <TextField
                id="appeal-reason"
                name="reason"
                label={t("grantPage.appeal.reason")}
                description={t("grantPage.appeal.reasonHelp")}
                defaultValue={failed?.intent === "appeal" ? failed.reason : undefined}
                error={failed?.intent === "appeal" ? failed.message : undefined}
                multiline
              />
            </GrantStepForm>
          )}
        </section>
      )}
    </div>
  );
}

/** The grantee's one step on a decision (accept the grant, appeal the rejection): a form of its own. */
function GrantStepForm({
  intent,
  heading,
  text,
  error,
  submit,
  children,
}: {
  intent: "accept" | "appeal";
  heading: string;
  text: string;
  error?: string;
  submit: string;
  children: ReactNode;
}) {
  return (
    <Form method="post" className="bb-form" aria-labelledby={`${intent}-heading`}>
      <Heading level={3} data-size="xs" id={`${intent}-heading`}>
        {heading}
      </Heading>
      <Paragraph>{text}</Paragraph>
      {error && (
        <Alert data-color="danger" role="alert">
          {error}
        </Alert>
      )}
      <input type="hidden" name="intent" value={intent} />
      {children}
      <div>
        <Button type="submit">{submit}</Button>
      </div>
    </Form>
  );
}
