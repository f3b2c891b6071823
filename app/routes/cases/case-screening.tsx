import { data, Form, redirect, useSearchParams } from "react-router";
import { mayDo } from "#domain/access/case-access.ts";
import { applicationSections, isApplicationSection } from "#domain/applications/application-sections.ts";
import { markEligible } from "#domain/cases/mark-eligible.server.ts";
import { markIneligible } from "#domain/cases/mark-ineligible.server.ts";
import { returnApplication } from "#domain/cases/return-application.server.ts";
import {
  findScreening,
  latestVersion,
  maxReasonLength,
  type ScreeningOutcome,
  saveScreeningChecklist,
  screeningRules,
} from "#domain/cases/screening.server.ts";
import { transitionCase } from "#domain/cases/transition-case.server.ts";
import { renderRuleMessage } from "#domain/eligibility/render-rule-message.ts";
import type { RuleResult } from "#domain/eligibility/rule-result.ts";
import type { Failure } from "#domain/result.ts";
import { RuleResults } from "../../components/case/rule-results.tsx";
import { Choice } from "../../components/choice.tsx";
import { Alert, Heading, Paragraph } from "../../components/designsystemet.tsx";
import { IntentButton } from "../../components/intent-button.tsx";
import { SectionHeading } from "../../components/page.tsx";
import { PostButton } from "../../components/post-button.tsx";
import { TextField } from "../../components/text-field.tsx";
import { failureMessage, failureStatus, notFoundPage, valueOrErrorPage } from "../../web/answer.server.ts";
import { requireCaseAction } from "../../web/case-access.server.ts";
import { openCase } from "../../web/case-request.server.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import type { Route } from "./+types/case-screening";

// Screening a case: the automatic rule results as the applicant saw them, the programme's manual
// checklist, and the outcome (eligible, ineligible with a reason, or returned with named steps).

const outcomes: ScreeningOutcome[] = ["eligible", "ineligible", "returned"];

export const handle: RouteHandle = {
  messages: ["screening", "case", "application.step", "application.review.outcome"],
};

export async function loader(args: Route.LoaderArgs) {
  const { locale, application, access, db } = await openCase(args, "read_case_file");
  const [rules, version, screening] = await Promise.all([
    screeningRules(db, application.id),
    latestVersion(db, application.id),
    findScreening(db, application.id),
  ]);
  if (!rules || !version) throw data({ reason: "not-found" }, { status: 404 });
  return {
    applicationId: application.id,
    caseNumber: application.caseNumber ?? "",
    state: application.status,
    results: (version.eligibility as RuleResult[]).map((result) => ({
      ruleId: result.ruleId,
      outcome: result.outcome,
      text: renderRuleMessage(locale, result.message),
    })),
    checklist: rules.screeningChecklist.map((item) => ({
      id: item.id,
      name: item.name[locale],
      ticked: screening?.checklist[item.id] === true,
    })),
    reason: screening?.reason ?? "",
    canScreen: mayDo(access, "screen"),
    canStart: mayDo(access, "start_screening"),
  };
}

export async function action(args: Route.ActionArgs) {
  const { locale, t, user, access, application, db, mail } = await openCase(args, "read_case_file");
  const formData = await readForm(args.request);
  const intent = String(formData.get("intent") ?? "");
  const here = `/${locale}/cases/${application.id}/screening`;
  const checklist = Object.fromEntries(formData.getAll("checklist").map((id) => [String(id), true]));

  // The operations judge each step by the access rules and say why they refuse, in the page.
  if (intent === "start") {
    const result = await transitionCase(db, {
      applicationId: application.id,
      transition: "start_screening",
      actor: user,
      now: new Date(),
      mail,
    });
    if (!result.ok) return problems(result);
    throw redirect(here);
  }
  if (intent === "checklist") {
    requireCaseAction(access, "screen");
    const saved = await saveScreeningChecklist(db, { applicationId: application.id, actor: user, checklist });
    valueOrErrorPage(t, saved);
    throw redirect(`${here}?saved=1`);
  }
  if (intent !== "outcome") throw data({ reason: "bad-request" }, { status: 400 });
  const outcome = String(formData.get("outcome") ?? "") as ScreeningOutcome;
  if (!outcomes.includes(outcome)) {
    return data(
      { problems: [t("form.required")], reason: String(formData.get("reason") ?? "") },
      { status: 400 },
    );
  }
  // Each outcome's operation, named as the adviser says it.
  const recordOutcome = { eligible: markEligible, ineligible: markIneligible, returned: returnApplication };
  const result = await recordOutcome[outcome](db, {
    applicationId: application.id,
    actor: user,
    now: new Date(),
    mail,
    checklist,
    reason: String(formData.get("reason") ?? ""),
    sections: formData.getAll("sections").map(String),
  });
  if (!result.ok) return problems(result);
  throw redirect(`/${locale}/cases/${application.id}`);

  /** A refusal as the page lists it: each problem of the form, or the one reason. */
  function problems(failure: Failure) {
    if (failure.kind === "not-found") throw notFoundPage();
    const keys = failure.kind === "refused" && failure.fields ? Object.values(failure.fields) : null;
    return data(
      {
        problems: keys ? keys.map((key) => t(key, { max: maxReasonLength })) : [failureMessage(t, failure)],
        reason: keys ? String(formData.get("reason") ?? "") : "",
      },
      { status: failureStatus(failure) },
    );
  }
}

export default function CaseScreening({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const view = loaderData;
  const title = t("screening.title", { caseNumber: view.caseNumber });
  return (
    <div className="bb-stack">
      <title>{`${title} – ${t("app.name")}`}</title>
      <Paragraph>
        <a href={localePath(locale, `/cases/${view.applicationId}`)}>{t("screening.backToCase")}</a>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      {actionData?.problems && actionData.problems.length > 0 && (
        <Alert data-color="danger" role="alert">
          <ul>
            {actionData.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Alert>
      )}
      {searchParams.get("saved") === "1" && (
        <Alert data-color="success" role="status">
          {t("screening.checklistSaved")}
        </Alert>
      )}
      {view.canStart && <PostButton intent="start">{t("screening.start")}</PostButton>}
      <SectionHeading>{t("screening.automatic")}</SectionHeading>
      <RuleResults results={view.results} outcomeLabels="application.review.outcome" />
      {!view.canScreen ? (
        <Paragraph>{t("screening.notInScreening", { state: t(`case.state.${view.state}`) })}</Paragraph>
      ) : (
        <Form method="post" className="bb-form">
          <fieldset className="bb-fieldset">
            <legend>{t("screening.checklist")}</legend>
            {view.checklist.map((item) => (
              <Choice
                key={item.id}
                id={`checklist-${item.id}`}
                name="checklist"
                value={item.id}
                label={item.name}
                defaultChecked={item.ticked}
              />
            ))}
            <div>
              <IntentButton intent="checklist" variant="secondary">
                {t("screening.saveChecklist")}
              </IntentButton>
            </div>
          </fieldset>
          <fieldset className="bb-fieldset">
            <legend>{t("screening.outcome")}</legend>
            {outcomes.map((outcome) => (
              <Choice
                key={outcome}
                type="radio"
                id={`outcome-${outcome}`}
                name="outcome"
                value={outcome}
                label={t(`screening.outcome.${outcome}`)}
              />
            ))}
            <TextField
              id="screening-reason"
              name="reason"
              label={t("screening.reason")}
              multiline
              defaultValue={actionData?.reason ?? view.reason}
            />
            <fieldset className="bb-fieldset-plain">
              <legend>{t("screening.sections")}</legend>
              {applicationSections.filter(isApplicationSection).map((section) => (
                <Choice
                  key={section}
                  id={`section-${section}`}
                  name="sections"
                  value={section}
                  label={t(`application.step.${section}`)}
                />
              ))}
            </fieldset>
            <div>
              <IntentButton intent="outcome">{t("screening.submit")}</IntentButton>
            </div>
          </fieldset>
        </Form>
      )}
    </div>
  );
}
