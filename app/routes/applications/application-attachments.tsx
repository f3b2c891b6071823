import { type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, redirect } from "react-router";
import { mayDo } from "#domain/access/case-access.ts";
import { addAttachment } from "#domain/attachments/add-attachment.server.ts";
import { attachmentKinds } from "#domain/attachments/attachment-kinds.server.ts";
import { createAttachmentStore } from "#domain/attachments/attachment-store.server.ts";
import { attachmentsPage } from "#domain/attachments/attachments-page.ts";
import { formatFileSize } from "#domain/attachments/format-file-size.ts";
import { listAttachments } from "#domain/attachments/list-attachments.server.ts";
import { removeAttachment } from "#domain/attachments/remove-attachment.server.ts";
import { acceptAttribute } from "#domain/attachments/sniff-file-type.ts";
import { uploadSchema } from "#domain/attachments/upload-form.ts";
import { ApplicationStepsNav } from "../../components/application-steps-nav.tsx";
import { DataTable } from "../../components/data-table.tsx";
import {
  Button,
  Field,
  Heading,
  Input,
  Label,
  Paragraph,
  ValidationMessage,
} from "../../components/designsystemet.tsx";
import { FormErrors, formKitMessages, getFormProps } from "../../components/form-kit.tsx";
import { Notice } from "../../components/notice.tsx";
import { RowAction } from "../../components/row-action.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { failureMessage, failureStatus, notFoundPage } from "../../web/answer.server.ts";
import { openCase } from "../../web/case-request.server.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import { readUpload } from "../../web/read-upload.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import type { Route } from "./+types/application-attachments";

const forbidden = () => data({ reason: "forbidden" }, { status: 403 });
export const handle: RouteHandle = {
  messages: [
    "attachments",
    "application.step",
    "application.stepState",
    "application.steps",
    ...formKitMessages,
  ],
};

// The Connection header of a refused oversized upload reaches the response (see the action).
export function headers({ actionHeaders }: Route.HeadersArgs) {
  const connection = actionHeaders.get("Connection");
  return connection ? { Connection: connection } : new Headers();
}

export async function loader(args: Route.LoaderArgs) {
  const { locale, t, access, db, services } = await openCase(args, "view");
  const { config } = services;
  const applicationId = access.application.id;
  const [kinds, files] = await Promise.all([
    attachmentKinds(db, access.application.programmeId),
    listAttachments(db, applicationId),
  ]);
  const done = new URL(args.request.url).searchParams.get("done");
  return {
    applicationId,
    canEdit: mayDo(access, "edit_attachments"),
    limit: formatFileSize(locale, config.ATTACHMENT_MAX_BYTES),
    maxBytes: config.ATTACHMENT_MAX_BYTES,
    done: done === "added" || done === "removed" ? done : null,
    ...attachmentsPage(locale, t, kinds, files),
  };
}

export async function action(args: Route.ActionArgs) {
  const { request } = args;
  const { locale, t, user, access, verdict, db, services } = await openCase(args, "edit_attachments");
  const { config } = services;
  const applicationId = access.application.id;
  const pagePath = localePath(locale, `/applications/${applicationId}/attachments`);
  const maxBytes = config.ATTACHMENT_MAX_BYTES;
  const limit = formatFileSize(locale, maxBytes);
  const refused = (
    message: string,
    status: number,
    result?: SubmissionResult<string[]>,
    headers?: HeadersInit,
  ) => data({ result, message, ok: false }, { status, headers });
  const tooLarge = (headers?: HeadersInit) =>
    refused(t("attachments.error.tooLarge", { limit }), 413, undefined, headers);

  // An oversized body is refused without being taken in (readForm counts while reading).
  const upload = await readUpload(request, maxBytes);
  if (!upload.ok) return tooLarge(upload.headers);
  const formData = upload.form;
  // The attachments are sent (or not opened by a return): nothing to add or take off now.
  if (!verdict.allowed) return refused(t("attachments.error.notDraft"), 409);

  if (formData.get("intent") === "remove") {
    const removed = await removeAttachment(db, {
      applicationId,
      attachmentId: String(formData.get("attachmentId") ?? ""),
      removedBy: user.id,
    });
    // An id of another application's attachment is as unknown as a made-up one.
    if (!removed.ok && removed.kind === "not-found") throw notFoundPage();
    if (!removed.ok && failureStatus(removed) === 403) throw forbidden();
    if (!removed.ok) return refused(failureMessage(t, removed), failureStatus(removed));
    return redirect(`${pagePath}?done=removed`);
  }

  const kinds = await attachmentKinds(db, access.application.programmeId);
  const schema = uploadSchema(
    t,
    kinds.map((kind) => kind.id),
    maxBytes,
    limit,
  );
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success") {
    const file = formData.get("file");
    const status = file instanceof File && file.size > maxBytes ? 413 : 400;
    return refused(t("form.errorSummary"), status, submission.reply());
  }
  const { kind, file } = submission.value;
  const added = await addAttachment(
    db,
    createAttachmentStore(config.attachmentsDir),
    {
      applicationId,
      kind,
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      uploadedBy: user.id,
    },
    { maxBytes },
  );
  if (!added.ok) {
    if (added.kind === "not-found") throw notFoundPage();
    if (failureStatus(added) === 403) throw forbidden();
    // The size limit is given in the reader's units; a file over it is 413, as from the reader above.
    const message = added.kind === "refused" ? t(added.reason, { limit }) : failureMessage(t, added);
    const tooLargeFile = added.kind === "refused" && added.reason === "attachments.error.tooLarge";
    const status = tooLargeFile ? 413 : failureStatus(added);
    return refused(message, status, submission.reply({ fieldErrors: { file: [message] } }));
  }
  // POST-redirect-GET: a reload does not upload the file a second time.
  return redirect(`${pagePath}?done=added`);
}

export default function ApplicationAttachments({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { applicationId, canEdit, limit, maxBytes, kinds, required, files, done } = loaderData;
  const kindIds = kinds.map((kind) => kind.id);
  const [form, fields] = useForm({
    id: "upload",
    lastResult: actionData?.result,
    defaultValue: { kind: kinds[0]?.id },
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) =>
      parseWithZod(formData, { schema: uploadSchema(t, kindIds, maxBytes, limit) }),
  });
  const pagePath = `/applications/${applicationId}/attachments`;
  const notice = actionData
    ? actionData.result
      ? null // the error summary of the form says it
      : actionData
    : done
      ? { ok: true, message: t(done === "added" ? "attachments.added" : "attachments.removed") }
      : null;
  const fileError = fields.file.errors?.join(" ");
  const fileHintId = `${fields.file.id}-description`;
  const fileErrorId = `${fields.file.id}-error`;

  return (
    <div className="bb-stack">
      <title>{`${t("application.step.attachments")} – ${t("app.name")}`}</title>
      <ApplicationStepsNav applicationId={applicationId} current="attachments" />
      <Heading level={1}>{t("application.step.attachments")}</Heading>
      <Paragraph>{t("attachments.intro", { limit })}</Paragraph>
      <Notice result={notice} />

      <Heading level={2} data-size="sm">
        {t("attachments.required.heading")}
      </Heading>
      {required.length === 0 ? (
        <Paragraph>{t("attachments.required.none")}</Paragraph>
      ) : (
        <ul>
          {required.map((kind) => (
            <li key={kind.id}>
              {kind.label}:{" "}
              <strong>
                {t(kind.present ? "attachments.required.present" : "attachments.required.missing")}
              </strong>
            </li>
          ))}
        </ul>
      )}

      <Heading level={2} data-size="sm">
        {t("attachments.files.heading")}
      </Heading>
      {files.length === 0 ? (
        <Paragraph>{t("attachments.files.none")}</Paragraph>
      ) : (
        <DataTable
          caption={t("attachments.files.heading")}
          rows={files}
          rowKey={(file) => file.id}
          columns={[
            { header: t("attachments.column.name"), cell: (file) => file.fileName },
            { header: t("attachments.column.kind"), cell: (file) => file.kind },
            { header: t("attachments.column.type"), cell: (file) => file.type },
            { header: t("attachments.column.size"), cell: (file) => file.size },
            { header: t("attachments.column.added"), cell: (file) => file.added },
            {
              header: t("attachments.column.actions"),
              cell: (file) => (
                <div className="bb-filters">
                  <a href={localePath(locale, `${pagePath}/${file.id}`)}>
                    {t("attachments.download")} <span className="bb-visually-hidden">{file.fileName}</span>
                  </a>
                  {canEdit && (
                    <RowAction fields={{ intent: "remove", attachmentId: file.id }}>
                      {t("attachments.remove")} <span className="bb-visually-hidden">{file.fileName}</span>
                    </RowAction>
                  )}
                </div>
              ),
            },
          ]}
        />
      )}

      {canEdit ? (
        <>
          <Heading level={2} data-size="sm">
            {t("attachments.upload.heading")}
          </Heading>
          <Form method="post" encType="multipart/form-data" className="bb-form" {...getFormProps(form)}>
            <FormErrors
              form={form}
              fieldLabels={{ kind: t("attachments.upload.kind"), file: t("attachments.upload.file") }}
            />
            <input type="hidden" name="intent" value="upload" />
            <SelectField
              id={fields.kind.id}
              name={fields.kind.name}
              label={t("attachments.upload.kind")}
              defaultValue={(fields.kind.initialValue as string | undefined) ?? kinds[0]?.id}
              options={kinds.map((kind) => ({ value: kind.id, label: kind.label }))}
              error={fields.kind.errors?.join(" ") || undefined}
            />
            <Field>
              <Label htmlFor={fields.file.id}>{t("attachments.upload.file")}</Label>
              <Field.Description id={fileHintId}>
                {t("attachments.upload.fileHint", { limit })}
              </Field.Description>
              <Input
                id={fields.file.id}
                name={fields.file.name}
                type="file"
                accept={acceptAttribute}
                aria-invalid={fileError ? true : undefined}
                aria-describedby={[fileError ? fileErrorId : undefined, fileHintId].filter(Boolean).join(" ")}
              />
              {fileError && <ValidationMessage id={fileErrorId}>{fileError}</ValidationMessage>}
            </Field>
            <div>
              <Button type="submit">{t("attachments.upload.submit")}</Button>
            </div>
          </Form>
        </>
      ) : (
        <Paragraph>{t("attachments.readOnly")}</Paragraph>
      )}
    </div>
  );
}
