import type { Database } from "#db/connection.ts";
import { mailOutboxChannel, mailSweepQueue, sendMailJob } from "#domain/mail/send-mail-job.ts";
import type { JobLogger, JobQueue } from "./job-queue.ts";

// Delivery follows from the commit (docs/decisions/0013). Whoever writes an e-mail (through
// sendNotification) does nothing more: the outbox row's insert raises a notification that the
// database delivers when the transaction commits, and never when it rolls back. The process that
// works the jobs listens and hands each id to the `mail.send` job.
//
// What this does not promise, and who does: a notification raised while no process listens (none
// running, a PostgreSQL connection dropped, a crash between the commit and the hand-off) is not
// heard. The row stays 'queued' and the `mail.sweep` job (every minute, once at start, and here after
// every reconnection) hands it out; the queue's singleton key keeps the two from sending a row twice.

export interface CommittedMailListenerOptions {
  queue: Pick<JobQueue, "send">;
  logger?: JobLogger;
  /** Tests: what the database layer waits before reconnecting. */
  reconnectDelayMs?: number;
}

/** Starts listening; resolves to the function that stops. */
export async function listenForCommittedMail(
  database: Database,
  options: CommittedMailListenerOptions,
): Promise<() => Promise<void>> {
  let connections = 0;
  return database.listen(
    mailOutboxChannel,
    (outboxId) => {
      void sendMailJob(options.queue, outboxId);
    },
    {
      reconnectDelayMs: options.reconnectDelayMs,
      onConnect: () => {
        connections += 1;
        if (connections === 1) return;
        options.logger?.warn("mail listener reconnected; sweeping the outbox", { connections });
        options.queue.send(mailSweepQueue, {}).catch(() => {});
      },
    },
  );
}
