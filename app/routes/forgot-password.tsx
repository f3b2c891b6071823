import { Alert, Paragraph } from "../components/designsystemet.tsx";
import { EmailRequestForm, emailRequestHandle } from "../components/email-request-form.tsx";
import { Page } from "../components/page.tsx";
import { emailRequestAction, emailRequestLoader } from "../web/email-request.server.ts";
import { localeFrom, useT } from "../web/locale.ts";
import type { Route } from "./+types/forgot-password";

export const handle = emailRequestHandle;
export const loader = emailRequestLoader;

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  return emailRequestAction(request, locale, (email) =>
    context.services.auth.api.requestPasswordReset({
      body: {
        email,
        // A path on this site: Better Auth's hook lets no other place through (app/web/safe-redirect.ts).
        redirectTo: `/${locale}/reset-password`,
      },
      headers: request.headers,
    }),
  );
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <Page title={t("account.forgot.title")}>
      <Paragraph>{t("account.forgot.text")}</Paragraph>
      {actionData?.sent && <Alert data-color="success">{t("account.forgot.sent")}</Alert>}
      <EmailRequestForm id="forgot" lastResult={actionData?.result} submit={t("account.forgot.submit")} />
    </Page>
  );
}
