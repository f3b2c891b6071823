import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "react-router";
import { mayDo } from "#domain/access/case-access.ts";
import { createAttachmentStore } from "#domain/attachments/attachment-store.server.ts";
import { formatFileSize } from "#domain/attachments/format-file-size.ts";
import { finalReportSchema } from "#domain/final-reports/final-report-form.ts";
import { listFinalReports } from "#domain/final-reports/find-final-reports.server.ts";
import { loadReportContext } from "#domain/final-reports/report-context.server.ts";
import {
  granteeReportPage,
  reportFormRules,
  reportProblemErrors,
} from "#domain/final-reports/report-pages.ts";
import {
  addReportPhoto,
  listReportPhotos,
  removeReportPhoto,
} from "#domain/final-reports/report-photos.server.ts";
import { submitFinalReport } from "#domain/final-reports/submit-final-report.server.ts";
import { Alert, Heading, Link, Paragraph } from "../../components/designsystemet.tsx";
import { PhotoSection } from "../../components/final-report/photo-section.tsx";
import { ReportForm } from "../../components/final-report/report-form.tsx";
import { SentReport } from "../../components/final-report/sent-report.tsx";
import { formKitMessages } from "../../components/form-kit.tsx";
import { Notice } from "../../components/notice.tsx";
import { failureMessage, failureStatus, notFoundPage, readerParams } from "../../web/answer.server.ts";
import { openCase } from "../../web/case-request.server.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
import { readUpload } from "../../web/read-upload.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import type { Route } from "./+types/application-final-report";

// The grantee's final report: written while the project runs (or after the adviser returned it),
// checked as it is sent (own-funding share, the auditor's confirmation above the programme's
// threshold), then read back while the adviser reviews it.
//
// No draft is stored: the report is one form, and a refused send shows every typed value again with
// its error (400). A returned report opens with the values of the report that was returned. Photos
// are added one at a time before the report is sent (a separate upload form; see report-photos.server.ts),
// and the consent to publish each is ticked in the report itself.

export const handle: RouteHandle = {
  messages: [
    "finalReport",
    "payments.error",
    "payments.link",
    "payments.list.heading",
    "payments.page",
    "account.name.noMarkup",
    ...formKitMessages,
  ],
};

export async function loader(args: Route.LoaderArgs) {
  const { locale, t, access, application, db, services } = await openCase(args, "view");
  const [reportContext, reports, photos] = await Promise.all([
    loadReportContext(db, application),
    listFinalReports(db, application.id),
    listReportPhotos(db, application.id),
  ]);
  return granteeReportPage({
    locale,
    t,
    application,
    context: reportContext,
    reports,
    photos,
    canWrite: mayDo(access, "submit_final_report"),
    done: new URL(args.request.url).searchParams.get("done"),
    photoMaxBytes: services.config.ATTACHMENT_MAX_BYTES,
    photoHref: (id) => localePath(locale, `/applications/${application.id}/attachments/${id}`),
    now: new Date(),
  });
}

export async function action(args: Route.ActionArgs) {
  const { request } = args;
  // Writing the report, its photos included: the grantee's members (the operations check the state).
  const { locale, t, user, application, db, services, mail } = await openCase(args, "submit_final_report");
  const { config } = services;
  const here = localePath(locale, `/applications/${application.id}/final-report`);
  const refused = (
    message: string,
    status: number,
    intent: string,
    result?: SubmissionResult<string[]>,
    headers?: HeadersInit,
  ) => data({ intent, message, result }, { status, headers });

  if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    // A photo: the body is bounded like every upload (see application-attachments.tsx).
    const maxBytes = config.ATTACHMENT_MAX_BYTES;
    const limit = formatFileSize(locale, maxBytes);
    const upload = await readUpload(request, maxBytes);
    if (!upload.ok)
      return refused(
        t("finalReport.photo.error.too-large", { limit }),
        413,
        "upload-photo",
        undefined,
        upload.headers,
      );
    const file = upload.form.get("photo");
    if (!(file instanceof File) || file.size === 0)
      return refused(t("finalReport.photo.error.noFile"), 400, "upload-photo");
    const added = await addReportPhoto(
      db,
      createAttachmentStore(config.attachmentsDir),
      {
        applicationId: application.id,
        fileName: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
        uploadedBy: user.id,
        now: new Date(),
      },
      { maxBytes },
    );
    if (!added.ok) {
      if (added.kind === "not-found") throw notFoundPage();
      if (failureStatus(added) === 403) throw data({ reason: "forbidden" }, { status: 403 });
      // The size limit in the reader's units; a photo over it is 413, as from the reader above.
      const tooLarge = added.kind === "refused" && added.reason === "finalReport.photo.error.too-large";
      const message =
        added.kind === "refused"
          ? t(added.reason, { ...readerParams(t, added.params), limit })
          : failureMessage(t, added);
      return refused(message, tooLarge ? 413 : failureStatus(added), "upload-photo");
    }
    return redirect(`${here}?done=photo-added`);
  }

  const formData = await readForm(request);
  if (formData.get("intent") === "remove-photo") {
    const removed = await removeReportPhoto(db, {
      applicationId: application.id,
      attachmentId: String(formData.get("photoId") ?? "").slice(0, 64),
      removedBy: user.id,
      now: new Date(),
    });
    if (!removed.ok && removed.kind === "not-found") throw notFoundPage();
    if (!removed.ok && failureStatus(removed) === 403) throw data({ reason: "forbidden" }, { status: 403 });
    if (!removed.ok) return refused(failureMessage(t, removed), failureStatus(removed), "remove-photo");
    return redirect(`${here}?done=photo-removed`);
  }

  const reportContext = await loadReportContext(db, application);
  const submission = parseWithZod(formData, {
    schema: finalReportSchema(t, locale, reportFormRules(reportContext)),
  });
  if (submission.status !== "success")
    return refused(t("form.errorSummary"), 400, "send", submission.reply());
  const result = await submitFinalReport(db, {
    applicationId: application.id,
    values: submission.value,
    user,
    now: new Date(),
    mail,
  });
  if (!result.ok) {
    if ("error" in result)
      return refused(
        t("form.errorSummary"),
        400,
        "send",
        submission.reply(reportProblemErrors(result.problems, t, locale)),
      );
    if (result.kind === "not-found") throw notFoundPage();
    const message = failureMessage(t, result);
    return refused(message, 409, "send", submission.reply({ formErrors: [message] }));
  }
  return redirect(`${here}?done=sent`);
}

export default function ApplicationFinalReport({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const d = loaderData;
  const notice =
    actionData && actionData.intent !== "send"
      ? { ok: false, message: actionData.message }
      : d.done
        ? { ok: true, message: t(`finalReport.done.${d.done}`) }
        : null;
  return (
    <div className="bb-stack">
      <title>{`${t("finalReport.page.title", { caseNumber: d.caseNumber })} – ${t("app.name")}`}</title>
      <Heading level={1}>{t("finalReport.page.title", { caseNumber: d.caseNumber })}</Heading>
      <Notice result={notice} />
      <nav aria-label={t("payments.page.links")} className="bb-inline-list">
        <Link href={localePath(locale, `/applications/${d.applicationId}/status`)}>
          {t("payments.link.status")}
        </Link>
        <Link href={localePath(locale, `/applications/${d.applicationId}/payments`)}>
          {t("payments.list.heading")}
        </Link>
      </nav>
      <Paragraph>{t("finalReport.state", { state: d.stateText })}</Paragraph>
      {d.approvedOn ? (
        <Paragraph>{t("finalReport.approvedOn", { date: d.approvedOn })}</Paragraph>
      ) : d.overdue && d.dueOn ? (
        <Alert data-color="danger">{t("finalReport.overdue", { date: d.dueOn })}</Alert>
      ) : d.dueOn ? (
        <Paragraph>{t("finalReport.dueOn", { date: d.dueOn })}</Paragraph>
      ) : null}
      {d.returned && d.canWrite && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t("finalReport.returned.heading", { date: d.returned.at })}
          </Heading>
          <Paragraph className="bb-message-body">{d.returned.note}</Paragraph>
        </Alert>
      )}
      {d.canWrite && d.startingValues ? (
        <>
          <PhotoSection
            photos={d.photos}
            limit={d.photoLimit}
            uploadError={actionData?.intent === "upload-photo" ? actionData.message : undefined}
          />
          <ReportForm
            rules={d.rules}
            categories={d.categories}
            ownWorkBudgeted={d.ownWorkBudgeted}
            minOwnFundingPercent={d.minOwnFundingPercent}
            auditorThreshold={d.auditorThreshold}
            photos={d.photos}
            startingValues={d.startingValues}
            lastResult={actionData?.intent === "send" ? actionData.result : undefined}
          />
        </>
      ) : d.latest ? (
        <SentReport report={d.latest} applicationId={d.applicationId} />
      ) : (
        <Paragraph>{t("finalReport.notYet")}</Paragraph>
      )}
    </div>
  );
}
