import type { Queryable } from "#db/connection.ts";
import { createSmtpTransport, deliverMail, type MailTransport } from "#domain/mail/deliver-mail.server.ts";
import { mailSendQueue, mailSweepQueue } from "#domain/mail/send-mail-job.ts";
import { sweepMailOutbox } from "#domain/mail/sweep-mail-outbox.server.ts";
import type { JobHandler, JobLogger, QueueSettings } from "./job-queue.ts";

// The two mail queues: `mail.send` delivers one outbox row, `mail.sweep` (every minute) re-sends jobs
// for rows a crash left without one. Spread `handlers` and `queues` into createJobQueue's options.

export interface MailJobsOptions {
  db: Queryable;
  /** SMTP_URL; without it queued rows are turned into stored ones, readable by administrators. */
  smtpUrl?: string;
  /** MAIL_FROM. */
  from: string;
  /** Replaces the SMTP transport (tests). */
  transport?: MailTransport | null;
  logger?: JobLogger;
  /** Passed to the sweep; tests set 0. */
  sweepGraceSeconds?: number;
}

export interface MailJobs {
  handlers: Record<string, JobHandler>;
  queues: Record<string, QueueSettings>;
  /** Closes the SMTP transport; call after the job queue has stopped. */
  close(): void;
}

export function createMailJobs(options: MailJobsOptions): MailJobs {
  const transport =
    options.transport !== undefined
      ? options.transport
      : options.smtpUrl
        ? createSmtpTransport(options.smtpUrl)
        : null;
  const logger = options.logger;
  return {
    handlers: {
      [mailSendQueue]: async (data, job) => {
        const outboxId = typeof data.outboxId === "string" ? data.outboxId : null;
        if (!outboxId) {
          logger?.warn("mail job without outboxId ignored", { jobId: job.id });
          return;
        }
        const outcome = await deliverMail(options.db, outboxId, {
          transport,
          from: options.from,
          lastAttempt: job.lastAttempt,
        });
        logger?.info("mail job done", { outboxId, jobId: job.id, attempt: job.attempt, outcome });
      },
      [mailSweepQueue]: async (_data, job) => {
        const handedOut = await sweepMailOutbox(options.db, job, { graceSeconds: options.sweepGraceSeconds });
        if (handedOut > 0) logger?.info("mail sweep handed out stranded mail", { count: handedOut });
      },
    },
    queues: {
      // Exclusive: one waiting or running delivery per outbox row (the row id is the singleton key).
      [mailSendQueue]: { policy: "exclusive", expireInSeconds: 300 },
      // Exclusive without a key: one sweep at a time, however many instances or start-ups ask.
      [mailSweepQueue]: {
        policy: "exclusive",
        schedule: "* * * * *",
        retry: { limit: 0 },
        expireInSeconds: 120,
      },
    },
    close: () => transport?.close(),
  };
}
