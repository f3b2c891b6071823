import { eq } from "drizzle-orm";
import type { Tx } from "#db/connection.ts";
import { users } from "#db/schema.ts";
import { formatDateTime } from "#domain/i18n/format.ts";
import {
  type NotificationRecipient,
  sendNotification,
} from "#domain/notifications/send-notification.server.ts";
import { isLocale, type Locale } from "#vocabulary/vocabulary.ts";
import type { ApplicationForm } from "./application-form.ts";
import { applicationTitle } from "./application-title.ts";

export interface ApplicationReceipt {
  applicationId: string;
  caseNumber: string;
  form: ApplicationForm;
  programmeName: Record<Locale, string>;
  /** The contact person the form names; told too when that is someone else than the sender. */
  contactEmail: string | undefined;
  sender: { id: string };
  now: Date;
  mail: { smtpEnabled: boolean; baseUrl: string };
}

/**
 * The receipt for a sent application ("application.received"): to the person who sent it, and to
 * the contact person if that is another address, both in the sender's language, with the case
 * number and links to the status page and the PDF as sent. Not optional.
 */
export async function sendApplicationReceipt(tx: Tx, receipt: ApplicationReceipt): Promise<void> {
  const [sender] = await tx
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .where(eq(users.id, receipt.sender.id));
  if (!sender) return;
  const locale: Locale = isLocale(sender.locale) ? sender.locale : "nb";
  const recipients: NotificationRecipient[] = [{ userId: receipt.sender.id }];
  const contact = receipt.contactEmail?.trim();
  if (contact && contact.toLowerCase() !== sender.email.toLowerCase())
    recipients.push({ address: contact, locale });
  const base = `${receipt.mail.baseUrl}/${locale}/applications/${receipt.applicationId}`;
  await sendNotification(tx, {
    kind: "application.received",
    recipients,
    mail: (to) => ({
      caseNumber: receipt.caseNumber,
      applicationTitle: applicationTitle(receipt.form, locale) ?? receipt.caseNumber,
      programmeName: receipt.programmeName[locale],
      submittedAt: formatDateTime(locale, receipt.now),
      statusLink: `${base}/status`,
      pdfLink: `${base}/versions/1/pdf`,
      name: to.name ?? undefined,
    }),
    smtpEnabled: receipt.mail.smtpEnabled,
  });
}
