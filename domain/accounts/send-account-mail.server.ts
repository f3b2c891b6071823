import type { Queryable } from "#db/connection.ts";
import type { MailTemplateParams } from "#domain/mail/templates.ts";
import { sendNotification } from "#domain/notifications/send-notification.server.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";

// The e-mails Better Auth asks for (server/auth.ts): confirm an address, reset a password, join an
// organisation. Better Auth has committed what they announce (the token, the invitation) before it
// asks; they go through the same service as every other notification, to an address (the person
// may have no account yet, or not be logged in), and are never optional.

type AccountTemplate = "verify-email" | "reset-password" | "organisation-invitation";

export type AccountMail = {
  [T in AccountTemplate]: { to: string; locale: Locale; template: T; params: MailTemplateParams[T] };
}[AccountTemplate];

export async function sendAccountMail(
  q: Queryable,
  message: AccountMail,
  options: { smtpEnabled: boolean },
): Promise<void> {
  const recipients = [{ address: message.to, locale: message.locale }];
  const { smtpEnabled } = options;
  switch (message.template) {
    case "verify-email":
      return sendNotification(q, {
        kind: "account.verify-email",
        recipients,
        mail: () => message.params,
        smtpEnabled,
      });
    case "reset-password":
      return sendNotification(q, {
        kind: "account.reset-password",
        recipients,
        mail: () => message.params,
        smtpEnabled,
      });
    case "organisation-invitation":
      return sendNotification(q, {
        kind: "organisation.invitation",
        recipients,
        mail: () => message.params,
        smtpEnabled,
      });
  }
}
