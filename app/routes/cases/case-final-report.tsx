import { type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, redirect } from "react-router";
import { mayDo } from "#domain/access/case-access.ts";
import { approveFinalReport, returnFinalReport } from "#domain/final-reports/approve-final-report.server.ts";
import { reviewReportSchema } from "#domain/final-reports/final-report-form.ts";
import { listFinalReports } from "#domain/final-reports/find-final-reports.server.ts";
import { loadReportContext } from "#domain/final-reports/report-context.server.ts";
import { caseReportPage } from "#domain/final-reports/report-pages.ts";
import { Alert, Button, Heading, Link, Paragraph } from "../../components/designsystemet.tsx";
import { ReviewedReport } from "../../components/final-report/sent-report.tsx";
import { FormErrors, formKitMessages, getFormProps, TextInput } from "../../components/form-kit.tsx";
import { Notice } from "../../components/notice.tsx";
import { failureMessage, failureStatus, notFoundPage } from "../../web/answer.server.ts";
import { openCase } from "../../web/case-request.server.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import type { Route } from "./+types/case-final-report";

// The adviser's review of the final report: the latest report with its accounts against the budget,
// the own-funding share and the auditor's confirmation, the photos with their consent, the earlier
// (returned) reports and their notes, and the two decisions: approve, or return with a note the
// grantee reads. Readers of cases may look; the decisions are the workflow table's (advisers of the
// case's office, programme managers).

export const handle: RouteHandle = {
  messages: [
    "finalReport",
    "case.action",
    "payments.case",
    "payments.error",
    "payments.link",
    "payments.list.heading",
    "payments.page",
    "account.name.noMarkup",
    ...formKitMessages,
  ],
};

export async function loader(args: Route.LoaderArgs) {
  const { locale, t, access, application, db } = await openCase(args, "read_case_file");
  const [reportContext, reports] = await Promise.all([
    loadReportContext(db, application),
    listFinalReports(db, application.id),
  ]);
  return caseReportPage({
    locale,
    t,
    application,
    context: reportContext,
    reports,
    mayReview: mayDo(access, "approve_report") && mayDo(access, "return_report"),
    done: new URL(args.request.url).searchParams.get("done"),
    now: new Date(),
  });
}

export async function action(args: Route.ActionArgs) {
  const { locale, t, user, application, db, mail } = await openCase(args, "approve_report");
  const submission = parseWithZod(await readForm(args.request), { schema: reviewReportSchema(t) });
  if (submission.status !== "success")
    return data({ result: submission.reply(), message: null }, { status: 400 });
  const decision = submission.value.intent;
  const input = {
    applicationId: application.id,
    actor: user,
    now: new Date(),
    mail,
  };
  const result =
    submission.value.intent === "return"
      ? await returnFinalReport(db, { ...input, note: submission.value.note })
      : await approveFinalReport(db, input);
  if (!result.ok) {
    if (result.kind === "not-found") throw notFoundPage();
    return data({ result: undefined, message: failureMessage(t, result) }, { status: failureStatus(result) });
  }
  return redirect(
    localePath(
      locale,
      `/cases/${application.id}/final-report?done=${decision === "approve" ? "approved" : "returned"}`,
    ),
  );
}

export default function CaseFinalReport({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const d = loaderData;
  const notice = actionData?.message
    ? { ok: false, message: actionData.message }
    : d.done
      ? { ok: true, message: t(`finalReport.review.${d.done}`) }
      : null;
  return (
    <div className="bb-stack">
      <title>{`${t("finalReport.case.title", { caseNumber: d.caseNumber })} – ${t("app.name")}`}</title>
      <Heading level={1}>{t("finalReport.case.title", { caseNumber: d.caseNumber })}</Heading>
      <Notice result={notice} />
      <nav aria-label={t("payments.page.links")} className="bb-inline-list">
        <Link href={localePath(locale, `/cases/${d.applicationId}`)}>{t("payments.link.case")}</Link>
        <Link href={localePath(locale, `/cases/${d.applicationId}/payments`)}>
          {t("payments.list.heading")}
        </Link>
      </nav>
      <Paragraph>{t("payments.case.state", { state: d.state })}</Paragraph>
      {d.overdue && d.dueOn ? (
        <Alert data-color="danger">{t("finalReport.case.overdue", { date: d.dueOn })}</Alert>
      ) : d.dueOn ? (
        <Paragraph>{t("finalReport.case.dueOn", { date: d.dueOn })}</Paragraph>
      ) : null}
      {d.latest ? (
        <ReviewedReport report={d.latest} applicationId={d.applicationId} />
      ) : (
        <Paragraph>{t("finalReport.none")}</Paragraph>
      )}
      {d.canReview && <ReviewForms lastResult={actionData?.result} />}
      {d.earlier.length > 0 && (
        <>
          <Heading level={2} data-size="sm">
            {t("finalReport.earlier")}
          </Heading>
          <ul>
            {d.earlier.map((r) => (
              <li key={r.number}>
                {t("finalReport.number", { number: r.number, date: r.submittedAt })}: {r.outcome}
                {r.note && <Paragraph className="bb-message-body">{r.note}</Paragraph>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function ReviewForms({ lastResult }: { lastResult?: SubmissionResult<string[]> }) {
  const t = useT();
  const [form, fields] = useForm<
    { intent: string; note: string },
    { intent: "approve" } | { intent: "return"; note: string }
  >({
    id: "return-report",
    lastResult,
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: reviewReportSchema(t) }),
  });
  return (
    <>
      <Heading level={2} data-size="sm">
        {t("finalReport.review.heading")}
      </Heading>
      <Form method="post">
        <Button type="submit" name="intent" value="approve">
          {t("case.action.approve_report")}
        </Button>
      </Form>
      <Form method="post" className="bb-form" {...getFormProps(form)}>
        <FormErrors form={form} fieldLabels={{ note: t("finalReport.review.note") }} />
        <input type="hidden" name="intent" value="return" />
        <TextInput
          field={fields.note}
          label={t("finalReport.review.note")}
          description={t("finalReport.review.noteHint")}
          multiline
        />
        <div>
          <Button type="submit" variant="secondary">
            {t("case.action.return_report")}
          </Button>
        </div>
      </Form>
    </>
  );
}
