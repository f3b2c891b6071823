import { Alert, Paragraph } from "../components/designsystemet.tsx";
import { EmailRequestForm, emailRequestHandle } from "../components/email-request-form.tsx";
import { Page, SectionHeading } from "../components/page.tsx";
import { emailRequestAction, emailRequestLoader } from "../web/email-request.server.ts";
import { localeFrom, useT } from "../web/locale.ts";
import type { Route } from "./+types/verify-email";

// After registering: "check your e-mail", and a way to have the link sent again.
export const handle = emailRequestHandle;
export const loader = emailRequestLoader;

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  return emailRequestAction(request, locale, (email) =>
    context.services.auth.api.sendVerificationEmail({
      body: { email, callbackURL: `/${locale}/account?verified=1` },
      headers: request.headers,
    }),
  );
}

export default function VerifyEmail({ actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <Page title={t("account.verify.title")}>
      <Paragraph>{t("account.verify.text")}</Paragraph>
      {actionData?.sent && <Alert data-color="success">{t("account.verify.resent")}</Alert>}
      <SectionHeading>{t("account.verify.resendHeading")}</SectionHeading>
      <EmailRequestForm
        id="resend"
        lastResult={actionData?.result}
        submit={t("account.verify.resend")}
        submitVariant="secondary"
      />
    </Page>
  );
}
