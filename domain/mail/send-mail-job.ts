// The hand-off from the outbox to the job queue. Structural types keep the domain free of the queue's
// implementation: anything with this `send` (the app's JobQueue) will do.

export const mailSendQueue = "mail.send";
export const mailSweepQueue = "mail.sweep";

export interface MailJobSender {
  send(queue: string, data: { outboxId: string }, options: { singletonKey: string }): Promise<string | null>;
}

/**
 * Asks the queue to deliver an outbox row. Call it after the transaction that wrote the row has
 * committed (a job for a row that is not there yet finds nothing to send). It never throws: if the
 * queue is unreachable or not running, the row stays 'queued' and the `mail.sweep` job hands it out
 * within a minute, so the caller can acknowledge the user's request either way. Rows kept as 'stored'
 * (no SMTP) are left alone by the job, so calling it for them is harmless.
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
