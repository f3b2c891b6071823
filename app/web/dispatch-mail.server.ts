import type { AppLoadContext } from "react-router";
import { sendMailJob } from "#domain/mail/send-mail-job.ts";

/**
 * Hands e-mails written in a committed transaction to the queue. Without SMTP the outbox row is
 * the end of the road; if this fails, the sweep job sends the rows later, so nothing is lost.
 */
export async function dispatchQueuedMail(context: AppLoadContext, outboxIds: string[]): Promise<void> {
  if (!context.services.config.SMTP_URL) return;
  for (const id of outboxIds) await sendMailJob(context.services.jobs, id).catch(() => {});
}
