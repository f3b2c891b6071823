import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form } from "react-router";
import { createTranslator } from "#domain/i18n/translate.ts";
import { Alert, Button, Heading, Paragraph } from "../components/designsystemet.tsx";
import { FormErrors, formKitMessages, getFormProps, TextInput } from "../components/form-kit.tsx";
import { emailOnlySchema } from "../forms/account-forms.ts";
import { localeFrom, useT } from "../web/locale.ts";
import { readForm } from "../web/read-form.server.ts";
import type { RouteHandle } from "../web/route-handle.ts";
import type { Route } from "./+types/forgot-password";

export const handle: RouteHandle = {
  hydrate: false,
  messages: ["account", "organisation.orgNumber", ...formKitMessages],
};

export function loader({ params }: Route.LoaderArgs) {
  localeFrom(params);
  return null;
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const t = createTranslator(locale);
  const submission = parseWithZod(await readForm(request), { schema: emailOnlySchema(t) });
  if (submission.status !== "success")
    return data({ result: submission.reply(), sent: false }, { status: 400 });
  // The same answer whether or not the address has an account.
  await context.services.auth.api
    .requestPasswordReset({
      body: {
        email: submission.value.email,
        // A path on this site: Better Auth's hook lets no other place through (app/web/safe-redirect.ts).
        redirectTo: `/${locale}/reset-password`,
      },
      headers: request.headers,
    })
    .catch(() => undefined);
  return { result: submission.reply({ resetForm: true }), sent: true };
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const t = useT();
  const [form, fields] = useForm({
    id: "forgot",
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: emailOnlySchema(t) }),
  });
  return (
    <div className="bb-stack">
      <title>{`${t("account.forgot.title")} – ${t("app.name")}`}</title>
      <Heading level={1}>{t("account.forgot.title")}</Heading>
      <Paragraph>{t("account.forgot.text")}</Paragraph>
      {actionData?.sent && <Alert data-color="success">{t("account.forgot.sent")}</Alert>}
      <Form method="post" className="bb-form" {...getFormProps(form)}>
        <FormErrors form={form} fieldLabels={{ email: t("account.email") }} />
        <TextInput field={fields.email} label={t("account.email")} type="email" autoComplete="email" />
        <div>
          <Button type="submit">{t("account.forgot.submit")}</Button>
        </div>
      </Form>
    </div>
  );
}
