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
import type { Route } from "./+types/verify-email";

export const handle: RouteHandle = {
  hydrate: false,
  messages: ["account", "organisation.orgNumber", ...formKitMessages],
};

// After registering: "check your e-mail", and a way to have the link sent again.
export function loader({ params }: Route.LoaderArgs) {
  localeFrom(params);
  return null;
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const t = createTranslator(locale);
  const submission = parseWithZod(await readForm(request), { schema: emailOnlySchema(t) });
  if (submission.status !== "success")
    return data({ result: submission.reply(), resent: false }, { status: 400 });
  await context.services.auth.api
    .sendVerificationEmail({
      body: { email: submission.value.email, callbackURL: `/${locale}/account?verified=1` },
      headers: request.headers,
    })
    .catch(() => undefined);
  return { result: submission.reply({ resetForm: true }), resent: true };
}

export default function VerifyEmail({ actionData }: Route.ComponentProps) {
  const t = useT();
  const [form, fields] = useForm({
    id: "resend",
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: emailOnlySchema(t) }),
  });
  return (
    <div className="bb-stack">
      <title>{`${t("account.verify.title")} – ${t("app.name")}`}</title>
      <Heading level={1}>{t("account.verify.title")}</Heading>
      <Paragraph>{t("account.verify.text")}</Paragraph>
      {actionData?.resent && <Alert data-color="success">{t("account.verify.resent")}</Alert>}
      <Heading level={2} data-size="sm">
        {t("account.verify.resendHeading")}
      </Heading>
      <Form method="post" className="bb-form" {...getFormProps(form)}>
        <FormErrors form={form} fieldLabels={{ email: t("account.email") }} />
        <TextInput field={fields.email} label={t("account.email")} type="email" autoComplete="email" />
        <div>
          <Button type="submit" variant="secondary">
            {t("account.verify.resend")}
          </Button>
        </div>
      </Form>
    </div>
  );
}
