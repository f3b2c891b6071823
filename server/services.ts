import type { Config } from "#config/env.ts";
import { type Database, openDatabase } from "#db/connection.ts";
import { sendAccountMail } from "#domain/accounts/send-account-mail.server.ts";
import { type CatalogueCache, createCatalogueCache } from "#domain/catalogue/catalogue-cache.server.ts";
import { seedDemo } from "#domain/demo/seed-demo.server.ts";
import { mailSweepQueue } from "#domain/mail/send-mail-job.ts";
import { ensureOffices } from "#domain/offices/ensure-offices.server.ts";
import { createMailJobs } from "#jobs/create-mail-jobs.ts";
import { createJobQueue, type JobQueue } from "#jobs/job-queue.ts";
import { listenForCommittedMail } from "#jobs/listen-for-committed-mail.ts";
import { createReportReminderJobs } from "#jobs/report-reminders.ts";
import { type Auth, type AuthMailer, createAuth } from "./auth.ts";

// Everything a request, a job or a CLI command needs, built once and handed to React Router as the
// load context. Domain modules stay stateless: they receive what they use.
export interface Services {
  config: Config;
  database: Database;
  db: Database["db"];
  auth: Auth;
  jobs: JobQueue;
  mailer: AuthMailer;
  /** The public catalogue's answers, cached for this process (pages and the open-data API). */
  catalogue: CatalogueCache;
  /** Resolves when background services (the job queue) have started; rejects if they could not. */
  ready: Promise<void>;
  close(): Promise<void>;
}

export async function createServices(
  config: Config,
  options: { database?: Database } = {},
): Promise<Services> {
  const database =
    options.database ?? (await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR }));
  const { db } = database;
  await ensureOffices(db);
  if (config.demo) await seedDemo(db, config.DEMO_PASSWORD, { projects: config.DEMO_PROJECTS });

  const mailJobs = createMailJobs({ db, smtpUrl: config.SMTP_URL, from: config.MAIL_FROM });
  const reminderJobs = createReportReminderJobs({
    db,
    smtpEnabled: Boolean(config.SMTP_URL),
    baseUrl: config.baseUrl,
  });
  const jobs = createJobQueue(database, {
    handlers: { ...mailJobs.handlers, ...reminderJobs.handlers },
    queues: { ...mailJobs.queues, ...reminderJobs.queues },
    // JOBS=false: this process only sends jobs (tests, a CLI); another process works them.
    work: config.JOBS,
  });
  // The queue starts while the server begins to answer: mail written before it runs waits in the
  // outbox, and the sweep hands it out once the queue is up. From then on the process that works the
  // jobs hears every committed e-mail and hands it to `mail.send` (docs/decisions/0013); nothing that
  // writes one does more. `ready` settles when all this has started.
  let stopListening: (() => Promise<void>) | null = null;
  const ready = jobs.start().then(async () => {
    if (!config.JOBS) return;
    if (config.SMTP_URL) stopListening = await listenForCommittedMail(database, { queue: jobs });
    await jobs.send(mailSweepQueue, {});
  });
  // Marked as handled here; whoever awaits `ready` (server/main.ts) still sees a failure.
  ready.catch(() => {});

  const smtpEnabled = Boolean(config.SMTP_URL);
  const mailer: AuthMailer = {
    send: (message) => sendAccountMail(db, message, { smtpEnabled }),
  };
  const auth = createAuth({ db, config, mailer });
  return {
    config,
    database,
    db,
    auth,
    jobs,
    mailer,
    catalogue: createCatalogueCache(),
    ready,
    async close() {
      // PGlite is one shared connection: stop the workers before closing it.
      await ready.catch(() => {});
      await stopListening?.();
      await jobs.stop();
      mailJobs.close();
      await database.close();
    },
  };
}
