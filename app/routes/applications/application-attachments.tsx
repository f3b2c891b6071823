import { type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, redirect } from "react-router";
import { z } from "zod";
import { mayDo } from "#domain/access/case-access.ts";
import { type AddAttachmentError, addAttachment } from "#domain/attachments/add-attachment.server.ts";
import { type AttachmentKind, attachmentKinds } from "#domain/attachments/attachment-kinds.server.ts";
import { createAttachmentStore } from "#domain/attachments/attachment-store.server.ts";
import { formatFileSize } from "#domain/attachments/format-file-size.ts";
import { listAttachments } from "#domain/attachments/list-attachments.server.ts";
import { readWithinLimit } from "#domain/attachments/read-within-limit.ts";
import { removeAttachment } from "#domain/attachments/remove-attachment.server.ts";
import { acceptAttribute, fileTypeLabel } from "#domain/attachments/sniff-file-type.ts";
import type { MessageKey } from "#domain/i18n/catalog.ts";
import { formatDate } from "#domain/i18n/format.ts";
import { createTranslator, type Translate } from "#domain/i18n/translate.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
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
import { SelectField } from "../../components/select-field.tsx";
import { requireCaseAccess } from "../../web/case-access.server.ts";
import { localeFrom, localePath, useLocale, useT } from "../../web/locale.ts";
import { checkFields } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import type { Route } from "./+types/application-attachments";

const notFound = () => data({ reason: "not-found" }, { status: 404 });
const forbidden = () => data({ reason: "forbidden" }, { status: 403 });

// Room for the other form fields and the multipart framing around the file itself.
const formOverheadBytes = 64 * 1024;
// A body past the limit is read and thrown away up to this many times the limit, so the browser gets
// to show the message; beyond that the connection is cut (see readWithinLimit).
const drainFactor = 4;

// The browser checks the size too, so a file that is too large is caught before it is sent at all.
const uploadSchema = (t: Translate, kindIds: string[], maxBytes: number, limit: string) =>
  z.object({
    intent: z.literal("upload").optional(),
    kind: z
      .string({ error: t("attachments.error.unknownKind") })
      .refine((kind) => kindIds.includes(kind), t("attachments.error.unknownKind")),
    file: z
      .file({ error: t("attachments.error.noFile") })
      .max(maxBytes, t("attachments.error.tooLarge", { limit })),
  });

const errorMessages: Record<Exclude<AddAttachmentError, "forbidden">, MessageKey> = {
  empty: "attachments.error.empty",
  "too-large": "attachments.error.tooLarge",
  "unsupported-type": "attachments.error.unsupportedType",
  "unknown-kind": "attachments.error.unknownKind",
  "not-draft": "attachments.error.notDraft",
};

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

function kindLabel(kind: AttachmentKind | undefined, locale: Locale, t: Translate): string {
  return kind?.name?.[locale] ?? t("attachments.kind.other");
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const { access } = await requireCaseAccess(request, context, locale, params.applicationId, "view");
  const t = createTranslator(locale);
  const { db, config } = context.services;
  const applicationId = access.application.id;
  const [kinds, files] = await Promise.all([
    attachmentKinds(db, access.application.programmeId),
    listAttachments(db, applicationId),
  ]);
  const done = new URL(request.url).searchParams.get("done");
  return {
    applicationId,
    canEdit: mayDo(access, "edit_attachments"),
    limit: formatFileSize(locale, config.ATTACHMENT_MAX_BYTES),
    maxBytes: config.ATTACHMENT_MAX_BYTES,
    done: done === "added" || done === "removed" ? done : null,
    kinds: kinds.map((kind) => ({ id: kind.id, label: kindLabel(kind, locale, t) })),
    required: kinds
      .filter((kind) => kind.required)
      .map((kind) => ({
        id: kind.id,
        label: kindLabel(kind, locale, t),
        present: files.some((file) => file.kind === kind.id),
      })),
    files: files.map((file) => ({
      id: file.id,
      fileName: file.fileName,
      kind: kindLabel(
        kinds.find((kind) => kind.id === file.kind),
        locale,
        t,
      ),
      type: fileTypeLabel(file.mediaType) ?? file.mediaType,
      size: formatFileSize(locale, file.sizeBytes),
      added: formatDate(locale, file.createdAt, "short"),
    })),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const { user, access, verdict } = await requireCaseAccess(
    request,
    context,
    locale,
    params.applicationId,
    "edit_attachments",
  );
  const t = createTranslator(locale);
  const { db, config } = context.services;
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

  // Refuse an oversized body without taking it in: by its declared length when it has one, and by
  // counting while reading in any case (a body without Content-Length is bounded the same way).
  const bodyLimit = maxBytes + formOverheadBytes;
  const drainUpTo = drainFactor * bodyLimit;
  // Far too large to wait for: answer at once, and close the connection rather than read the rest.
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
    return refused(t("form.invalid"), 400);
  }
  // readForm's rules for names and values (`items[99999999].name` would fill the memory).
  if (checkFields(formData)) return refused(t("form.invalid"), 400);
  // The attachments are sent (or not opened by a return): nothing to add or take off now.
  if (!verdict.allowed) return refused(t("attachments.error.notDraft"), 409);

  if (formData.get("intent") === "remove") {
    const removed = await removeAttachment(db, {
      applicationId,
      attachmentId: String(formData.get("attachmentId") ?? ""),
      removedBy: user.id,
    });
    // An id of another application's attachment is as unknown as a made-up one.
    if (!removed.ok && removed.error === "not-found") throw notFound();
    if (!removed.ok && removed.error === "forbidden") throw forbidden();
    if (!removed.ok) return refused(t("attachments.error.notDraft"), 409);
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
    if (added.error === "forbidden") throw forbidden();
    const message = t(errorMessages[added.error], { limit });
    const status = added.error === "too-large" ? 413 : added.error === "not-draft" ? 409 : 400;
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
                    <Form method="post">
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="attachmentId" value={file.id} />
                      <Button type="submit" variant="secondary" data-size="sm">
                        {t("attachments.remove")} <span className="bb-visually-hidden">{file.fileName}</span>
                      </Button>
                    </Form>
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
