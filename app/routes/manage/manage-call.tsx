import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, redirect, useSearchParams } from "react-router";
import { callFormValues, callInputSchema } from "#domain/calls/call-input.ts";
import { countSentApplications, findCall } from "#domain/calls/find-calls.server.ts";
import { updateCall } from "#domain/calls/update-call.server.ts";
import { formatDateTime } from "#domain/i18n/format.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { findProgramme } from "#domain/programmes/list-all-programmes.server.ts";
import { Alert, Button, Link, Paragraph } from "../../components/designsystemet.tsx";
import { FormErrors, formKitMessages, getFormProps } from "../../components/form-kit.tsx";
import { CallFormFields, callFieldLabels } from "../../components/manage/call-form-fields.tsx";
import { Page } from "../../components/page.tsx";
import { failureStatus, notFoundPage, refusalFieldErrors } from "../../web/answer.server.ts";
import { localeFrom, localePath, useLocale, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import { requirePermission } from "../../web/session.server.ts";
import type { Route } from "./+types/manage-call";

export const handle: RouteHandle = { messages: ["call", "manage.call", ...formKitMessages] };

// Editing a call. Applications already sent keep the call as it was when they were sent (their
// submitted version stores it), so the call may change; only a window that would leave them outside
// is refused (domain/calls/update-call.server.ts).
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  await requirePermission(request, context, locale, "programmes.edit");
  const call = await findCall(context.services.db, params.callId.slice(0, 200));
  if (!call) throw notFoundPage();
  const programme = await findProgramme(context.services.db, call.programmeId);
  return {
    id: call.id,
    title: call.title[locale],
    programme: programme?.name[locale] ?? call.programmeId,
    // Part of the form's id: after a save the form starts again from the stored call.
    revision: call.updatedAt.getTime(),
    sent: await countSentApplications(context.services.db, call.id),
    defaults: callFormValues(call),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const user = await requirePermission(request, context, locale, "programmes.edit");
  const t = createTranslator(locale);
  const submission = parseWithZod(await readForm(request), { schema: callInputSchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const callId = params.callId.slice(0, 200);
  const result = await updateCall(
    context.services.db,
    { id: user.id, label: `user:${user.id}` },
    callId,
    submission.value,
  );
  if (!result.ok) {
    if (result.kind === "not-found") throw notFoundPage();
    const fieldErrors = refusalFieldErrors(t, result, ({ date }) => ({
      date: formatDateTime(locale, String(date)),
    }));
    return data({ result: submission.reply({ fieldErrors }) }, { status: failureStatus(result) });
  }
  return redirect(`/${locale}/manage/calls/${encodeURIComponent(callId)}?saved=1`);
}

export default function ManageCall({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    id: `edit-call-${loaderData.revision}`,
    defaultValue: loaderData.defaults,
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: callInputSchema(t) }),
  });
  const notice = actionData
    ? null
    : searchParams.has("created")
      ? t("manage.call.created")
      : searchParams.has("saved")
        ? t("manage.call.saved")
        : null;
  return (
    <Page title={t("manage.call.edit.title", { title: loaderData.title })}>
      {notice && (
        <Alert data-color="success" role="status">
          {notice}
        </Alert>
      )}
      <Paragraph>
        {t("call.programme")}: {loaderData.programme}. {t("manage.call.id", { id: loaderData.id })}
      </Paragraph>
      {loaderData.sent > 0 && <Paragraph>{t("manage.call.sent", { count: loaderData.sent })}</Paragraph>}
      <ul className="bb-inline-list">
        <li>
          <Link href={localePath(locale, `/calls/${loaderData.id}`)}>{t("manage.call.publicPage")}</Link>
        </li>
        <li>
          <Link href={localePath(locale, "/manage")}>{t("manage.call.backToList")}</Link>
        </li>
      </ul>
      <Form method="post" className="bb-form" {...getFormProps(form)}>
        <FormErrors form={form} fieldLabels={callFieldLabels(t)} />
        <CallFormFields fields={fields} />
        <div>
          <Button type="submit">{t("form.save")}</Button>
        </div>
      </Form>
    </Page>
  );
}
