import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "react-router";
import { createTranslator } from "#domain/i18n/translate.ts";
import { Alert, Link, Paragraph } from "../components/designsystemet.tsx";
import { formKitMessages, PostForm, TextInput } from "../components/form-kit.tsx";
import { Page } from "../components/page.tsx";
import { useSchemaForm } from "../components/use-schema-form.ts";
import { loginSchema } from "../forms/account-forms.ts";
import { authError, authHeaders, authResponse, cookiesFrom } from "../web/auth-response.server.ts";
import { localeFrom, localePath, useLocale, useT } from "../web/locale.ts";
import { readForm } from "../web/read-form.server.ts";
import type { RouteHandle } from "../web/route-handle.ts";
import { safeRedirectPath } from "../web/safe-redirect.ts";
import { getSessionUser } from "../web/session.server.ts";
import type { Route } from "./+types/login";

export const handle: RouteHandle = {
  hydrate: false,
  messages: ["account", "organisation.orgNumber", ...formKitMessages],
};

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const url = new URL(request.url);
  const redirectTo = safeRedirectPath(url.searchParams.get("redirectTo"), `/${locale}`);
  if (await getSessionUser(request, context)) throw redirect(redirectTo);
  return {
    redirectTo,
    notice: url.searchParams.has("verified") ? "verified" : url.searchParams.has("reset") ? "reset" : null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const t = createTranslator(locale);
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: loginSchema(t) });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const { email, password, redirectTo } = submission.value;
  // The lockout, the audit entry and the password-policy check at login live in Better Auth's hooks
  // (server/auth-login-guard.ts, server/auth-account-rules.ts), so its own endpoint keeps them too.
  const response = await authResponse(
    context.services.auth.api.signInEmail({
      body: { email, password, rememberMe: true, callbackURL: `/${locale}/account?verified=1` },
      headers: authHeaders(request, locale),
      asResponse: true,
    }),
  );
  if (!response.ok) {
    const error = await authError(response);
    const [message, status] =
      error.code === "LOGIN_BLOCKED"
        ? [error.message ?? t("account.login.throttled", { count: 15 }), 429]
        : error.code === "EMAIL_NOT_VERIFIED"
          ? [t("account.login.notVerified"), 403]
          : [t("account.login.invalid"), 401];
    return data(
      { result: submission.reply({ formErrors: [message], hideFields: ["password"] }) },
      { status },
    );
  }
  return redirect(safeRedirectPath(redirectTo, `/${locale}`), { headers: cookiesFrom(response) });
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useSchemaForm(loginSchema(t), {
    id: "login",
    lastResult: actionData?.result,
    shouldValidate: "onSubmit",
  });
  return (
    <Page title={t("account.login.title")}>
      {loaderData.notice === "verified" && (
        <Alert data-color="success">{t("account.login.verifiedNotice")}</Alert>
      )}
      {loaderData.notice === "reset" && <Alert data-color="success">{t("account.login.resetNotice")}</Alert>}
      <PostForm
        form={form}
        fieldLabels={{ email: t("account.email"), password: t("account.password") }}
        submit={t("account.login.submit")}
      >
        <input type="hidden" name="redirectTo" value={loaderData.redirectTo} />
        <TextInput field={fields.email} label={t("account.email")} type="email" autoComplete="username" />
        <TextInput
          field={fields.password}
          label={t("account.password")}
          type="password"
          autoComplete="current-password"
        />
      </PostForm>
      <Paragraph>
        <Link href={localePath(locale, "/forgot-password")}>{t("account.login.forgot")}</Link>
      </Paragraph>
      <Paragraph>
        {t("account.login.noAccount")}{" "}
        <Link
          href={localePath(
            locale,
            loaderData.redirectTo === `/${locale}`
              ? "/register"
              : `/register?redirectTo=${encodeURIComponent(loaderData.redirectTo)}`,
          )}
        >
          {t("shell.register")}
        </Link>
      </Paragraph>
    </Page>
  );
}
