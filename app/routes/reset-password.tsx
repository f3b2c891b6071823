import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "react-router";
import { passwordRulesFor } from "#domain/accounts/password-rules.server.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { Alert, Link, Paragraph } from "../components/designsystemet.tsx";
import { formKitMessages, NewPasswordFields, PostForm } from "../components/form-kit.tsx";
import { Page } from "../components/page.tsx";
import { useSchemaForm } from "../components/use-schema-form.ts";
import { resetPasswordSchema } from "../forms/account-forms.ts";
import { authError, authHeaders, authResponse } from "../web/auth-response.server.ts";
import { localeFrom, localePath, useLocale, useT } from "../web/locale.ts";
import { readForm } from "../web/read-form.server.ts";
import type { RouteHandle } from "../web/route-handle.ts";
import type { Route } from "./+types/reset-password";

export const handle: RouteHandle = {
  hydrate: false,
  messages: ["account", "organisation.orgNumber", ...formKitMessages],
};

// The e-mailed link lands here (through Better Auth) with ?token=...; an expired one says so.
export function loader({ request, params }: Route.LoaderArgs) {
  localeFrom(params);
  const url = new URL(request.url);
  const token = url.searchParams.get("token");
  return {
    token: token && token.length <= 500 ? token : null,
    expired: url.searchParams.get("error") !== null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const t = createTranslator(locale);
  const submission = parseWithZod(await readForm(request), {
    schema: resetPasswordSchema(t, passwordRulesFor(null)),
  });
  if (submission.status !== "success") {
    return data(
      { result: submission.reply({ hideFields: ["password", "confirmPassword"] }) },
      { status: 400 },
    );
  }
  const response = await authResponse(
    context.services.auth.api.resetPassword({
      body: { newPassword: submission.value.password, token: submission.value.token },
      headers: authHeaders(request, locale),
      asResponse: true,
    }),
  );
  if (!response.ok) {
    // The token's account is known only to Better Auth's hook, which checks the password against
    // the person's name and address and answers in the page's language.
    const { code, message: refusal } = await authError(response);
    const message =
      code === "INVALID_TOKEN" ? t("account.reset.invalidToken") : (refusal ?? t("form.invalid"));
    return data(
      { result: submission.reply({ formErrors: [message], hideFields: ["password", "confirmPassword"] }) },
      { status: 400 },
    );
  }
  return redirect(`/${locale}/login?reset=1`);
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useSchemaForm(resetPasswordSchema(t), {
    id: "reset",
    lastResult: actionData?.result,
    shouldValidate: "onSubmit",
  });
  return (
    <Page title={t("account.reset.title")}>
      {!loaderData.token || loaderData.expired ? (
        <>
          <Alert data-color="warning">{t("account.reset.invalidToken")}</Alert>
          <Paragraph>
            <Link href={localePath(locale, "/forgot-password")}>{t("account.login.forgot")}</Link>
          </Paragraph>
        </>
      ) : (
        <PostForm
          form={form}
          fieldLabels={{
            password: t("account.newPassword"),
            confirmPassword: t("account.confirmPassword"),
          }}
          submit={t("account.reset.submit")}
        >
          <input type="hidden" name="token" value={loaderData.token} />
          <NewPasswordFields
            password={fields.password}
            confirmPassword={fields.confirmPassword}
            label={t("account.newPassword")}
          />
        </PostForm>
      )}
    </Page>
  );
}
