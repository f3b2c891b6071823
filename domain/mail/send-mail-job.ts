// The hand-off from the outbox to the job queue. Structural types keep the domain free of the queue's
// implementation: anything with this `send` (the app's JobQueue) will do.

export const mailSendQueue = "mail.send";
export const mailSweepQueue = "mail.sweep";
/**
 * The channel on which the database announces, at commit, each outbox row written for SMTP delivery
 * (its id as payload; the trigger is in db/migrations/0008_mail_outbox_notify.sql).
 */
export const mailOutboxChannel = "mail_outbox";

export interface MailJobSender {
  send(queue: string, data: { outboxId: string }, options: { singletonKey: string }): Promise<string | null>;
}

/**
 * Asks the queue to deliver an outbox row whose transaction has committed. Two callers: the listener
 * that hears each commit (jobs/listen-for-committed-mail.ts) and the sweep. It never throws: if the
 * queue is unreachable or not running, the row stays 'queued' and the `mail.sweep` job hands it out
 * within a minute. Rows kept as 'stored' (no SMTP) are left alone by the job, so sending one is harmless.
 */
export async function sendMailJob(
  queue: MailJobSender | null | undefined,
  outboxId: string,
): Promise<boolean> {
  if (!queue) return false;
  try {
    // The outbox id as singleton key: one waiting or running delivery per message, however often asked.
    await queue.send(mailSendQueue, { outboxId }, { singletonKey: outboxId });
    return true;
  } catch {
    return false;
  }
}
