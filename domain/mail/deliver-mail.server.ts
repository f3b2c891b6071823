import { eq, sql } from "drizzle-orm";
import nodemailer from "nodemailer";
import type { Queryable } from "#db/connection.ts";
import { mailOutbox } from "#db/schema.ts";

// Delivery of one outbox row over SMTP, run by the `mail.send` job. The row is the truth: a row already
// sent is never sent again, and a failure is written to the row before the job is retried, so
// administrators see why a message is late without reading logs.

export interface OutgoingMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per outbox row, so a rare second delivery (crash after the server accepted) threads as one. */
  messageId: string;
  headers: Record<string, string>;
}

/** The one thing delivery needs from nodemailer; tests pass their own. */
export interface MailTransport {
  sendMail(message: OutgoingMessage): Promise<unknown>;
  close(): void;
}

export function createSmtpTransport(smtpUrl: string): MailTransport {
  // Short timeouts: a stuck server should fail this attempt and leave the retry to the job queue,
  // not hold a worker for nodemailer's default hour.
  return nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 120_000,
  });
}

export type DeliveryOutcome = "sent" | "already-sent" | "stored" | "not-found";

export interface DeliverMailOptions {
  /** null when no SMTP server is configured. */
  transport: MailTransport | null;
  from: string;
  /** The job queue will not try again if this attempt fails: the row is then marked failed. */
  lastAttempt: boolean;
  now?: () => Date;
}

export class MailDeliveryError extends Error {}

const maxErrorLength = 1000;

export async function deliverMail(
  q: Queryable,
  outboxId: string,
  options: DeliverMailOptions,
): Promise<DeliveryOutcome> {
  const now = options.now ?? (() => new Date());
  const [row] = await q.select().from(mailOutbox).where(eq(mailOutbox.id, outboxId)).limit(1);
  if (!row) return "not-found";
  if (row.status === "sent") return "already-sent";
  if (row.status === "stored") return "stored";
  if (!options.transport) {
    // SMTP was switched off after the mail was queued: keep it readable in the app instead.
    await q
      .update(mailOutbox)
      .set({ status: "stored", lastError: "SMTP is not configured; kept for administrators." })
      .where(eq(mailOutbox.id, outboxId));
    return "stored";
  }

  try {
    await options.transport.sendMail({
      from: options.from,
      to: row.recipient,
      subject: row.subject,
      text: row.text,
      html: row.html,
      messageId: `<${row.id}@${senderDomain(options.from)}>`,
      headers: { "Content-Language": row.locale, "Auto-Submitted": "auto-generated" },
    });
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, maxErrorLength);
    await q
      .update(mailOutbox)
      .set({
        attempts: sql`${mailOutbox.attempts} + 1`,
        lastError: message,
        status: options.lastAttempt ? "failed" : row.status,
      })
      .where(eq(mailOutbox.id, outboxId));
    throw new MailDeliveryError(`Mail ${outboxId} was not delivered: ${message}`);
  }

  await q
    .update(mailOutbox)
    .set({ status: "sent", sentAt: now(), attempts: sql`${mailOutbox.attempts} + 1`, lastError: null })
    .where(eq(mailOutbox.id, outboxId));
  return "sent";
}

function senderDomain(from: string): string {
  const match = /@([^\s>]+)>?\s*$/.exec(from);
  return match?.[1] ?? "barents-bridge.local";
}
