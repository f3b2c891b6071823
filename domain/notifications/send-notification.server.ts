import crypto from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { notificationOptOuts, notifications, users } from "#db/schema.ts";
import { type MailRequest, queueMail } from "#domain/mail/queue-mail.server.ts";
import type { MailTemplate, MailTemplateParams } from "#domain/mail/templates.ts";
import { isLocale, type Locale } from "#vocabulary/vocabulary.ts";
import {
  type ChannelsOf,
  canTurnOff,
  channelsOf,
  type NotificationKind,
} from "./notification-kinds.server.ts";

// The one way to tell people that something happened (docs/decisions/0013). Called inside the
// transaction that makes the change, it records, for each recipient, what the kind leaves behind
// (notification-kinds.server.ts): the line in their notification list and the e-mail in the outbox,
// in their language. Both commit or roll back with the change they announce. Nothing else in the
// code base writes notifications or outbox rows.
//
// Delivery is not the caller's business: the outbox row's insert raises a notification that
// PostgreSQL delivers at commit, the job process hands it to the `mail.send` job, and the sweep
// finds anything committed while no process listened (jobs/listen-for-committed-mail.ts).

export type NotificationRecipient =
  /** A person with an account: their address, language and name are read here, their opt-outs honoured. */
  | { userId: string }
  /** An address that need not belong to an account (an invitee, a contact person): e-mail only. */
  | { address: string; locale: Locale; name?: string | null };

/** A recipient as the e-mail is written for them. */
export interface NotifiedPerson {
  /** null for an address given as such. */
  userId: string | null;
  address: string;
  locale: Locale;
  name: string | null;
}

export interface InAppNotification {
  /** The case the note is about (its link leads there), or null. */
  applicationId: string | null;
  /** Kept with the note and worded when it is read (describe-notification.ts): never personal data. */
  params: Record<string, unknown>;
  /** Default: the database's clock. */
  at?: Date;
}

type InAppPart<K extends NotificationKind> = ChannelsOf<K>["inApp"] extends true
  ? { inApp: InAppNotification }
  : { inApp?: undefined };

type MailPart<K extends NotificationKind> = ChannelsOf<K>["template"] extends infer T extends MailTemplate
  ? {
      /** The e-mail's parameters for one recipient, in their language. */
      mail: (to: NotifiedPerson) => MailTemplateParams[T];
      /** SMTP_URL is set: the e-mail is queued for delivery; otherwise stored for administrators. */
      smtpEnabled: boolean;
    }
  : { mail?: undefined; smtpEnabled?: boolean };

/** What happened and whom it concerns; the kind decides which parts are asked for. */
export type NotificationRequest<K extends NotificationKind> = {
  kind: K;
  recipients: readonly NotificationRecipient[];
  /** The person who did it: never told of their own act. */
  actorId?: string | null;
} & InAppPart<K> &
  MailPart<K>;

/**
 * Records a notification for each recipient, in the caller's transaction: the in-app note where the
 * kind has one, and the e-mail unless the person turned this kind off (only switchable case kinds
 * can be; decisions and returns are always sent). A person named twice is told once; an account
 * that no longer exists is passed over.
 */
export async function sendNotification<K extends NotificationKind>(
  q: Queryable,
  request: NotificationRequest<K>,
): Promise<void> {
  const channels = channelsOf(request.kind);
  if (channels.inApp && !request.inApp) throw new Error(`${request.kind} needs its in-app notification`);
  if (channels.template && !request.mail) throw new Error(`${request.kind} needs its e-mail`);
  const people = await resolveRecipients(q, request.recipients, request.actorId ?? null);
  if (people.length === 0) return;
  const optedOut =
    channels.template && canTurnOff(request.kind)
      ? await usersWhoTurnedOff(q, request.kind, people)
      : new Set<string>();

  for (const person of people) {
    if (channels.inApp && request.inApp && person.userId) {
      await q.insert(notifications).values({
        id: crypto.randomUUID(),
        userId: person.userId,
        kind: request.kind,
        applicationId: request.inApp.applicationId,
        params: request.inApp.params,
        ...(request.inApp.at ? { createdAt: request.inApp.at } : {}),
      });
    }
    if (!channels.template || !request.mail) continue;
    if (person.userId && optedOut.has(person.userId)) continue;
    await queueMail(
      q,
      {
        to: person.address,
        locale: person.locale,
        template: channels.template,
        params: request.mail(person),
      } as MailRequest,
      { smtpEnabled: request.smtpEnabled ?? false },
    );
  }
}

async function resolveRecipients(
  q: Queryable,
  recipients: readonly NotificationRecipient[],
  actorId: string | null,
): Promise<NotifiedPerson[]> {
  const ids = [...new Set(recipients.flatMap((r) => ("userId" in r ? [r.userId] : [])))];
  const rows =
    ids.length === 0
      ? []
      : await q
          .select({ id: users.id, email: users.email, locale: users.locale, name: users.name })
          .from(users)
          .where(inArray(users.id, ids));
  const accounts = new Map(rows.map((row) => [row.id, row]));
  const told = new Set<string>();
  const people: NotifiedPerson[] = [];
  for (const recipient of recipients) {
    if (!("userId" in recipient)) {
      people.push({
        userId: null,
        address: recipient.address,
        locale: recipient.locale,
        name: recipient.name ?? null,
      });
      continue;
    }
    const account = accounts.get(recipient.userId);
    if (!account || account.id === actorId || told.has(account.id)) continue;
    told.add(account.id);
    people.push({
      userId: account.id,
      address: account.email,
      locale: isLocale(account.locale) ? account.locale : "nb",
      name: account.name,
    });
  }
  return people;
}

async function usersWhoTurnedOff(
  q: Queryable,
  kind: NotificationKind,
  people: NotifiedPerson[],
): Promise<Set<string>> {
  const ids = people.flatMap((p) => (p.userId ? [p.userId] : []));
  if (ids.length === 0) return new Set();
  const rows = await q
    .select({ userId: notificationOptOuts.userId })
    .from(notificationOptOuts)
    .where(and(eq(notificationOptOuts.kind, kind), inArray(notificationOptOuts.userId, ids)));
  return new Set(rows.map((row) => row.userId));
}
