import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "react-router";
import { passwordRulesFor } from "#domain/accounts/password-rules.server.ts";
import { Alert } from "../components/designsystemet.tsx";
import { formKitMessages, NewPasswordFields, PostForm, TextInput } from "../components/form-kit.tsx";
import { Page } from "../components/page.tsx";
import { useSchemaForm } from "../components/use-schema-form.ts";
import { changePasswordSchema } from "../forms/account-forms.ts";
import { redirectWithNotice } from "../web/answer.server.ts";
import { authError, authHeaders, authResponse, cookiesFrom } from "../web/auth-response.server.ts";
import { openPage } from "../web/case-request.server.ts";
import { useT } from "../web/locale.ts";
import { readForm } from "../web/read-form.server.ts";
import type { RouteHandle } from "../web/route-handle.ts";
import { safeRedirectPath } from "../web/safe-redirect.ts";
import type { Route } from "./+types/account-password";

// The one form for changing one's password: from the account page, or because the password no
// longer meets the policy (then every other page sends the person here, and back afterwards).

export const handle: RouteHandle = { messages: ["account", "organisation.orgNumber", ...formKitMessages] };

export async function loader(args: Route.LoaderArgs) {
  const { locale, user } = await openPage(args, "account.manage");
  const redirectTo = new URL(args.request.url).searchParams.get("redirectTo");
  return {
    person: { email: user.email, name: user.name },
    hasSecondFactor: passwordRulesFor(user).hasSecondFactor,
    required: user.passwordChangeRequired,
    redirectTo: safeRedirectPath(redirectTo, `/${locale}/account`),
  };
}

export async function action(args: Route.ActionArgs) {
  const { locale, t, user, services } = await openPage(args, "account.manage");
  const schema = changePasswordSchema(t, { email: user.email, name: user.name }, passwordRulesFor(user));
  const submission = parseWithZod(await readForm(args.request), { schema });
  const hidden = ["currentPassword", "password", "confirmPassword"];
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: hidden }) }, { status: 400 });
  }
  // Other sessions end: whoever knew the old password is logged out everywhere but here.
  const response = await authResponse(
    services.auth.api.changePassword({
      body: {
        currentPassword: submission.value.currentPassword,
        newPassword: submission.value.password,
        revokeOtherSessions: true,
      },
      headers: authHeaders(args.request, locale),
      asResponse: true,
    }),
  );
  if (!response.ok) {
    const { code, message } = await authError(response);
    const [text, status] =
      code === "INVALID_PASSWORD"
        ? [t("account.passwordChange.wrongCurrent"), 400]
        : [message ?? t("form.invalid"), response.status === 429 ? 429 : 400];
    return data({ result: submission.reply({ formErrors: [text], hideFields: hidden }) }, { status });
  }
  // The new session's cookie (the others ended) travels with the notice, to wherever they were going.
  return redirectWithNotice(
    args.context,
    safeRedirectPath(submission.value.redirectTo, `/${locale}/account`),
    "account.passwordChange.done",
    undefined,
    { headers: cookiesFrom(response) },
  );
}

export default function AccountPassword({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const schema = changePasswordSchema(t, loaderData.person, { hasSecondFactor: loaderData.hasSecondFactor });
  const [form, fields] = useSchemaForm(schema, {
    id: "change-password",
    lastResult: actionData?.result,
    shouldValidate: "onSubmit",
  });
  return (
    <Page title={t("account.passwordChange.title")}>
      {loaderData.required && <Alert data-color="warning">{t("account.passwordChange.required")}</Alert>}
      <PostForm
        form={form}
        fieldLabels={{
          currentPassword: t("account.passwordChange.current"),
          password: t("account.newPassword"),
          confirmPassword: t("account.confirmPassword"),
        }}
        submit={t("account.passwordChange.submit")}
      >
        <input type="hidden" name="redirectTo" value={loaderData.redirectTo} />
        <TextInput
          field={fields.currentPassword}
          label={t("account.passwordChange.current")}
          type="password"
          autoComplete="current-password"
        />
        <NewPasswordFields
          password={fields.password}
          confirmPassword={fields.confirmPassword}
          label={t("account.newPassword")}
          hasSecondFactor={loaderData.hasSecondFactor}
        />
      </PostForm>
    </Page>
  );
}
