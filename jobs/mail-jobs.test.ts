import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "#db/connection.ts";
import { mailOutbox } from "#db/schema.ts";
import { queueMail } from "#domain/mail/queue-mail.server.ts";
import { sendMailJob } from "#domain/mail/send-mail-job.ts";
import type { SmtpSink } from "#domain/mail/testing/start-smtp-sink.ts";
import type { JobQueue } from "#jobs/job-queue.ts";
import { createTestDatabase, testBackend } from "#tests/database.ts";
import { type MailQueue, startMailQueue, waitFor } from "#tests/fixtures/job-queue.ts";

const link = "https://bridge.example.no/reset?token=t";

describe(`mail through the job queue (${testBackend})`, () => {
  let database: Database;
  let mail: MailQueue | undefined;
  let sink: SmtpSink;
  let queue: JobQueue;

  beforeAll(async () => {
    database = await createTestDatabase();
    mail = await startMailQueue(database, { sweepGraceSeconds: 0 });
    ({ sink, queue } = mail);
  });
  afterAll(async () => {
    await mail?.stop();
    await database?.close();
  });
  beforeEach(() => {
    sink.messages.length = 0;
    sink.refuseWith = null;
    sink.refusals = Number.POSITIVE_INFINITY;
  });

  const status = async (id: string) =>
    (await database.db.select().from(mailOutbox).where(eq(mailOutbox.id, id)))[0]!;
  const queueReset = (to: string) =>
    database.db.transaction((tx) =>
      queueMail(
        tx,
        { to, locale: "en", template: "reset-password", params: { link } },
        { smtpEnabled: true },
      ),
    );

  it("delivers a queued mail when its job runs (the listener or the sweep sends it)", async () => {
    const id = await queueReset("kari@example.no");
    expect(await sendMailJob(queue, id)).toBe(true);
    await waitFor(async () => (await status(id)).status === "sent");
    expect(await status(id)).toMatchObject({ status: "sent", attempts: 1 });
    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0]).toContain("Subject: Reset your password");
  });

  it("runs one job per mail, however often the job is sent", async () => {
    const mailSend = async () => (await queue.counts()).find((c) => c.queue === "mail.send")!;
    const completedBefore = (await mailSend()).completed;
    sink.refuseWith = "451 4.3.0 Try again later";
    sink.refusals = 1;
    const id = await queueReset("once@example.no");
    await sendMailJob(queue, id);
    await sendMailJob(queue, id);
    await waitFor(async () => (await status(id)).status === "sent");
    await waitFor(async () => {
      const counts = await mailSend();
      return counts.waiting === 0 && counts.active === 0;
    });
    // One job that ran twice (a refusal, then its retry), not a second job beside it.
    expect((await mailSend()).completed).toBe(completedBefore + 1);
    expect((await status(id)).attempts).toBe(2);
    expect(sink.messages).toHaveLength(1);
  });

  it("lists a mail that exhausted its retries as a failed job, and an administrator's retry delivers it", async () => {
    sink.refuseWith = "550 5.1.1 <nobody@example.no>: Recipient address rejected";
    const id = await queueReset("nobody@example.no");
    await sendMailJob(queue, id);
    await waitFor(async () => (await status(id)).status === "failed");
    expect((await status(id)).attempts).toBe(2);
    expect((await status(id)).lastError).toContain("550 5.1.1");

    let failed = await queue.listFailedJobs();
    await waitFor(async () => {
      failed = await queue.listFailedJobs();
      return failed.total === 1;
    });
    const [job] = failed.items;
    expect(job).toMatchObject({ queue: "mail.send", data: { outboxId: id }, attempts: 2 });
    expect(job!.error).toContain("550 5.1.1 <[e-mail]>");
    expect(JSON.stringify(failed)).not.toContain("nobody@example.no");

    sink.refuseWith = null;
    expect(await queue.retryJob("mail.send", job!.id)).toBe(true);
    await waitFor(async () => (await status(id)).status === "sent");
    expect(sink.messages).toHaveLength(1);
    expect((await queue.listFailedJobs()).total).toBe(0);
  });

  it("sweeps up a queued mail whose job was never sent (a crash between commit and send)", async () => {
    const id = await queueReset("stranded@example.no");
    await queue.send("mail.sweep", {});
    await waitFor(async () => (await status(id)).status === "sent");
    expect(sink.messages).toHaveLength(1);
  });

  it("schedules the sweep every minute", async () => {
    const result = await database.db.execute(sql`select name, cron from pgboss.schedule order by name`);
    const { rows } = result as unknown as { rows: unknown[] };
    expect(rows).toEqual([{ name: "mail.sweep", cron: "* * * * *" }]);
    expect((await queue.counts()).map((c) => c.queue)).toEqual(["mail.send", "mail.sweep"]);
  });
});
