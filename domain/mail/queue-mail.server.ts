import crypto from "node:crypto";
import type { Queryable } from "#db/connection.ts";
import { mailOutbox } from "#db/schema.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { type MailTemplate, type MailTemplateParams, renderMail } from "./templates.ts";

// Every e-mail is first a row in the outbox, written in the caller's transaction: the mail exists
// exactly when the thing it announces (an account, an invitation) does. Without SMTP the row is the
// end of the road and administrators read it in the app; with SMTP a `mail.send` job delivers it.

export type MailRequest = {
  [T in MailTemplate]: { to: string; locale: Locale; template: T; params: MailTemplateParams[T] };
}[MailTemplate];

export class InvalidRecipientError extends Error {}

// Deliberately loose: the address was validated where the user typed it; this only refuses what could
// break the message (no @, whitespace or line breaks that would inject headers).
const plausibleAddress = /^[^\s@<>,;]+@[^\s@<>,;]+$/;

/** Renders the e-mail, stores it in the outbox and returns its id. */
export async function queueMail(
  q: Queryable,
  request: MailRequest,
  options: { smtpEnabled: boolean },
): Promise<string> {
  const recipient = request.to.trim();
  if (!plausibleAddress.test(recipient) || recipient.length > 320) {
    throw new InvalidRecipientError("Not a usable e-mail address");
  }
  const rendered = renderMail(request.locale, request.template, request.params);
  const id = crypto.randomUUID();
  await q.insert(mailOutbox).values({
    id,
    recipient,
    locale: request.locale,
    template: request.template,
    ...rendered,
    status: options.smtpEnabled ? "queued" : "stored",
  });
  return id;
}
