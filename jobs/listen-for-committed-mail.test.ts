import { eq } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database, Queryable } from "#db/connection.ts";
import { mailOutbox } from "#db/schema.ts";
import type { SmtpSink } from "#domain/mail/testing/start-smtp-sink.ts";
import { sendNotification } from "#domain/notifications/send-notification.server.ts";
import type { JobQueue } from "#jobs/job-queue.ts";
import { createTestDatabase, onBackend, testBackend } from "#tests/database.ts";
import { type MailQueue, quietLogger, startMailQueue, waitFor } from "#tests/fixtures/job-queue.ts";
import { listenForCommittedMail } from "./listen-for-committed-mail.ts";

// Delivery follows from the commit: nobody who writes an e-mail sends a job. The sweep here only
// takes rows older than an hour, so a delivery within the test is the listener's doing unless a
// test ages a row on purpose.

/** A password-reset e-mail to `to`, written the way the app writes every e-mail. */
const resetMail = (q: Queryable, to: string, smtpEnabled = true) =>
  sendNotification(q, {
    kind: "account.reset-password",
    recipients: [{ address: to, locale: "en" }],
    mail: () => ({ link: "https://bridge.example.no/reset?token=t" }),
    smtpEnabled,
  });

describe(`mail delivered after the commit (${testBackend})`, () => {
  let database: Database;
  let mail: MailQueue | undefined;
  let sink: SmtpSink;
  let queue: JobQueue;
  /** Every job the listener handed over, by queue. */
  const handed: { queue: string; data: Record<string, unknown> }[] = [];
  let stopListening: (() => Promise<void>) | null = null;

  const listen = async () => {
    stopListening = await listenForCommittedMail(database, {
      queue: {
        send: (name, data, options) => {
          handed.push({ queue: name, data });
          return queue.send(name, data, options);
        },
      },
      logger: quietLogger,
      reconnectDelayMs: 50,
    });
  };
  const rowTo = async (recipient: string) =>
    (await database.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, recipient)))[0];
  const handedIds = () => handed.filter((h) => h.queue === "mail.send").map((h) => h.data.outboxId);
  const sentTo = (recipient: string) => sink.messages.filter((m) => m.includes(`To: ${recipient}`));

  beforeAll(async () => {
    database = await createTestDatabase();
    mail = await startMailQueue(database, { sweepGraceSeconds: 3600 });
    ({ sink, queue } = mail);
    await listen();
  });
  afterAll(async () => {
    await stopListening?.();
    await mail?.stop();
    await database?.close();
  });
  beforeEach(() => {
    sink.messages.length = 0;
  });

  it("delivers an e-mail once its transaction commits, with no job sent by the writer", async () => {
    await database.db.transaction((tx) => resetMail(tx, "kari@example.no"));
    const row = await rowTo("kari@example.no");
    expect(row?.status).toBe("queued");
    await waitFor(async () => (await rowTo("kari@example.no"))?.status === "sent");
    expect(handedIds()).toContain(row!.id);
    expect(sentTo("kari@example.no")).toHaveLength(1);
    expect(sentTo("kari@example.no")[0]).toContain("Subject: Reset your password");
  });

  it("hands over nothing for a transaction or a savepoint rolled back, nor for mail kept without SMTP", async () => {
    const before = handedIds().length;
    await database.db
      .transaction(async (tx) => {
        await resetMail(tx, "rolled-back@example.no");
        throw new Error("the change this mail announced failed");
      })
      .catch(() => {});
    await database.db.transaction(async (tx) => {
      // A refused step inside a transaction that goes on (a savepoint, as transitionCase runs in one).
      await tx
        .transaction(async (inner) => {
          await resetMail(inner, "savepoint@example.no");
          throw new Error("refused");
        })
        .catch(() => {});
      await resetMail(tx, "stored@example.no", false);
      await resetMail(tx, "kept@example.no");
    });
    const kept = await rowTo("kept@example.no");
    // Notifications arrive in commit order: once the kept one is heard, any earlier one would have been.
    await waitFor(() => handedIds().includes(kept!.id));
    await waitFor(async () => (await rowTo("kept@example.no"))?.status === "sent");
    expect(handedIds().slice(before)).toEqual([kept!.id]);
    expect(await rowTo("rolled-back@example.no")).toBeUndefined();
    expect(await rowTo("savepoint@example.no")).toBeUndefined();
    expect((await rowTo("stored@example.no"))?.status).toBe("stored");
    expect(sink.messages).toHaveLength(1);
  });

  it("leaves an e-mail committed while no process listened (a crash before the hand-off) to the sweep", async () => {
    await stopListening!();
    try {
      await database.db.transaction((tx) => resetMail(tx, "stranded@example.no"));
      const row = await rowTo("stranded@example.no");
      expect(handedIds()).not.toContain(row!.id);
      expect(row?.status).toBe("queued");
      // The sweep takes what has waited longer than its grace (an hour in this file).
      await database.db
        .update(mailOutbox)
        .set({ createdAt: new Date(Date.now() - 2 * 3600_000) })
        .where(eq(mailOutbox.id, row!.id));
      await queue.send("mail.sweep", {});
      await waitFor(async () => (await rowTo("stranded@example.no"))?.status === "sent");
      expect(sentTo("stranded@example.no")).toHaveLength(1);
    } finally {
      await listen();
    }
  });

  onBackend("postgresql", it)(
    "listens again after the connection drops, and asks the sweep for what it missed",
    async () => {
      const sweepsBefore = handed.filter((h) => h.queue === "mail.sweep").length;
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      try {
        const { rowCount } = await admin.query(
          `select pg_terminate_backend(pid) from pg_stat_activity
            where application_name = 'barents-bridge listen' and datname = $1`,
          [new URL(String(database.jobQueueOptions().connectionString)).pathname.slice(1)],
        );
        expect(rowCount).toBe(1);
      } finally {
        await admin.end();
      }
      await waitFor(() => handed.filter((h) => h.queue === "mail.sweep").length > sweepsBefore);
      await database.db.transaction((tx) => resetMail(tx, "after-drop@example.no"));
      await waitFor(async () => (await rowTo("after-drop@example.no"))?.status === "sent");
      const row = await rowTo("after-drop@example.no");
      expect(handedIds()).toContain(row!.id);
    },
  );
});
