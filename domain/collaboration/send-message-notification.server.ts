import { and, eq } from "drizzle-orm";
import type { Tx } from "#db/connection.ts";
import { type ApplicationRecord, applicationCollaborators, members } from "#db/schema.ts";
import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { applicationTitle } from "#domain/applications/application-title.ts";
import { translate } from "#domain/i18n/translate.ts";
import { sendNotification } from "#domain/notifications/send-notification.server.ts";
import type { MessageChannel } from "#vocabulary/vocabulary.ts";
import { type CollaborationMailOptions, statusPageLink, teamPageLink } from "./collaboration-links.ts";

/**
 * Tells the people on the other side of a conversation that there is a new message
 * ("application.message"; the e-mail never says what it is). Who is told:
 * - team: every member of the applying organisation and every partner who accepted, but the author;
 * - case, written by the secretariat: every member of the applying organisation;
 * - case, written by the applicant: nobody. The secretariat reads it on the case.
 */
export async function sendMessageNotification(
  tx: Tx,
  message: {
    application: Pick<ApplicationRecord, "id" | "organizationId" | "form" | "caseNumber">;
    channel: MessageChannel;
    fromStaff: boolean;
    authorId: string;
    mail: CollaborationMailOptions;
  },
): Promise<void> {
  const { application, channel, mail } = message;
  if (channel === "case" && !message.fromStaff) return;
  const userIds = await organisationMembers(tx, application.organizationId);
  if (channel === "team") userIds.push(...(await acceptedPartners(tx, application.id)));
  await sendNotification(tx, {
    kind: "application.message",
    recipients: userIds.map((userId) => ({ userId })),
    actorId: message.authorId,
    mail: (to) => ({
      channel,
      applicationTitle:
        applicationTitle(application.form as ApplicationForm, to.locale) ??
        translate(to.locale, "collaboration.untitled"),
      caseNumber: application.caseNumber ?? undefined,
      link:
        channel === "team"
          ? teamPageLink(mail.baseUrl, to.locale, application.id)
          : statusPageLink(mail.baseUrl, to.locale, application.id),
      name: to.name ?? undefined,
    }),
    smtpEnabled: mail.smtpEnabled,
  });
}

async function organisationMembers(tx: Tx, organisationId: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: members.userId })
    .from(members)
    .where(eq(members.organizationId, organisationId));
  return rows.map((row) => row.userId);
}

async function acceptedPartners(tx: Tx, applicationId: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: applicationCollaborators.userId })
    .from(applicationCollaborators)
    .where(
      and(
        eq(applicationCollaborators.applicationId, applicationId),
        eq(applicationCollaborators.status, "accepted"),
      ),
    );
  return rows.flatMap((row) => (row.userId ? [row.userId] : []));
}
