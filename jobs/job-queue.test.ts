import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "#db/connection.ts";
import {
  createJobQueue,
  type JobContext,
  type JobData,
  type JobQueue,
  type JobQueueOptions,
} from "#jobs/job-queue.ts";
import { createTestDatabase, onBackend, testBackend } from "#tests/database.ts";
import { quietLogger, waitFor } from "#tests/fixtures/job-queue.ts";

const fast = { pollingIntervalSeconds: 0.5, logger: quietLogger, stopTimeoutMs: 2000 };

/** A started queue with the fast test settings, handed to `use` and stopped whatever `use` does. */
async function withQueue(
  database: Database,
  options: Omit<JobQueueOptions, keyof typeof fast>,
  use: (queue: JobQueue) => Promise<void>,
): Promise<void> {
  const queue = createJobQueue(database, { ...fast, ...options });
  await queue.start();
  try {
    await use(queue);
  } finally {
    await queue.stop();
  }
}

describe(`job queue (${testBackend})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("runs a sent job with its data and attempt, while the app's own queries keep working", async () => {
    const seen: { data: JobData; job: JobContext }[] = [];
    await withQueue(
      database,
      {
        handlers: {
          "test.echo": async (data, job) => {
            // The same connection (PGlite) serves the app and the queue; a query here must not deadlock.
            await database.ping();
            seen.push({ data, job });
          },
        },
      },
      async (queue) => {
        const id = await queue.send("test.echo", { thingId: "t-1" });
        expect(id).toMatch(/^[0-9a-f-]{36}$/);
        await waitFor(() => seen.length === 1);
        expect(seen[0]!.data).toEqual({ thingId: "t-1" });
        expect(seen[0]!.job).toMatchObject({ id, queue: "test.echo", attempt: 1, lastAttempt: false });
        await waitFor(async () => (await queue.counts())[0]!.completed === 1);
        expect(await queue.counts()).toEqual([
          { queue: "test.echo", waiting: 0, active: 0, completed: 1, failed: 0 },
        ]);
      },
    );
  });

  it("retries a failing job, then lists it as failed without personal data, and retries it on request", async () => {
    let failing = true;
    const attempts: JobContext[] = [];
    await withQueue(
      database,
      {
        retry: { limit: 1, delaySeconds: 0, backoff: false },
        handlers: {
          "test.flaky": async (_data, job) => {
            attempts.push(job);
            if (failing) throw new Error("550 mailbox <ola.nordmann@example.no> unavailable");
          },
        },
      },
      async (queue) => {
        const id = await queue.send("test.flaky", { userId: "u-1", email: "ola.nordmann@example.no" });
        const failed = await waitFor(async () => {
          const page = await queue.listFailedJobs({ page: 1, pageSize: 10 });
          return page.total === 1 ? page : undefined;
        });
        expect(attempts.map((a) => [a.attempt, a.lastAttempt])).toEqual([
          [1, false],
          [2, true],
        ]);
        const [job] = failed.items;
        expect(job).toMatchObject({ queue: "test.flaky", id, attempts: 2 });
        expect(job!.data).toEqual({ userId: "u-1", email: "[redacted]" });
        expect(job!.error).toBe("550 mailbox <[e-mail]> unavailable");
        expect(JSON.stringify(failed)).not.toContain("ola.nordmann");
        expect(job!.createdAt).toBeInstanceOf(Date);
        expect(job!.failedAt).toBeInstanceOf(Date);
        expect((await queue.counts())[0]).toMatchObject({ queue: "test.flaky", failed: 1, waiting: 0 });

        expect(await queue.retryJob("test.flaky", "not-a-uuid")).toBe(false);
        expect(await queue.retryJob("test.unknown", id!)).toBe(false);
        failing = false;
        expect(await queue.retryJob("test.flaky", id!)).toBe(true);
        await waitFor(async () => (await queue.counts())[0]!.completed === 1);
        expect((await queue.listFailedJobs()).total).toBe(0);
      },
    );
  });

  it("bounds the failed-jobs page size", async () => {
    await withQueue(
      database,
      {
        work: false,
        handlers: { "test.none": async () => {} },
      },
      async (queue) => {
        const page = await queue.listFailedJobs({ page: -3, pageSize: 10_000 });
        expect(page).toMatchObject({ page: 1, pageSize: 100, total: 0, items: [] });
      },
    );
  });

  it("keeps one waiting job per key on an exclusive queue", async () => {
    await withQueue(
      database,
      {
        work: false,
        handlers: { "test.exclusive": async () => {} },
        queues: { "test.exclusive": { policy: "exclusive" } },
      },
      async (queue) => {
        expect(await queue.send("test.exclusive", { n: 1 }, { singletonKey: "k" })).not.toBeNull();
        expect(await queue.send("test.exclusive", { n: 2 }, { singletonKey: "k" })).toBeNull();
        expect(await queue.send("test.exclusive", { n: 3 }, { singletonKey: "other" })).not.toBeNull();
      },
    );
  });

  it("processes after a restart a job sent before the stop", async () => {
    const sender = createJobQueue(database, {
      ...fast,
      work: false,
      handlers: { "test.later": async () => {} },
    });
    await sender.start();
    const id = await sender.send("test.later", { n: 1 });
    await sender.stop();

    const done: string[] = [];
    await withQueue(
      database,
      {
        handlers: { "test.later": async (_data, job) => void done.push(job.id) },
      },
      async () => {
        await waitFor(() => done.length === 1);
        expect(done).toEqual([id]);
      },
    );
  });

  it("refuses to send before start", async () => {
    const queue = createJobQueue(database, { ...fast, handlers: { "test.echo": async () => {} } });
    await expect(queue.send("test.echo", {})).rejects.toThrow(/not running/);
  });

  onBackend("pglite", it)("keeps jobs in an on-disk PGlite across a process restart", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bb-jobs-"));
    try {
      const first = await openDatabase({ dataDir });
      const sender = createJobQueue(first, {
        ...fast,
        work: false,
        handlers: { "test.disk": async () => {} },
      });
      await sender.start();
      const id = await sender.send("test.disk", { n: 1 });
      await sender.stop();
      await first.close();

      const second = await openDatabase({ dataDir });
      const done: string[] = [];
      const worker = createJobQueue(second, {
        ...fast,
        handlers: { "test.disk": async (_data, job) => void done.push(job.id) },
      });
      await worker.start();
      try {
        await waitFor(() => done.length === 1);
        expect(done).toEqual([id]);
      } finally {
        await worker.stop();
        await second.close();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("leaves nothing running after stop, so the process can exit", async () => {
    // A child process exits by itself only if stop() cleared every timer and socket pg-boss opened.
    const script = `
      import { createTestDatabase } from "#tests/database.ts";
      import { createJobQueue } from "#jobs/job-queue.ts";
      const database = await createTestDatabase();
      let ran = false;
      const queue = createJobQueue(database, {
        pollingIntervalSeconds: 0.5,
        handlers: { "test.exit": async () => { ran = true; } },
        queues: { "test.exit": { schedule: "* * * * *" } },
      });
      await queue.start();
      await queue.send("test.exit", {});
      while (!ran) await new Promise((resolve) => setTimeout(resolve, 50));
      await queue.stop();
      await database.close();
      console.error("stopped");
    `;
    const started = Date.now();
    const { stderr } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], {
      cwd: path.resolve(import.meta.dirname, ".."),
      env: process.env,
      timeout: 45_000,
    });
    expect(stderr).toContain("stopped");
    expect(Date.now() - started).toBeLessThan(45_000);
  }, 60_000);
});
