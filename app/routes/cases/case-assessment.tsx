import { type FieldMetadata, type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, redirect, useSearchParams } from "react-router";
import { mayDo } from "#domain/access/case-access.ts";
import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { applicationTitle } from "#domain/applications/application-title.ts";
import {
  assessmentInputSchema,
  commentField,
  lowScore,
  maxScore,
  scoreField,
} from "#domain/assessment/assessment-input.ts";
import { completeAssessment } from "#domain/assessment/complete-assessment.server.ts";
import { findLatestVersion } from "#domain/assessment/find-latest-version.server.ts";
import { listAssessments, summariseAssessments } from "#domain/assessment/list-assessments.server.ts";
import { declareNoConflict, saveAssessment } from "#domain/assessment/save-assessment.server.ts";
import { formatDateTime, formatNok, formatNumber } from "#domain/i18n/format.ts";
import { createTranslator, type Translate } from "#domain/i18n/translate.ts";
import { explainRefusal, refusalKind } from "#domain/meetings/explain-refusal.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { Alert, Button, Heading, Paragraph, Table } from "../../components/designsystemet.tsx";
import { FormErrors, formKitMessages, getFormProps, TextInput } from "../../components/form-kit.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { requireCaseAccess, requireCaseAction } from "../../web/case-access.server.ts";
import { localeFrom, localePath, useLocale, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import type { SessionUser } from "../../web/session.server.ts";
import type { Route } from "./+types/case-assessment";

// The assessment of one case. Staff who read cases see every assessment with its scores and the
// averages; advisers of the case's office and programme managers assess while the case is in
// assessment: first the declaration that they have no conflict of interest (someone with a conflict
// cannot assess, and nothing is recorded), then a score 0-5 and a comment per criterion of the
// programme (as stored with the version sent) and a recommendation. Ending the assessment (the case
// is then ready for a meeting) needs at least one assessment.

const notFound = () => data({ reason: "not-found" }, { status: 404 });
const statusOf = { forbidden: 403, conflict: 409, invalid: 400 } as const;

/**
 * The case and the version sent, which it is assessed by: for reading (staff who see the case), or
 * for assessing (a role that never assesses is refused first, 403, whichever case it names).
 */
async function loadCase(
  args: Pick<Route.LoaderArgs, "request" | "context" | "params">,
  action: "read_case_file" | "assess",
) {
  const locale = localeFrom(args.params);
  const { user, access } = await requireCaseAccess(
    args.request,
    args.context,
    locale,
    args.params.applicationId,
    action,
  );
  const version = await findLatestVersion(args.context.services.db, access.application.id);
  if (!version) throw notFound();
  return { locale, user, access, application: access.application, version };
}

function mailSettings(context: Route.ActionArgs["context"]) {
  return { smtpEnabled: Boolean(context.services.config.SMTP_URL), baseUrl: context.services.config.baseUrl };
}

function caseUser(user: SessionUser) {
  return { id: user.id, role: user.role, officeId: user.officeId };
}

export const handle: RouteHandle = { messages: ["assessment", "case", ...formKitMessages] };

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { locale, user, access, application, version } = await loadCase(
    { request, params, context },
    "read_case_file",
  );
  const { db } = context.services;
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
    defaults: mine?.submittedAt ? formDefaults(mine) : undefined,
    canComplete: mayDo(access, "complete_assessment"),
  };
}

function formDefaults(row: {
  scores: Record<string, { score: number; comment: string }>;
  recommendation: "approve" | "reject" | null;
  recommendedAmount: number | null;
  reasons: string | null;
}): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [id, entry] of Object.entries(row.scores)) {
    values[scoreField(id)] = String(entry.score);
    values[commentField(id)] = entry.comment;
  }
  if (row.recommendation) values.recommendation = row.recommendation;
  if (row.recommendedAmount !== null) values.amount = String(row.recommendedAmount);
  if (row.reasons) values.reasons = row.reasons;
  return values;
}

type ActionData = {
  intent: string;
  ok: boolean;
  message: string | null;
  result?: SubmissionResult<string[]>;
};

export async function action({ request, params, context }: Route.ActionArgs) {
  const { locale, user, access, application, version } = await loadCase(
    { request, params, context },
    "assess",
  );
  const t = createTranslator(locale);
  const { db } = context.services;
  const formData = await readForm(request);
  const intent = String(formData.get("intent") ?? "");
  const here = `/${locale}/cases/${application.id}/assessment`;
  const refuse = (reason: string) =>
    data<ActionData>(
      { intent, ok: false, message: explainRefusal(locale, reason, { state: application.status }) },
      { status: statusOf[refusalKind(reason)] },
    );
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
      assessor: caseUser(user),
      now: new Date(),
    });
    if (!result.ok) return refuse(result.error);
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
      assessor: caseUser(user),
      assessment: submission.value,
      now: new Date(),
    });
    if (!result.ok) {
      const message =
        result.error === "not-declared"
          ? t("assessment.declare.first")
          : explainRefusal(locale, result.error, {
              state: application.status,
              requested: formatNok(locale, version.requested),
            });
      return data<ActionData>(
        { intent, ok: false, message, result: submission.reply({ formErrors: [message] }) },
        { status: result.error === "not-declared" ? 400 : statusOf[refusalKind(result.error)] },
      );
    }
    throw redirect(`${here}?saved=1`);
  }
  if (intent === "complete") {
    const result = await completeAssessment(db, {
      applicationId: application.id,
      actor: caseUser(user),
      now: new Date(),
      mail: mailSettings(context),
    });
    if (!result.ok) {
      if (result.error === "not-found") throw notFound();
      return refuse(result.reason);
    }
    throw redirect(`${here}?completed=1`);
  }
  throw data({ reason: "bad-request" }, { status: 400 });
}

function scoreText(locale: Locale, value: number | null | undefined): string {
  return value === null || value === undefined
    ? "–"
    : formatNumber(locale, value, { maximumFractionDigits: 1 });
}

function recommendationText(
  t: Translate,
  locale: Locale,
  recommendation: "approve" | "reject" | null,
  amount: number | null,
): string {
  if (recommendation === "approve")
    return t("assessment.recommendation.approveAmount", { amount: formatNok(locale, amount ?? 0) });
  if (recommendation === "reject") return t("assessment.recommendation.reject");
  return t("assessment.notSubmitted");
}

export default function CaseAssessment({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const view = loaderData;
  const [searchParams] = useSearchParams();
  const heading = t("assessment.heading", { caseNumber: view.caseNumber });
  const submitted = view.assessments.filter((a) => a.submittedAt !== null);
  const notice = (["declared", "saved", "completed"] as const).find((key) => searchParams.get(key) === "1");
  return (
    <div className="bb-stack">
      <title>{`${heading} – ${t("app.name")}`}</title>
      <Heading level={1}>{heading}</Heading>
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
      {notice && (
        <Alert data-color="success" role="status">
          {t(`assessment.notice.${notice}`)}
        </Alert>
      )}
      {actionData?.message && !actionData.result && (
        <Alert data-color={actionData.ok ? "info" : "danger"} role={actionData.ok ? "status" : "alert"}>
          {actionData.message}
        </Alert>
      )}

      <section aria-labelledby="assessments" className="bb-stack">
        <Heading level={2} data-size="sm" id="assessments">
          {t("assessment.list.heading")}
        </Heading>
        {submitted.length === 0 ? (
          <Paragraph>{t("assessment.list.none")}</Paragraph>
        ) : (
          <AssessmentTable view={view} submitted={submitted} />
        )}
        {submitted.map((assessment) => (
          <section key={assessment.id} aria-labelledby={`assessment-${assessment.id}`} className="bb-stack">
            <Heading level={3} data-size="xs" id={`assessment-${assessment.id}`}>
              {t("assessment.by", { name: assessment.assessorName })}
            </Heading>
            <dl className="bb-facts">
              {view.criteria.map((criterion) => (
                <div key={criterion.id} className="bb-contents">
                  <dt>
                    {criterion.name}: {assessment.scores[criterion.id]?.score ?? "–"}
                  </dt>
                  <dd>{assessment.scores[criterion.id]?.comment || t("assessment.noComment")}</dd>
                </div>
              ))}
              <dt>{t("assessment.recommendation")}</dt>
              <dd>
                {recommendationText(t, locale, assessment.recommendation, assessment.recommendedAmount)}
                {assessment.reasons ? `: ${assessment.reasons}` : ""}
              </dd>
              <dt>{t("assessment.savedAt")}</dt>
              <dd>{assessment.submittedAt}</dd>
            </dl>
          </section>
        ))}
      </section>

      {view.canAssess && (
        <section aria-labelledby="my-assessment" className="bb-stack">
          <Heading level={2} data-size="sm" id="my-assessment">
            {t("assessment.mine.heading")}
          </Heading>
          {view.declared ? (
            <AssessmentForm
              key={JSON.stringify(view.defaults ?? {})}
              view={view}
              actionData={actionData as ActionData | undefined}
            />
          ) : (
            <Declaration />
          )}
        </section>
      )}

      {view.canComplete && (
        <section aria-labelledby="complete" className="bb-stack">
          <Heading level={2} data-size="sm" id="complete">
            {t("assessment.complete.heading")}
          </Heading>
          <Paragraph>{t("assessment.complete.text")}</Paragraph>
          <Form method="post">
            <input type="hidden" name="intent" value="complete" />
            <Button type="submit">{t("case.action.complete_assessment")}</Button>
          </Form>
        </section>
      )}
    </div>
  );
}

function AssessmentTable({
  view,
  submitted,
}: {
  view: Route.ComponentProps["loaderData"];
  submitted: Route.ComponentProps["loaderData"]["assessments"];
}) {
  const t = useT();
  const locale = useLocale();
  const average = (scores: Record<string, { score: number }>) => {
    const values = Object.values(scores).map((entry) => entry.score);
    return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
  };
  return (
    <div className="bb-table-wrap">
      <Table data-size="sm">
        <caption className="bb-visually-hidden">{t("assessment.list.heading")}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t("assessment.assessor")}</Table.HeaderCell>
            {view.criteria.map((criterion) => (
              <Table.HeaderCell scope="col" key={criterion.id}>
                {criterion.name}
              </Table.HeaderCell>
            ))}
            <Table.HeaderCell scope="col">{t("assessment.average")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("assessment.recommendation")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {submitted.map((assessment) => (
            <Table.Row key={assessment.id}>
              <Table.HeaderCell scope="row">{assessment.assessorName}</Table.HeaderCell>
              {view.criteria.map((criterion) => (
                <Table.Cell key={criterion.id}>
                  {scoreText(locale, assessment.scores[criterion.id]?.score)}
                </Table.Cell>
              ))}
              <Table.Cell>{scoreText(locale, average(assessment.scores))}</Table.Cell>
              <Table.Cell>
                {recommendationText(t, locale, assessment.recommendation, assessment.recommendedAmount)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
        <Table.Foot>
          <Table.Row>
            <Table.HeaderCell scope="row">
              {t("assessment.averageAll", { count: view.summary.submitted })}
            </Table.HeaderCell>
            {view.criteria.map((criterion) => (
              <Table.Cell key={criterion.id}>
                {scoreText(locale, view.summary.averages[criterion.id])}
              </Table.Cell>
            ))}
            <Table.Cell>{scoreText(locale, view.summary.overall)}</Table.Cell>
            <Table.Cell>
              {t("assessment.recommendationCounts", {
                approve: view.summary.approve,
                reject: view.summary.reject,
              })}
            </Table.Cell>
          </Table.Row>
        </Table.Foot>
      </Table>
    </div>
  );
}

function Declaration() {
  const t = useT();
  return (
    <Form method="post" className="bb-form">
      <Paragraph>{t("assessment.declare.text")}</Paragraph>
      <div className="bb-checkbox">
        <input type="checkbox" className="ds-input" id="no-conflict" name="noConflict" value="on" />
        <label htmlFor="no-conflict">{t("assessment.declare.checkbox")}</label>
      </div>
      <div className="bb-actions">
        <Button type="submit" name="intent" value="declare">
          {t("assessment.declare.submit")}
        </Button>
        <Button type="submit" name="intent" value="conflict" variant="secondary">
          {t("assessment.declare.conflict")}
        </Button>
      </div>
    </Form>
  );
}

function AssessmentForm({
  view,
  actionData,
}: {
  view: Route.ComponentProps["loaderData"];
  actionData: ActionData | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const schema = assessmentInputSchema(t, {
    criteria: view.criteria.map((c) => c.id),
    requested: view.requested,
  });
  const [form, typedFields] = useForm({
    id: "assessment",
    lastResult: actionData?.intent === "save" ? actionData.result : undefined,
    defaultValue: view.defaults,
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  // The fields are named after the programme's criteria, which the compiler cannot know.
  const fields = typedFields as unknown as Record<string, FieldMetadata<string | undefined>>;
  const labels: Record<string, string> = {
    recommendation: t("assessment.recommendation"),
    amount: t("assessment.amount"),
    reasons: t("assessment.reasons"),
  };
  for (const criterion of view.criteria) {
    labels[scoreField(criterion.id)] = t("assessment.scoreOf", { criterion: criterion.name });
    labels[commentField(criterion.id)] = t("assessment.commentOf", { criterion: criterion.name });
  }
  const scoreOptions = [
    { value: "", label: t("assessment.score.choose") },
    ...Array.from({ length: maxScore + 1 }, (_, score) => ({
      value: String(score),
      label: t(`assessment.score.${score as 0 | 1 | 2 | 3 | 4 | 5}`),
    })),
  ];
  const recommendation = fields.recommendation!;
  return (
    <Form method="post" className="bb-form" {...getFormProps(form)}>
      <FormErrors form={form} fieldLabels={labels} />
      <input type="hidden" name="intent" value="save" />
      <Paragraph>{t("assessment.form.help", { low: lowScore })}</Paragraph>
      {view.criteria.map((criterion) => {
        const score = fields[scoreField(criterion.id)]!;
        const comment = fields[commentField(criterion.id)]!;
        return (
          <fieldset key={criterion.id} className="bb-fieldset">
            <legend>{criterion.name}</legend>
            <SelectField
              key={score.key}
              id={score.id}
              name={score.name}
              label={t("assessment.score")}
              defaultValue={(score.initialValue as string | undefined) ?? ""}
              options={scoreOptions}
              error={score.errors?.join(" ")}
            />
            <TextInput field={comment} label={t("assessment.comment")} multiline />
          </fieldset>
        );
      })}
      <fieldset
        className="bb-fieldset"
        aria-describedby={recommendation.errors ? `${recommendation.id}-error` : undefined}
      >
        <legend>{t("assessment.recommendation")}</legend>
        {(["approve", "reject"] as const).map((value) => (
          <div className="bb-checkbox" key={value}>
            <input
              type="radio"
              className="ds-input"
              id={value === "approve" ? recommendation.id : `${recommendation.id}-${value}`}
              name={recommendation.name}
              value={value}
              defaultChecked={recommendation.initialValue === value}
            />
            <label htmlFor={value === "approve" ? recommendation.id : `${recommendation.id}-${value}`}>
              {t(`assessment.recommendation.${value}`)}
            </label>
          </div>
        ))}
        {recommendation.errors && (
          <p className="ds-validation-message" id={`${recommendation.id}-error`}>
            {recommendation.errors.join(" ")}
          </p>
        )}
      </fieldset>
      <TextInput
        field={fields.amount!}
        label={t("assessment.amount")}
        description={t("assessment.amount.help", { max: formatNok(locale, view.requested) })}
      />
      <TextInput
        field={fields.reasons!}
        label={t("assessment.reasons")}
        description={t("assessment.reasons.help")}
        multiline
      />
      <div>
        <Button type="submit">{t("assessment.save")}</Button>
      </div>
    </Form>
  );
}
