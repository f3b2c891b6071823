import type { JobWithMetadata, Queue, SendOptions } from "pg-boss";
import { PgBoss } from "pg-boss";
import type { Database } from "#db/connection.ts";
import { redactJobData, redactPersonalData } from "./redact-personal-data.ts";

// Background work runs on pg-boss in the application's own database (PGlite or PostgreSQL), so a job
// is committed like any other row and survives a restart. This module is the only one that knows
// pg-boss: the rest of the app registers handlers by queue name and sends plain data.

/** Job payloads are JSON; handlers validate what they read, since it comes back from the database. */
export type JobData = Record<string, unknown>;

export interface JobContext {
  id: string;
  queue: string;
  /** 1 on the first run, 2 on the first retry, and so on. */
  attempt: number;
  /** No retry follows if this run throws: the job then waits on the failed-jobs list. */
  lastAttempt: boolean;
  /** Sends a follow-up job (a sweep handing out work, say). */
  send: JobQueue["send"];
}

/** Resolves when the work is done; throws to have the job retried with backoff. */
export type JobHandler = (data: JobData, job: JobContext) => Promise<void>;

export interface JobLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface RetryPolicy {
  /** Retries after the first run; the job fails for good after limit + 1 runs. */
  limit: number;
  delaySeconds: number;
  /** Doubles the delay on every retry (with jitter), up to delayMaxSeconds. */
  backoff: boolean;
  delayMaxSeconds: number;
}

export interface QueueSettings {
  /**
   * "exclusive" allows one waiting-or-running job per singletonKey, so sending the same work twice
   * (a sweep racing the original send) is a no-op instead of a duplicate.
   */
  policy?: "standard" | "exclusive";
  retry?: Partial<RetryPolicy>;
  /** A run taking longer than this is considered dead and retried. */
  expireInSeconds?: number;
  /** Cron expression (UTC) on which pg-boss sends this queue an empty job. */
  schedule?: string;
}

export interface JobQueueOptions {
  /** One worker per queue; the keys are the queue names. */
  handlers: Record<string, JobHandler>;
  /** Per-queue settings, keyed like `handlers`. */
  queues?: Record<string, QueueSettings>;
  logger?: JobLogger;
  /**
   * false: only send jobs (a CLI, or a web process beside a separate worker); no workers, schedules
   * or maintenance run in this process. Default true.
   */
  work?: boolean;
  /** How often an idle worker looks for new jobs (at least 0.5). Default 2. */
  pollingIntervalSeconds?: number;
  /** Default retry policy for every queue. */
  retry?: Partial<RetryPolicy>;
  /** How long stop() lets running jobs finish before failing them for a retry. Default 15 s. */
  stopTimeoutMs?: number;
  /** How long completed and failed jobs stay listable. Default 30 days. */
  keepDays?: number;
}

export interface JobSendOptions {
  /** With an "exclusive" queue: at most one waiting or running job per key. */
  singletonKey?: string;
  /** Run no earlier than this. */
  startAfter?: Date;
}

export interface FailedJob {
  queue: string;
  id: string;
  /** The payload with anything that may name a person redacted. */
  data: unknown;
  error: string;
  attempts: number;
  createdAt: Date;
  startedAt: Date | null;
  failedAt: Date | null;
}

export interface QueueCounts {
  queue: string;
  /** Waiting to run, including retries waiting out their delay. */
  waiting: number;
  active: number;
  completed: number;
  failed: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface JobQueue {
  /** Installs or migrates pg-boss's tables, creates the queues and starts the workers. */
  start(): Promise<void>;
  /** Lets running jobs finish (up to stopTimeoutMs), then stops every timer. Leaves the database open. */
  stop(): Promise<void>;
  /** The job's id, or null when an exclusive queue already holds a job with that singletonKey. */
  send(queue: string, data: JobData, options?: JobSendOptions): Promise<string | null>;
  listFailedJobs(options?: { page?: number; pageSize?: number }): Promise<Page<FailedJob>>;
  /** Gives a failed job one more run. False when there is no such failed job. */
  retryJob(queue: string, id: string): Promise<boolean>;
  counts(): Promise<QueueCounts[]>;
}

const schema = "pgboss";
const maxPageSize = 100;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const defaultRetryPolicy: RetryPolicy = {
  limit: 5,
  delaySeconds: 30,
  backoff: true,
  delayMaxSeconds: 3600,
};

const consoleLogger: JobLogger = {
  info: () => {},
  warn: (message, fields) => console.warn(message, fields ?? ""),
  error: (message, fields) => console.error(message, fields ?? ""),
};

export function createJobQueue(database: Database, options: JobQueueOptions): JobQueue {
  const logger = options.logger ?? consoleLogger;
  const work = options.work ?? true;
  const names = Object.keys(options.handlers);
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  const keepSeconds = Math.round((options.keepDays ?? 30) * 24 * 3600);
  let boss: PgBoss | null = null;
  let starting: Promise<void> | null = null;
  let stopping: Promise<void> | null = null;

  function queueOptions(name: string): Omit<Queue, "name"> {
    const settings = options.queues?.[name] ?? {};
    const retry = { ...defaultRetryPolicy, ...options.retry, ...settings.retry };
    return {
      retryLimit: retry.limit,
      retryDelay: retry.delaySeconds,
      retryBackoff: retry.backoff,
      ...(retry.backoff ? { retryDelayMax: retry.delayMaxSeconds } : {}),
      expireInSeconds: settings.expireInSeconds ?? 600,
      deleteAfterSeconds: keepSeconds,
    };
  }

  function running(): PgBoss {
    if (!boss) throw new Error("The job queue is not running: call start() first.");
    return boss;
  }

  async function send(
    queue: string,
    data: JobData,
    sendOptions: JobSendOptions = {},
  ): Promise<string | null> {
    const request: SendOptions = {};
    if (sendOptions.singletonKey !== undefined) request.singletonKey = sendOptions.singletonKey;
    if (sendOptions.startAfter !== undefined) request.startAfter = sendOptions.startAfter;
    return running().send(queue, data, request);
  }

  async function runJob(name: string, handler: JobHandler, job: JobWithMetadata<JobData>): Promise<void> {
    const context: JobContext = {
      id: job.id,
      queue: name,
      attempt: job.retryCount + 1,
      lastAttempt: job.retryCount >= job.retryLimit,
      send,
    };
    try {
      await handler(job.data ?? {}, context);
    } catch (error) {
      const message = redactPersonalData(error instanceof Error ? error.message : String(error));
      logger.warn("job failed", { queue: name, jobId: job.id, attempt: context.attempt, error: message });
      // Rethrown without its stack or cause: pg-boss stores what it catches, and this is what the
      // failed-jobs page shows.
      throw new Error(message);
    }
  }

  return {
    start() {
      if (starting) return starting;
      if (boss) return Promise.resolve();
      starting = startBoss().finally(() => {
        starting = null;
      });
      return starting;
    },

    async stop() {
      if (starting) await starting.catch(() => {});
      const instance = boss;
      if (!instance) return;
      // The instance stays reachable while it drains, so a job finishing up can still send follow-ups.
      stopping ??= instance.stop({ graceful: true, timeout: options.stopTimeoutMs ?? 15_000 }).finally(() => {
        boss = null;
        stopping = null;
        logger.info("job queue stopped");
      });
      await stopping;
    },

    send,

    async listFailedJobs({ page = 1, pageSize = 20 } = {}) {
      const size = Math.min(Math.max(Math.trunc(pageSize) || 20, 1), maxPageSize);
      const current = Math.max(Math.trunc(page) || 1, 1);
      const db = running().getDb();
      const total = await db.executeSql(
        `select count(*)::int as count from ${schema}.job where state = 'failed' and name = any($1::text[])`,
        [names],
      );
      const { rows } = await db.executeSql(
        `select id, name, data, output, retry_count, created_on, started_on, completed_on
           from ${schema}.job
          where state = 'failed' and name = any($1::text[])
          order by completed_on desc nulls last, id
          limit $2 offset $3`,
        [names, size, (current - 1) * size],
      );
      return {
        items: rows.map((row) => ({
          queue: row.name,
          id: row.id,
          data: redactJobData(row.data),
          error: redactPersonalData(errorMessage(row.output)),
          attempts: Number(row.retry_count) + 1,
          createdAt: new Date(row.created_on),
          startedAt: row.started_on ? new Date(row.started_on) : null,
          failedAt: row.completed_on ? new Date(row.completed_on) : null,
        })),
        total: Number(total.rows[0]?.count ?? 0),
        page: current,
        pageSize: size,
      };
    },

    async retryJob(queue, id) {
      if (!names.includes(queue) || !uuid.test(id)) return false;
      // pg-boss's declared CommandResponse is empty; at run time it carries the count it changed.
      const result = (await running().retry(queue, id)) as { affected?: number };
      return (result.affected ?? 0) > 0;
    },

    async counts() {
      const { rows } = await running()
        .getDb()
        .executeSql(
          `select name, state::text as state, count(*)::int as count
             from ${schema}.job where name = any($1::text[]) group by name, state`,
          [names],
        );
      return names.map((queue) => {
        const count = (...states: string[]) =>
          rows
            .filter((row) => row.name === queue && states.includes(row.state))
            .reduce((sum, row) => sum + Number(row.count), 0);
        return {
          queue,
          waiting: count("created", "retry"),
          active: count("active"),
          completed: count("completed"),
          failed: count("failed"),
        };
      });
    },
  };

  async function startBoss(): Promise<void> {
    const instance = new PgBoss({
      ...database.jobQueueOptions(),
      schema,
      schedule: work,
      supervise: work,
      // Telemetry has no SDK registered here; skipping it saves work on every job.
      openTelemetry: { enabled: false },
    });
    instance.on("error", (error) =>
      logger.error("job queue error", { error: redactPersonalData(error.message ?? String(error)) }),
    );
    instance.on("warning", (warning) =>
      logger.warn("job queue warning", { warning: redactPersonalData(warning.message) }),
    );
    await instance.start();
    // Reachable before the workers start: the first job may want to send another.
    boss = instance;
    try {
      for (const name of names) {
        const settings = options.queues?.[name];
        // create_queue keeps an existing queue as it is; the update carries changed retry settings over.
        await instance.createQueue(name, { policy: settings?.policy ?? "standard", ...queueOptions(name) });
        await instance.updateQueue(name, queueOptions(name));
      }
      if (work) {
        await syncSchedules(instance);
        for (const name of names) {
          const handler = options.handlers[name]!;
          await instance.work<
            JobData,
            void,
            { includeMetadata: true; batchSize: 1; pollingIntervalSeconds: number }
          >(name, { includeMetadata: true, batchSize: 1, pollingIntervalSeconds }, async ([job]) => {
            if (job) await runJob(name, handler, job);
          });
        }
      }
    } catch (error) {
      boss = null;
      await instance.stop({ graceful: false });
      throw error;
    }
    logger.info("job queue started", { queues: names, work });
  }

  /** The code is the source of truth: schedules it no longer declares are removed. */
  async function syncSchedules(instance: PgBoss): Promise<void> {
    const wanted = new Map(
      names.flatMap((name) => {
        const cron = options.queues?.[name]?.schedule;
        return cron ? [[name, cron] as const] : [];
      }),
    );
    for (const existing of await instance.getSchedules()) {
      if (!wanted.has(existing.name)) await instance.unschedule(existing.name, existing.key);
    }
    for (const [name, cron] of wanted) await instance.schedule(name, cron, {}, { tz: "UTC" });
  }
}

function errorMessage(output: unknown): string {
  if (output && typeof output === "object" && "message" in output) return String(output.message);
  if (typeof output === "string") return output;
  return output == null ? "" : JSON.stringify(output);
}
