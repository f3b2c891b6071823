import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, redirect } from "react-router";
import { type CallFormValues, type CallInput, callInputSchema } from "#domain/calls/call-input.ts";
import { createCall, unknownProgramme } from "#domain/calls/create-call.server.ts";
import { osloDate } from "#domain/eligibility/oslo-dates.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { listAllProgrammes } from "#domain/programmes/list-all-programmes.server.ts";
import { Button } from "../../components/designsystemet.tsx";
import { FormErrors, formKitMessages, getFormProps } from "../../components/form-kit.tsx";
import { CallFormFields, callFieldLabels } from "../../components/manage/call-form-fields.tsx";
import { Page } from "../../components/page.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { failureStatus, refusalFieldErrors } from "../../web/answer.server.ts";
import { localeFrom, useLocale, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import { requirePermission } from "../../web/session.server.ts";
import type { Route } from "./+types/new-call";

export const handle: RouteHandle = { messages: ["call", "manage.call", ...formKitMessages] };

// A new call for a programme (?programme=<id> preselects it). The form works without JavaScript;
// the server checks everything again and stores nothing unless all of it is valid.
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  await requirePermission(request, context, locale, "programmes.edit");
  const programmes = await listAllProgrammes(context.services.db);
  const wanted = new URL(request.url).searchParams.get("programme");
  const selected = programmes.find((p) => p.id === wanted)?.id ?? programmes[0]?.id ?? "";
  return {
    programmes: programmes.map((p) => ({ value: p.id, label: p.name[locale] })),
    selected,
    defaults: {
      kind: "deadline" as const,
      opensDate: osloDate(new Date()),
      opensTime: "00:00",
      closesTime: "23:59",
    },
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const user = await requirePermission(request, context, locale, "programmes.edit");
  const t = createTranslator(locale);
  const formData = await readForm(request);
  const programmeId = String(formData.get("programmeId") ?? "").slice(0, 100);
  const submission = parseWithZod(formData, { schema: callInputSchema(t) });
  const known = (await listAllProgrammes(context.services.db)).some((p) => p.id === programmeId);
  const programmeError = refusalFieldErrors(t, unknownProgramme());
  if (submission.status !== "success")
    return data(
      { programmeId, result: submission.reply(known ? undefined : { fieldErrors: programmeError }) },
      { status: 400 },
    );
  const created = known
    ? await createCall(
        context.services.db,
        { id: user.id, label: `user:${user.id}` },
        programmeId,
        submission.value,
      )
    : unknownProgramme();
  if (!created.ok)
    return data(
      { programmeId, result: submission.reply({ fieldErrors: refusalFieldErrors(t, created) }) },
      { status: failureStatus(created) },
    );
  return redirect(`/${locale}/manage/calls/${created.value}?created=1`);
}

export default function NewCall({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  useLocale();
  const [form, fields] = useForm<CallFormValues, CallInput>({
    id: "new-call",
    defaultValue: loaderData.defaults,
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: callInputSchema(t) }),
  });
  const programmeErrors = form.allErrors.programmeId;
  return (
    <Page title={t("manage.call.new.title")}>
      <Form method="post" className="bb-form" {...getFormProps(form)}>
        <FormErrors form={form} fieldLabels={callFieldLabels(t)} />
        <SelectField
          id={`${form.id}-programmeId`}
          name="programmeId"
          label={t("call.form.programme")}
          defaultValue={actionData?.programmeId ?? loaderData.selected}
          options={loaderData.programmes}
          error={programmeErrors?.join(" ")}
        />
        <CallFormFields fields={fields} />
        <div>
          <Button type="submit">{t("call.form.create")}</Button>
        </div>
      </Form>
    </Page>
  );
}
