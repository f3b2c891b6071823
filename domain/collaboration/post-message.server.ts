import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { applicationCollaborators, applicationMessages, members, users } from "#db/schema.ts";
import type { ApplicationAccess } from "#domain/applications/application-access.server.ts";
import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { applicationTitle } from "#domain/applications/application-title.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { queueMail } from "#domain/mail/queue-mail.server.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import type { MessageChannel } from "../../vocabulary/vocabulary.ts";
import { maxMessageLength } from "./collaboration-forms.ts";
import { type CollaborationMailOptions, statusPageLink, teamPageLink } from "./collaboration-links.ts";
import { canPostToChannel } from "./message-channels.ts";

export type PostMessageRefusal = "forbidden" | "empty" | "too-long";

export type PostMessageResult =
  | { ok: true; messageId: string; mailIds: string[] }
  | { ok: false; error: PostMessageRefusal };

interface Recipient {
  id: string;
  email: string;
  name: string;
  locale: Locale;
}

/**
 * Adds a message to one of the application's conversations and, in the same transaction, an e-mail
 * to each person on the other side saying that there is one (never what it says). Who is told:
 * - team: every member of the applying organisation and every partner who accepted, but the author;
 * - case, written by the secretariat: every member of the applying organisation;
 * - case, written by the applicant: nobody yet. Cases get no adviser before case handling exists, so
 *   there is no one to tell; the message is kept and the secretariat reads it on the case.
 * After the commit the caller hands `mailIds` to the job queue.
 */
export async function postMessage(
  q: Queryable,
  access: ApplicationAccess,
  author: { id: string },
  channel: MessageChannel,
  body: string,
  mail: CollaborationMailOptions,
): Promise<PostMessageResult> {
  if (!canPostToChannel(access, channel)) return { ok: false, error: "forbidden" };
  const text = body.trim();
  if (text === "") return { ok: false, error: "empty" };
  if (text.length > maxMessageLength) return { ok: false, error: "too-long" };
  const application = access.application;
  const fromStaff = access.as === "staff";

  return q.transaction(async (tx) => {
    const messageId = crypto.randomUUID();
    await tx.insert(applicationMessages).values({
      id: messageId,
      applicationId: application.id,
      authorId: author.id,
      channel,
      fromStaff,
      body: text,
      createdAt: new Date(),
    });
    const recipients =
      channel === "team"
        ? await teamRecipients(tx, application.id, application.organizationId)
        : fromStaff
          ? await organisationMembers(tx, application.organizationId)
          : [];
    const mailIds: string[] = [];
    for (const recipient of recipients) {
      if (recipient.id === author.id) continue;
      const t = createTranslator(recipient.locale);
      const title =
        applicationTitle(application.form as ApplicationForm, recipient.locale) ??
        t("collaboration.untitled");
      mailIds.push(
        await queueMail(
          tx,
          {
            to: recipient.email,
            locale: recipient.locale,
            template: "application-message",
            params: {
              channel,
              applicationTitle: title,
              caseNumber: application.caseNumber ?? undefined,
              link:
                channel === "team"
                  ? teamPageLink(mail.baseUrl, recipient.locale, application.id)
                  : statusPageLink(mail.baseUrl, recipient.locale, application.id),
              name: recipient.name,
            },
          },
          { smtpEnabled: mail.smtpEnabled },
        ),
      );
    }
    return { ok: true as const, messageId, mailIds };
  });
}

async function organisationMembers(q: Queryable, organisationId: string): Promise<Recipient[]> {
  return q
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(members)
    .innerJoin(users, eq(members.userId, users.id))
    .where(eq(members.organizationId, organisationId));
}

async function teamRecipients(
  q: Queryable,
  applicationId: string,
  organisationId: string,
): Promise<Recipient[]> {
  const partners = await q
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(applicationCollaborators)
    .innerJoin(users, eq(applicationCollaborators.userId, users.id))
    .where(
      and(
        eq(applicationCollaborators.applicationId, applicationId),
        eq(applicationCollaborators.status, "accepted"),
      ),
    );
  const everyone = new Map<string, Recipient>();
  for (const person of [...(await organisationMembers(q, organisationId)), ...partners])
    everyone.set(person.id, person);
  return [...everyone.values()];
}
