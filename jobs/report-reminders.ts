import type { Db } from "#db/connection.ts";
import { runReportReminders } from "#domain/final-reports/report-reminders.server.ts";
import type { JobHandler, JobLogger, QueueSettings } from "./job-queue.ts";

// The daily final-report reminders (domain/final-reports/report-reminders.ts): e-mails 30 and 7 days
// before the report is due, and the overdue flag. Spread `handlers` and `queues` into
// createJobQueue's options, beside the mail jobs.

export const reportRemindersQueue = "report.reminders";

export interface ReportReminderJobsOptions {
  db: Db;
  /** SMTP_URL is set: the e-mails are queued for delivery, otherwise they stay in the outbox. */
  smtpEnabled: boolean;
  /** config.baseUrl, for the links in the e-mails. */
  baseUrl: string;
  logger?: JobLogger;
  /** The clock (tests). */
  now?: () => Date;
}

export function createReportReminderJobs(options: ReportReminderJobsOptions): {
  handlers: Record<string, JobHandler>;
  queues: Record<string, QueueSettings>;
} {
  return {
    handlers: {
      [reportRemindersQueue]: async (_data, job) => {
        const run = await runReportReminders(options.db, {
          now: options.now?.() ?? new Date(),
          mail: { smtpEnabled: options.smtpEnabled, baseUrl: options.baseUrl },
        });
        options.logger?.info("report reminders done", {
          jobId: job.id,
          reminders: run.reminders,
          overdue: run.overdue,
        });
      },
    },
    queues: {
      // Every morning at 05:00 UTC (06:00 or 07:00 in Oslo); one run at a time. A retried or repeated
      // run sends nothing twice: each reminder is recorded on the case under its row lock.
      [reportRemindersQueue]: {
        policy: "exclusive",
        schedule: "0 5 * * *",
        retry: { limit: 3, delaySeconds: 300 },
        expireInSeconds: 900,
      },
    },
  };
}
