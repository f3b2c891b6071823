import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, useSearchParams } from "react-router";
import { availableTransitions, mayDo, seeCase } from "#domain/access/case-access.ts";
import { completeAssessment } from "#domain/assessment/complete-assessment.server.ts";
import type { CaseTransitionId } from "#domain/cases/case-transitions.ts";
import { transitionCase } from "#domain/cases/transition-case.server.ts";
import { listMessages } from "#domain/collaboration/list-messages.server.ts";
import { postMessage } from "#domain/collaboration/post-message.server.ts";
import { assignCase, listAssignees } from "#domain/workbench/assign-case.server.ts";
import { assignmentSchema } from "#domain/workbench/assignment-form.ts";
import { casePageView } from "#domain/workbench/case-page.ts";
import { findCase, findCaseVersions, listCaseEvents } from "#domain/workbench/find-case.server.ts";
import { AssignCaseForm } from "../../components/case/assign-case-form.tsx";
import { CaseAttachments } from "../../components/case/case-attachments.tsx";
import { CaseFacts } from "../../components/case/case-facts.tsx";
import { CaseHistory } from "../../components/case/case-history.tsx";
import { RuleResults } from "../../components/case/rule-results.tsx";
import { SubmittedApplication } from "../../components/case/submitted-application.tsx";
import { VersionChanges } from "../../components/case/version-changes.tsx";
import { Alert, Link, Paragraph } from "../../components/designsystemet.tsx";
import { formKitMessages } from "../../components/form-kit.tsx";
import { MessageForm, MessageList } from "../../components/message-thread/message-thread.tsx";
import { Page } from "../../components/page.tsx";
import { PageSection } from "../../components/page-section.tsx";
import { PostButton } from "../../components/post-button.tsx";
import { errorPage, failureMessage, failureStatus, notFoundPage } from "../../web/answer.server.ts";
import { requireCaseAction } from "../../web/case-access.server.ts";
import { openCase } from "../../web/case-request.server.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import type { Route } from "./+types/case";

// The case page: what an adviser needs about one case on one page. Who handles it (and the form to
// assign it), the application exactly as sent (the latest version) with what changed since the one
// before, the eligibility results stored with it, the attachments, the conversation with the
// applicant, the history, links to the steps that have their own pages, and the buttons for the
// workflow steps that need nothing more than a click. Every door asks the access rules
// (domain/access/case-access.ts): a case that is not the reader's to see answers 404 like one that
// does not exist.

/** Steps done with a click here; the others need input and have their own pages (screening, …). */
const pageTransitions = ["start_screening", "complete_assessment", "start_project", "close"] as const;
type PageTransition = (typeof pageTransitions)[number];
const isPageTransition = (value: unknown): value is PageTransition =>
  (pageTransitions as readonly unknown[]).includes(value);

/** The steps that have their own pages: the path under the case, and the link's words. */
const caseSteps = [
  ["screening", "screening"],
  ["assessment", "assessment"],
  ["payments", "payments"],
  ["final-report", "finalReport"],
] as const;

export const handle: RouteHandle = {
  messages: [
    "workbench",
    "case",
    "eligibility.outcome",
    "application.step.attachments",
    "documents.none",
    ...formKitMessages,
  ],
};

export async function loader(args: Route.LoaderArgs) {
  const { locale, t, access, db } = await openCase(args, "read_case_file");
  const found = await findCase(db, access.application.id);
  if (!found) throw notFoundPage();
  const [versions, events, messages] = await Promise.all([
    findCaseVersions(db, found.application.id),
    listCaseEvents(db, found.application.id),
    listMessages(db, access, "case"),
  ]);
  const assignees = mayDo(access, "assign") ? await listAssignees(db) : null;
  return {
    ...casePageView({ found, versions, events, messages, assignees }, locale, t),
    canMessage: mayDo(access, "message_case"),
    transitions: availableTransitions(access).filter(isPageTransition),
  };
}

export async function action(args: Route.ActionArgs) {
  const { locale, t, user, access, application, db, mail } = await openCase(args, "read_case_file");
  const here = localePath(locale, `/cases/${application.id}`);
  const formData = await readForm(args.request);
  const intent = formData.get("intent");

  if (intent === "transition") {
    const transition = formData.get("transition");
    if (!isPageTransition(transition))
      return data(
        { intent, result: undefined, ok: false, message: t("workbench.case.unknownAction") },
        { status: 400 },
      );
    // The workflow's door refuses what the access rules do not allow, and says why in the page.
    const input = { applicationId: application.id, actor: user, now: new Date(), mail };
    // Completing an assessment has its own rule (at least one assessment submitted).
    const result =
      transition === "complete_assessment"
        ? await completeAssessment(db, input)
        : await transitionCase(db, { ...input, transition });
    if (!result.ok) {
      if (result.kind === "not-found") throw notFoundPage();
      // This page names the access rules' reasons; a step's own checks are explained on its own page.
      const message =
        result.kind === "refused" && result.reason.startsWith("case.refused.")
          ? failureMessage(t, result)
          : t("workbench.case.refused");
      return data({ intent, result: undefined, ok: false, message }, { status: failureStatus(result) });
    }
    throw redirect(`${here}?done=${transition}`);
  }

  if (intent === "assign") {
    requireCaseAction(access, "assign");
    const submission = parseWithZod(formData, { schema: assignmentSchema(t) });
    if (submission.status !== "success")
      return data({ intent, result: submission.reply(), ok: false, message: null }, { status: 400 });
    const { officeId, adviserId } = submission.value;
    const assigned = await assignCase(db, {
      applicationId: application.id,
      actor: user,
      officeId,
      adviserId: adviserId || null,
      now: new Date(),
    });
    if (!assigned.ok) {
      // A choice no longer possible is shown beside its field; anything else is an error page.
      if (assigned.kind !== "refused" || !assigned.fields) throw errorPage(t, assigned);
      const fieldErrors = Object.fromEntries(
        Object.entries(assigned.fields).map(([field, key]) => [field, [t(key)]]),
      );
      return data(
        { intent, result: submission.reply({ fieldErrors }), ok: false, message: null },
        { status: failureStatus(assigned) },
      );
    }
    // An adviser who handed the case to another office no longer sees it: back to the workbench.
    if (!seeCase({ ...access, application: { ...application, officeId } }).sees)
      throw redirect(localePath(locale, "/workbench"));
    throw redirect(`${here}?assigned=1`);
  }

  if (intent === "message") {
    requireCaseAction(access, "message_case");
    const result = await postMessage(db, access, user, "case", String(formData.get("body") ?? ""), mail);
    if (!result.ok) {
      if (result.error === "forbidden") throw data({ reason: "forbidden" }, { status: 403 });
      const message = result.error === "empty" ? t("form.required") : t("form.tooLong", { max: 5000 });
      return data({ intent, result: undefined, ok: false, message }, { status: 400 });
    }
    throw redirect(`${here}?sent=1#messages`);
  }

  return data({ intent, result: undefined, ok: false, message: t("workbench.badRequest") }, { status: 400 });
}

export default function CasePage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const view = loaderData;
  const [searchParams] = useSearchParams();
  const done = searchParams.get("done");
  const heading = t("workbench.case.heading", { caseNumber: view.caseNumber });
  return (
    <Page title={heading}>
      <Paragraph data-size="lg">{view.title}</Paragraph>
      {done && isPageTransition(done) && (
        <Alert data-color="success" role="status">
          {t("workbench.case.done", {
            action: t(`case.action.${done}`),
            state: t(`case.state.${view.status}`),
          })}
        </Alert>
      )}
      {searchParams.get("assigned") === "1" && (
        <Alert data-color="success" role="status">
          {t("workbench.assign.done")}
        </Alert>
      )}
      {actionData && actionData.intent === "transition" && !actionData.ok && actionData.message && (
        <Alert data-color="danger" role="alert">
          {actionData.message}
        </Alert>
      )}
      <CaseFacts view={view} />
      <nav aria-label={t("workbench.case.steps")}>
        <ul className="bb-inline-list">
          {caseSteps.map(([path, label]) => (
            <li key={path}>
              <Link href={localePath(locale, `/cases/${view.id}/${path}`)}>
                {t(`workbench.case.link.${label}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {view.transitions.length > 0 && (
        <PageSection id="actions-heading" heading={t("workbench.case.actions")}>
          <div className="bb-actions">
            {view.transitions.map((transition: CaseTransitionId) => (
              <PostButton key={transition} intent="transition" fields={{ transition }}>
                {t(`case.action.${transition}`)}
              </PostButton>
            ))}
          </div>
        </PageSection>
      )}

      {view.assignees && (
        <AssignCaseForm
          officeId={view.officeId}
          adviserId={view.adviserId}
          offices={view.assignees.offices}
          advisers={view.assignees.advisers}
          lastResult={actionData?.intent === "assign" ? actionData.result : undefined}
        />
      )}
      {view.changes && <VersionChanges changes={view.changes} />}
      <SubmittedApplication applicationId={view.id} version={view.version} sections={view.sections} />

      <PageSection id="eligibility-heading" heading={t("workbench.case.eligibility")}>
        {view.eligibility.length === 0 ? (
          <Paragraph>{t("workbench.case.noEligibility")}</Paragraph>
        ) : (
          <RuleResults results={view.eligibility} outcomeLabels="eligibility.outcome" />
        )}
      </PageSection>
      <CaseAttachments applicationId={view.id} attachments={view.attachments} />
      <PageSection id="messages" heading={t("workbench.case.messages")}>
        {searchParams.get("sent") === "1" && (
          <Alert data-color="success" role="status">
            {t("workbench.case.messageSent")}
          </Alert>
        )}
        <MessageList messages={view.messages} empty={t("workbench.case.noMessages")} />
        {view.canMessage && (
          <MessageForm
            label={t("workbench.case.message")}
            description={t("workbench.case.messageHint")}
            submit={t("workbench.case.send")}
            error={
              actionData?.intent === "message" && !actionData.ok
                ? (actionData.message ?? undefined)
                : undefined
            }
          />
        )}
      </PageSection>
      <CaseHistory history={view.history} />
    </Page>
  );
}
