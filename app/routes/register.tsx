import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "react-router";
import { passwordRulesFor } from "#domain/accounts/password-rules.server.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { Link, Paragraph } from "../components/designsystemet.tsx";
import { formKitMessages, NewPasswordFields, PostForm, TextInput } from "../components/form-kit.tsx";
import { Page } from "../components/page.tsx";
import { useSchemaForm } from "../components/use-schema-form.ts";
import { registerSchema } from "../forms/account-forms.ts";
import { authError, authHeaders, authResponse } from "../web/auth-response.server.ts";
import { localeFrom, localePath, useLocale, useT } from "../web/locale.ts";
import { readForm } from "../web/read-form.server.ts";
import type { RouteHandle } from "../web/route-handle.ts";
import { safeRedirectPath } from "../web/safe-redirect.ts";
import { getSessionUser } from "../web/session.server.ts";
import type { Route } from "./+types/register";

export const handle: RouteHandle = {
  hydrate: false,
  messages: ["account", "organisation.orgNumber", ...formKitMessages],
};

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  if (await getSessionUser(request, context)) throw redirect(`/${locale}/account`);
  // Someone sent here from a link that needs an account (a partner's invitation) returns to it
  // from the verification e-mail.
  const redirectTo = new URL(request.url).searchParams.get("redirectTo");
  return { redirectTo: redirectTo ? safeRedirectPath(redirectTo, `/${locale}`) : null };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const t = createTranslator(locale);
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: registerSchema(t, passwordRulesFor(null)) });
  const redirectTo = formData.get("redirectTo");
  if (submission.status !== "success") {
    return data(
      { result: submission.reply({ hideFields: ["password", "confirmPassword"] }) },
      { status: 400 },
    );
  }
  const { name, email, password } = submission.value;
  // New accounts are applicants; staff roles are given by an administrator. The verification e-mail
  // goes out in the language the person registered in.
  const response = await authResponse(
    context.services.auth.api.signUpEmail({
      body: {
        name,
        email,
        password,
        locale,
        callbackURL: safeRedirectPath(redirectTo, `/${locale}/account?verified=1`),
      },
      headers: authHeaders(request, locale),
      asResponse: true,
    }),
  );
  if (!response.ok) {
    const { code, message: refusal } = await authError(response);
    // An existing address gets the same answer as a new one, so the form does not reveal who has an account.
    if (code !== "USER_ALREADY_EXISTS" && code !== "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL") {
      const message = refusal ?? t("form.invalid");
      return data(
        { result: submission.reply({ formErrors: [message], hideFields: ["password", "confirmPassword"] }) },
        { status: 400 },
      );
    }
  }
  return redirect(`/${locale}/verify-email?sent=1`);
}

export default function Register({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useSchemaForm(registerSchema(t), {
    id: "register",
    lastResult: actionData?.result,
    shouldValidate: "onSubmit",
  });
  return (
    <Page title={t("account.register.title")}>
      <Paragraph>{t("account.register.intro")}</Paragraph>
      <PostForm
        form={form}
        fieldLabels={{
          name: t("account.name"),
          email: t("account.email"),
          password: t("account.password"),
          confirmPassword: t("account.confirmPassword"),
        }}
        submit={t("account.register.submit")}
      >
        {loaderData?.redirectTo && <input type="hidden" name="redirectTo" value={loaderData.redirectTo} />}
        <TextInput field={fields.name} label={t("account.name")} autoComplete="name" />
        <TextInput field={fields.email} label={t("account.email")} type="email" autoComplete="email" />
        <NewPasswordFields
          password={fields.password}
          confirmPassword={fields.confirmPassword}
          label={t("account.password")}
        />
      </PostForm>
      <Paragraph>
        {t("account.register.haveAccount")}{" "}
        <Link href={localePath(locale, "/login")}>{t("shell.login")}</Link>
      </Paragraph>
    </Page>
  );
}
