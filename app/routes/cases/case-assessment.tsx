import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "react-router";
import { mayDo } from "#domain/access/case-access.ts";
import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { applicationTitle } from "#domain/applications/application-title.ts";
import { assessmentInputSchema } from "#domain/assessment/assessment-input.ts";
import { assessmentFormDefaults } from "#domain/assessment/assessment-text.ts";
import { completeAssessment } from "#domain/assessment/complete-assessment.server.ts";
import { findLatestVersion } from "#domain/assessment/find-latest-version.server.ts";
import { listAssessments, summariseAssessments } from "#domain/assessment/list-assessments.server.ts";
import { declareNoConflict, saveAssessment } from "#domain/assessment/save-assessment.server.ts";
import { amountsInKroner } from "#domain/cases/case-refusal.ts";
import { formatDateTime, formatNok } from "#domain/i18n/format.ts";
import type { Failure } from "#domain/result.ts";
import { AssessmentForm } from "../../components/case/assessment-form.tsx";
import { AssessmentList } from "../../components/case/assessment-list.tsx";
import { ConflictDeclaration } from "../../components/case/conflict-declaration.tsx";
import { Alert, Paragraph } from "../../components/designsystemet.tsx";
import { formKitMessages } from "../../components/form-kit.tsx";
import { Notice, useDoneNotice } from "../../components/notice.tsx";
import { Page } from "../../components/page.tsx";
import { PageSection } from "../../components/page-section.tsx";
import { PostButton } from "../../components/post-button.tsx";
import { failureMessage, failureStatus, notFoundPage } from "../../web/answer.server.ts";
import { requireCaseAction } from "../../web/case-access.server.ts";
import { openCase } from "../../web/case-request.server.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import type { Route } from "./+types/case-assessment";

// The assessment of one case. Staff who read cases see every assessment with its scores and the
// averages; advisers of the case's office and programme managers assess while the case is in
// assessment: first the declaration that they have no conflict of interest (someone with a conflict
// cannot assess, and nothing is recorded), then a score 0-5 and a comment per criterion of the
// programme (as stored with the version sent) and a recommendation. Ending the assessment (the case
// is then ready for a meeting) needs at least one assessment.

/**
 * The case and the version sent, which it is assessed by: for reading (staff who see the case), or
 * for assessing (a role that never assesses is refused first, 403, whichever case it names).
 */
async function loadCase(args: Route.LoaderArgs | Route.ActionArgs, action: "read_case_file" | "assess") {
  const opened = await openCase(args, action);
  const version = await findLatestVersion(opened.db, opened.application.id);
  if (!version) throw notFoundPage();
  // The person as the access rules know them, without the session's other fields.
  const assessor = { id: opened.user.id, role: opened.user.role, officeId: opened.user.officeId };
  return { ...opened, assessor, version };
}

export const handle: RouteHandle = { messages: ["assessment", "case", ...formKitMessages] };

export async function loader(args: Route.LoaderArgs) {
  const { locale, user, access, application, version, db } = await loadCase(args, "read_case_file");
  const criteria = version.rules.assessmentCriteria.map((c) => ({ id: c.id, name: c.name[locale] }));
  const rows = await listAssessments(db, application.id);
  const summary = summariseAssessments(
    rows,
    criteria.map((c) => c.id),
  );
  const mine = rows.find((row) => row.assessorId === user.id);
  return {
    applicationId: application.id,
    caseNumber: application.caseNumber ?? "",
    title: applicationTitle(application.form as ApplicationForm, locale) ?? application.caseNumber ?? "",
    status: application.status,
    versionNumber: version.number,
    requested: version.requested,
    criteria,
    assessments: rows.map((row) => ({
      id: row.id,
      assessorName: row.assessorName,
      mine: row.assessorId === user.id,
      submittedAt: row.submittedAt ? formatDateTime(locale, row.submittedAt) : null,
      scores: row.scores,
      recommendation: row.recommendation,
      recommendedAmount: row.recommendedAmount,
      reasons: row.reasons,
    })),
    summary,
    canAssess: mayDo(access, "assess"),
    declared: Boolean(mine?.noConflictDeclaredAt),
    defaults: mine?.submittedAt ? assessmentFormDefaults(mine) : undefined,
    canComplete: mayDo(access, "complete_assessment"),
  };
}

type ActionData = {
  intent: string;
  ok: boolean;
  message: string | null;
  result?: SubmissionResult<string[]>;
};

export async function action(args: Route.ActionArgs) {
  const { locale, t, assessor, access, application, version, db, mail } = await loadCase(args, "assess");
  const formData = await readForm(args.request);
  const intent = String(formData.get("intent") ?? "");
  const here = `/${locale}/cases/${application.id}/assessment`;
  // A refusal in the reader's words (an amount in kroner), beside the form it answers.
  const refuse = (failure: Failure, form?: (message: string) => SubmissionResult<string[]>) => {
    if (failure.kind === "not-found") throw notFoundPage();
    const message = failureMessage(t, amountsInKroner(failure, locale));
    return data<ActionData>(
      { intent, ok: false, message, ...(form ? { result: form(message) } : {}) },
      { status: failureStatus(failure) },
    );
  };
  if (intent === "complete") requireCaseAction(access, "complete_assessment");

  if (intent === "conflict") {
    // A conflict of interest: the person steps aside; nothing is recorded about the case.
    return data<ActionData>({ intent, ok: true, message: t("assessment.conflict.recorded") });
  }
  if (intent === "declare") {
    if (formData.get("noConflict") !== "on") {
      return data<ActionData>(
        { intent, ok: false, message: t("assessment.declare.required") },
        { status: 400 },
      );
    }
    const result = await declareNoConflict(db, {
      applicationId: application.id,
      assessor: assessor,
      now: new Date(),
    });
    if (!result.ok) return refuse(result);
    throw redirect(`${here}?declared=1#my-assessment`);
  }
  if (intent === "save") {
    const schema = assessmentInputSchema(t, {
      criteria: version.rules.assessmentCriteria.map((c) => c.id),
      requested: version.requested,
    });
    const submission = parseWithZod(formData, { schema });
    if (submission.status !== "success") {
      return data<ActionData>(
        { intent, ok: false, message: null, result: submission.reply() },
        { status: 400 },
      );
    }
    const result = await saveAssessment(db, {
      applicationId: application.id,
      assessor: assessor,
      assessment: submission.value,
      now: new Date(),
    });
    if (!result.ok) return refuse(result, (message) => submission.reply({ formErrors: [message] }));
    throw redirect(`${here}?saved=1`);
  }
  if (intent === "complete") {
    const result = await completeAssessment(db, {
      applicationId: application.id,
      actor: assessor,
      now: new Date(),
      mail,
    });
    if (!result.ok) return refuse(result);
    throw redirect(`${here}?completed=1`);
  }
  throw data({ reason: "bad-request" }, { status: 400 });
}

export default function CaseAssessment({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const view = loaderData;
  const heading = t("assessment.heading", { caseNumber: view.caseNumber });
  const submitted = view.assessments.filter((a) => a.submittedAt !== null);
  const notice = useDoneNotice(["declared", "saved", "completed"]);
  return (
    <Page title={heading}>
      <Paragraph>{view.title}</Paragraph>
      <dl className="bb-facts">
        <dt>{t("assessment.state")}</dt>
        <dd>{t(`case.state.${view.status}`)}</dd>
        <dt>{t("assessment.requested")}</dt>
        <dd>{formatNok(locale, view.requested)}</dd>
      </dl>
      <ul className="bb-inline-list">
        <li>
          <a href={localePath(locale, `/cases/${view.applicationId}`)}>{t("assessment.backToCase")}</a>
        </li>
        <li>
          <a
            href={localePath(
              locale,
              `/applications/${view.applicationId}/versions/${view.versionNumber}/pdf`,
            )}
          >
            {t("assessment.applicationPdf")}
          </a>
        </li>
      </ul>
      <Notice result={notice && { ok: true, message: t(`assessment.notice.${notice}`) }} />
      {actionData?.message && !actionData.result && (
        <Alert data-color={actionData.ok ? "info" : "danger"} role={actionData.ok ? "status" : "alert"}>
          {actionData.message}
        </Alert>
      )}

      <AssessmentList view={view} submitted={submitted} />

      {view.canAssess && (
        <PageSection id="my-assessment" heading={t("assessment.mine.heading")}>
          {view.declared ? (
            <AssessmentForm
              key={JSON.stringify(view.defaults ?? {})}
              view={view}
              lastResult={actionData?.intent === "save" ? (actionData as ActionData).result : undefined}
            />
          ) : (
            <ConflictDeclaration />
          )}
        </PageSection>
      )}

      {view.canComplete && (
        <PageSection id="complete" heading={t("assessment.complete.heading")}>
          <Paragraph>{t("assessment.complete.text")}</Paragraph>
          <PostButton intent="complete">{t("case.action.complete_assessment")}</PostButton>
        </PageSection>
      )}
    </Page>
  );
}
