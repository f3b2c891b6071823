import { type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, redirect } from "react-router";
import type { ApplicationRecord } from "#db/schema.ts";
import { mayDo } from "#domain/access/case-access.ts";
import { createAttachmentStore } from "#domain/attachments/attachment-store.server.ts";
import { formatFileSize } from "#domain/attachments/format-file-size.ts";
import { readWithinLimit } from "#domain/attachments/read-within-limit.ts";
import type { ReportProblem } from "#domain/final-reports/check-final-report.ts";
import type { FinalReportContent, FinalReportValues } from "#domain/final-reports/final-report-content.ts";
import {
  describeReportProblem,
  finalReportSchema,
  maxReportPhotos,
  type ReportFormRules,
} from "#domain/final-reports/final-report-form.ts";
import { listFinalReports } from "#domain/final-reports/find-final-reports.server.ts";
import { loadReportContext, type ReportContext } from "#domain/final-reports/report-context.server.ts";
import {
  addReportPhoto,
  listReportPhotos,
  removeReportPhoto,
} from "#domain/final-reports/report-photos.server.ts";
import { categoryName, type ReportView, reportView } from "#domain/final-reports/report-view.ts";
import { submitFinalReport } from "#domain/final-reports/submit-final-report.server.ts";
import { formatDate, formatNok } from "#domain/i18n/format.ts";
import { createTranslator, type Translate } from "#domain/i18n/translate.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import {
  Alert,
  Button,
  Field,
  Heading,
  Input,
  Label,
  Link,
  Paragraph,
  ValidationMessage,
} from "../../components/designsystemet.tsx";
import { FormErrors, formKitMessages, getFormProps, TextInput } from "../../components/form-kit.tsx";
import { Notice } from "../../components/notice.tsx";
import { failureMessage, notFoundPage } from "../../web/answer.server.ts";
import { requireCaseAccess } from "../../web/case-access.server.ts";
import { localeFrom, localePath, useLocale, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
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

const formOverheadBytes = 64 * 1024;
const drainFactor = 4;

type DoneNotice = "sent" | "photo-added" | "photo-removed";
const doneNotices: readonly DoneNotice[] = ["sent", "photo-added", "photo-removed"];

/** The form as the browser sends it: every value a string (a ticked box "on"). */
interface ReportFormShape {
  intent: string;
  done: string;
  results: string;
  cooperation: string;
  media: string;
  participantsApplicant: string;
  participantsPartner: string;
  actual: Record<string, string>;
  ownWorkActual: string;
  financingGrant: string;
  financingOwnFunds: string;
  financingPartners: string;
  financingOther: string;
  auditorName: string;
  auditorConfirmed: string;
  photos: { id: string; consent: string }[];
}

function formRules(context: ReportContext): ReportFormRules {
  return {
    categoryIds: context.categories.map((c) => c.id),
    grantAmount: context.grantAmount,
    auditorRequired: context.auditorRequired,
    minOwnFundingPercent: context.minOwnFundingPercent,
  };
}

/** The form's starting values: the returned report's, or the grant as the programme's line. */
function startingValues(previous: FinalReportContent | undefined, context: ReportContext) {
  const amount = (n: number) => String(n);
  if (!previous) return { financingGrant: context.grantAmount === null ? "" : amount(context.grantAmount) };
  return {
    done: previous.done,
    results: previous.results,
    cooperation: previous.cooperation,
    media: previous.media,
    participantsApplicant: amount(previous.participants.applicantSide),
    participantsPartner: amount(previous.participants.partnerSide),
    actual: Object.fromEntries(previous.accounts.map((row) => [row.category, amount(row.actual)])),
    ownWorkActual: amount(previous.ownWork.actual),
    financingGrant: amount(previous.financing.grant),
    financingOwnFunds: amount(previous.financing.ownFunds),
    financingPartners: amount(previous.financing.partnerContributions),
    financingOther: amount(previous.financing.otherSources),
    auditorName: previous.auditor?.name ?? "",
    auditorConfirmed: previous.auditor ? "on" : undefined,
    photos: previous.photos.map((p) => ({ id: p.attachmentId, consent: p.consent ? "on" : undefined })),
  };
}

function isOverdue(application: ApplicationRecord, now: Date): boolean {
  return Boolean(application.reportDueAt && !application.reportApprovedAt && application.reportDueAt < now);
}

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

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const { access } = await requireCaseAccess(request, context, locale, params.applicationId, "view");
  const t = createTranslator(locale);
  const { db, config } = context.services;
  const { application } = access;
  const [reportContext, reports, photos] = await Promise.all([
    loadReportContext(db, application),
    listFinalReports(db, application.id),
    listReportPhotos(db, application.id),
  ]);
  const canWrite = mayDo(access, "submit_final_report");
  const latest = reports[0];
  const done = new URL(request.url).searchParams.get("done") as DoneNotice | null;
  return {
    applicationId: application.id,
    caseNumber: application.caseNumber ?? "",
    state: application.status,
    stateText: t(`application.status.${application.status}`),
    dueOn: application.reportDueAt ? formatDate(locale, application.reportDueAt) : null,
    overdue: isOverdue(application, new Date()),
    approvedOn: application.reportApprovedAt ? formatDate(locale, application.reportApprovedAt) : null,
    done: done && doneNotices.includes(done) ? done : null,
    canWrite,
    rules: formRules(reportContext),
    minOwnFundingPercent: reportContext.minOwnFundingPercent,
    auditorThreshold: formatNok(locale, reportContext.auditorAboveGrant),
    categories: reportContext.categories.map((c) => ({
      id: c.id,
      name: categoryName(c.id, reportContext.categories, locale, t),
      budgeted: formatNok(locale, c.budgeted),
    })),
    ownWorkBudgeted: formatNok(locale, reportContext.ownWorkBudgeted),
    photoLimit: formatFileSize(locale, config.ATTACHMENT_MAX_BYTES),
    photos: photos.map((p) => ({
      id: p.id,
      fileName: p.fileName,
      size: formatFileSize(locale, p.sizeBytes),
      href: localePath(locale, `/applications/${application.id}/attachments/${p.id}`),
    })),
    // A returned report: its note, and its values to start from.
    returned:
      latest?.outcome === "returned"
        ? { note: latest.reviewNote ?? "", at: formatDate(locale, latest.reviewedAt ?? latest.submittedAt) }
        : null,
    startingValues: canWrite
      ? startingValues(latest?.outcome === "returned" ? latest.content : undefined, reportContext)
      : null,
    latest: latest && !canWrite ? reportView(latest, reportContext.categories, locale, t) : null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  // Writing the report, its photos included: the grantee's members (the operations check the state).
  const { user, access } = await requireCaseAccess(
    request,
    context,
    locale,
    params.applicationId,
    "submit_final_report",
  );
  const t = createTranslator(locale);
  const { db, config } = context.services;
  const { application } = access;
  const here = localePath(locale, `/applications/${application.id}/final-report`);
  const refused = (message: string, status: number, intent: string, result?: SubmissionResult<string[]>) =>
    data({ intent, message, result }, { status });

  if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    // A photo: the body is bounded like every upload (see application-attachments.tsx).
    const maxBytes = config.ATTACHMENT_MAX_BYTES;
    const limit = formatFileSize(locale, maxBytes);
    const bodyLimit = maxBytes + formOverheadBytes;
    const drainUpTo = drainFactor * bodyLimit;
    const tooLarge = (headers?: HeadersInit) =>
      data(
        {
          intent: "upload-photo",
          message: t("finalReport.photo.error.too-large", { limit }),
          result: undefined,
        },
        { status: 413, headers },
      );
    if (Number(request.headers.get("content-length") ?? 0) > drainUpTo)
      return tooLarge({ Connection: "close" });
    const body = await readWithinLimit(request.body, bodyLimit, { drainUpTo });
    if (!body.ok) return tooLarge();
    let formData: FormData;
    try {
      formData = await new Response(body.bytes as Uint8Array<ArrayBuffer>, {
        headers: { "content-type": request.headers.get("content-type") ?? "" },
      }).formData();
    } catch {
      return refused(t("form.invalid"), 400, "upload-photo");
    }
    const file = formData.get("photo");
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
      if (added.error === "forbidden") throw data({ reason: "forbidden" }, { status: 403 });
      const status = added.error === "too-large" ? 413 : added.error === "closed" ? 409 : 400;
      return refused(
        t(`finalReport.photo.error.${added.error}`, { limit, max: maxReportPhotos }),
        status,
        "upload-photo",
      );
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
    if (!removed.ok && removed.error === "not-found") throw data({ reason: "not-found" }, { status: 404 });
    if (!removed.ok && removed.error === "forbidden") throw data({ reason: "forbidden" }, { status: 403 });
    if (!removed.ok) return refused(t("finalReport.photo.error.closed"), 409, "remove-photo");
    return redirect(`${here}?done=photo-removed`);
  }

  const reportContext = await loadReportContext(db, application);
  const submission = parseWithZod(formData, {
    schema: finalReportSchema(t, locale, formRules(reportContext)),
  });
  if (submission.status !== "success")
    return refused(t("form.errorSummary"), 400, "send", submission.reply());
  const result = await submitFinalReport(db, {
    applicationId: application.id,
    values: submission.value,
    user,
    now: new Date(),
    mail: { smtpEnabled: Boolean(config.SMTP_URL), baseUrl: config.baseUrl },
  });
  if (!result.ok) {
    if ("error" in result)
      return refused(
        t("form.errorSummary"),
        400,
        "send",
        problemsReply(submission, result.problems, t, locale),
      );
    if (result.kind === "not-found") throw notFoundPage();
    const message = failureMessage(t, result);
    return refused(message, 409, "send", submission.reply({ formErrors: [message] }));
  }
  return redirect(`${here}?done=sent`);
}

function problemsReply(
  submission: {
    reply: (options?: {
      formErrors?: string[];
      fieldErrors?: Record<string, string[]>;
    }) => SubmissionResult<string[]>;
  },
  problems: ReportProblem[],
  t: Translate,
  locale: Locale,
) {
  const fieldErrors: Record<string, string[]> = {};
  const formErrors: string[] = [];
  for (const problem of problems) {
    const message = describeReportProblem(problem, t, locale);
    if (problem.field) fieldErrors[problem.field] = [...(fieldErrors[problem.field] ?? []), message];
    else formErrors.push(message);
  }
  return submission.reply({ formErrors, fieldErrors });
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

function PhotoSection({
  photos,
  limit,
  uploadError,
}: {
  photos: { id: string; fileName: string; size: string; href: string }[];
  limit: string;
  uploadError?: string;
}) {
  const t = useT();
  return (
    <>
      <Heading level={2} data-size="sm">
        {t("finalReport.section.photos")}
      </Heading>
      <Paragraph>{t("finalReport.photos.intro")}</Paragraph>
      {photos.length === 0 ? (
        <Paragraph>{t("finalReport.photos.none")}</Paragraph>
      ) : (
        <ul>
          {photos.map((photo) => (
            <li key={photo.id} className="bb-inline-list">
              <a href={photo.href}>{photo.fileName}</a> ({photo.size})
              <Form method="post">
                <input type="hidden" name="intent" value="remove-photo" />
                <input type="hidden" name="photoId" value={photo.id} />
                <Button type="submit" variant="secondary" data-size="sm">
                  {t("finalReport.photo.remove")} <span className="bb-visually-hidden">{photo.fileName}</span>
                </Button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <Form method="post" encType="multipart/form-data" className="bb-form">
        <Field>
          <Label htmlFor="report-photo">{t("finalReport.photo.upload")}</Label>
          <Field.Description id="report-photo-description">
            {t("finalReport.photo.uploadHint", { limit })}
          </Field.Description>
          <Input
            id="report-photo"
            name="photo"
            type="file"
            accept="image/jpeg,image/png"
            aria-invalid={uploadError ? true : undefined}
            aria-describedby={[uploadError ? "report-photo-error" : undefined, "report-photo-description"]
              .filter(Boolean)
              .join(" ")}
          />
          {uploadError && <ValidationMessage id="report-photo-error">{uploadError}</ValidationMessage>}
        </Field>
        <div>
          <Button type="submit" variant="secondary">
            {t("finalReport.photo.uploadSubmit")}
          </Button>
        </div>
      </Form>
    </>
  );
}

function ReportForm({
  rules,
  categories,
  ownWorkBudgeted,
  minOwnFundingPercent,
  auditorThreshold,
  photos,
  startingValues,
  lastResult,
}: {
  rules: ReportFormRules;
  categories: { id: string; name: string; budgeted: string }[];
  ownWorkBudgeted: string;
  minOwnFundingPercent: number;
  auditorThreshold: string;
  photos: { id: string; fileName: string }[];
  startingValues: Partial<Record<keyof ReportFormShape, unknown>>;
  lastResult?: SubmissionResult<string[]>;
}) {
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useForm<ReportFormShape, FinalReportValues & { intent?: "send" }>({
    id: "final-report",
    lastResult,
    defaultValue: startingValues as Partial<ReportFormShape>,
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: finalReportSchema(t, locale, rules) }),
  });
  const actual = fields.actual.getFieldset();
  // The consent ticks as last sent (or as the returned report had them), by photo id.
  const initial = (form.initialValue ?? {}) as {
    photos?: { id?: string; consent?: string }[];
    auditorConfirmed?: string;
  };
  const consent = new Set((initial.photos ?? []).filter((p) => p.consent === "on").map((p) => p.id));
  const auditorError = fields.auditorConfirmed.errors?.join(" ");
  const labels: Record<string, string> = {
    done: t("finalReport.done"),
    results: t("finalReport.results"),
    cooperation: t("finalReport.cooperation"),
    media: t("finalReport.media"),
    participantsApplicant: t("finalReport.participantsApplicant"),
    participantsPartner: t("finalReport.participantsPartner"),
    ownWorkActual: t("finalReport.ownWorkActual"),
    financingGrant: t("finalReport.financingGrant"),
    financingOwnFunds: t("finalReport.financingOwnFunds"),
    financingPartners: t("finalReport.financingPartners"),
    financingOther: t("finalReport.financingOther"),
    auditorName: t("finalReport.auditorName"),
    auditorConfirmed: t("finalReport.auditorConfirmed"),
    ...Object.fromEntries(
      categories.map((c) => [`actual.${c.id}`, t("finalReport.actualFor", { category: c.name })]),
    ),
  };
  return (
    <>
      <Heading level={2} data-size="sm">
        {t("finalReport.write.heading")}
      </Heading>
      <Form method="post" className="bb-form" {...getFormProps(form)}>
        <FormErrors form={form} fieldLabels={labels} />
        <input type="hidden" name="intent" value="send" />
        <fieldset className="bb-fieldset">
          <legend>{t("finalReport.section.narrative")}</legend>
          <TextInput field={fields.done} label={labels.done!} multiline />
          <TextInput field={fields.results} label={labels.results!} multiline />
          <TextInput field={fields.cooperation} label={labels.cooperation!} multiline />
          <TextInput
            field={fields.media}
            label={labels.media!}
            description={t("finalReport.media.hint")}
            multiline
          />
        </fieldset>
        <fieldset className="bb-fieldset">
          <legend>{t("finalReport.section.participants")}</legend>
          <TextInput field={fields.participantsApplicant} label={labels.participantsApplicant!} />
          <TextInput field={fields.participantsPartner} label={labels.participantsPartner!} />
        </fieldset>
        <fieldset className="bb-fieldset">
          <legend>{t("finalReport.section.accounts")}</legend>
          <Paragraph>{t("finalReport.accounts.intro")}</Paragraph>
          {categories.map((category) =>
            actual[category.id] ? (
              <TextInput
                key={category.id}
                field={actual[category.id]!}
                label={labels[`actual.${category.id}`]!}
                description={t("finalReport.budgeted", { amount: category.budgeted })}
              />
            ) : null,
          )}
          <TextInput
            field={fields.ownWorkActual}
            label={labels.ownWorkActual!}
            description={t("finalReport.budgeted", { amount: ownWorkBudgeted })}
          />
        </fieldset>
        <fieldset className="bb-fieldset">
          <legend>{t("finalReport.section.financing")}</legend>
          <Paragraph>{t("finalReport.ownShare.rule", { min: minOwnFundingPercent })}</Paragraph>
          <TextInput field={fields.financingGrant} label={labels.financingGrant!} />
          <TextInput field={fields.financingOwnFunds} label={labels.financingOwnFunds!} />
          <TextInput field={fields.financingPartners} label={labels.financingPartners!} />
          <TextInput field={fields.financingOther} label={labels.financingOther!} />
          {form.errors && form.errors.length > 0 && (
            <ValidationMessage id="final-report-share-error">{form.errors.join(" ")}</ValidationMessage>
          )}
        </fieldset>
        {rules.auditorRequired && (
          <fieldset className="bb-fieldset">
            <legend>{t("finalReport.section.auditor")}</legend>
            <Paragraph>{t("finalReport.auditor.intro", { threshold: auditorThreshold })}</Paragraph>
            <TextInput field={fields.auditorName} label={labels.auditorName!} />
            <div className="bb-checkbox">
              <input
                type="checkbox"
                className="ds-input"
                id={fields.auditorConfirmed.id}
                name={fields.auditorConfirmed.name}
                value="on"
                defaultChecked={initial.auditorConfirmed === "on"}
                aria-invalid={auditorError ? true : undefined}
                aria-describedby={auditorError ? `${fields.auditorConfirmed.id}-error` : undefined}
              />
              <label htmlFor={fields.auditorConfirmed.id}>{labels.auditorConfirmed}</label>
            </div>
            {auditorError && (
              <ValidationMessage id={`${fields.auditorConfirmed.id}-error`}>{auditorError}</ValidationMessage>
            )}
          </fieldset>
        )}
        {photos.length > 0 && (
          <fieldset className="bb-fieldset">
            <legend>{t("finalReport.photos.consentLegend")}</legend>
            {photos.map((photo, index) => (
              <div className="bb-checkbox" key={photo.id}>
                <input type="hidden" name={`photos[${index}].id`} value={photo.id} />
                <input
                  type="checkbox"
                  className="ds-input"
                  id={`photo-consent-${photo.id}`}
                  name={`photos[${index}].consent`}
                  value="on"
                  defaultChecked={consent.has(photo.id)}
                />
                <label htmlFor={`photo-consent-${photo.id}`}>
                  {t("finalReport.photo.consent", { fileName: photo.fileName })}
                </label>
              </div>
            ))}
          </fieldset>
        )}
        <div>
          <Button type="submit">{t("finalReport.send")}</Button>
        </div>
      </Form>
    </>
  );
}

/** A sent report, read back: the grantee's copy here, and the adviser's on the case page. */
function SentReport({ report, applicationId }: { report: ReportView; applicationId: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <Heading level={2} data-size="sm">
        {t("finalReport.number", { number: report.number, date: report.submittedAt })}
      </Heading>
      {report.texts.map((item) => (
        <div key={item.label}>
          <Heading level={3} data-size="2xs">
            {item.label}
          </Heading>
          <Paragraph className="bb-message-body">{item.text}</Paragraph>
        </div>
      ))}
      <dl className="bb-facts">
        {[...report.participants, ...report.financing, ...report.totals].map((item) => (
          <div key={item.label} style={{ display: "contents" }}>
            <dt>{item.label}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
      </dl>
      <AccountsTable rows={report.accounts} />
      {report.auditor && <Paragraph>{report.auditor}</Paragraph>}
      {report.photos.length > 0 && (
        <ul>
          {report.photos.map((photo) => (
            <li key={photo.id}>
              <a href={localePath(locale, `/applications/${applicationId}/attachments/${photo.id}`)}>
                {photo.fileName}
              </a>{" "}
              – {photo.consent}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function AccountsTable({ rows }: { rows: ReportView["accounts"] }) {
  const t = useT();
  return (
    <div className="bb-table-wrap">
      <table className="ds-table" data-size="sm">
        <caption>{t("finalReport.section.accounts")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("finalReport.column.category")}</th>
            <th scope="col">{t("finalReport.column.budgeted")}</th>
            <th scope="col">{t("finalReport.column.actual")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.category}</th>
              <td>{row.budgeted}</td>
              <td>{row.actual}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
