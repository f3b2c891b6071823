import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "#db/connection.ts";
import { mailOutbox } from "#db/schema.ts";
import { createSmtpTransport, deliverMail, type MailTransport } from "#domain/mail/deliver-mail.server.ts";
import { getOutboxMessage } from "#domain/mail/get-outbox-message.server.ts";
import { listOutbox } from "#domain/mail/list-outbox.server.ts";
import { InvalidRecipientError, queueMail } from "#domain/mail/queue-mail.server.ts";
import { type MailJobSender, sendMailJob } from "#domain/mail/send-mail-job.ts";
import { sweepMailOutbox } from "#domain/mail/sweep-mail-outbox.server.ts";
import { type SmtpSink, startSmtpSink } from "#domain/mail/testing/start-smtp-sink.ts";
import { createTestDatabase, testBackend } from "#tests/database.ts";

const from = "Barents Bridge <no-reply@bridge.example.no>";
const link = "https://bridge.example.no/verify?token=t";

describe(`mail outbox (${testBackend})`, () => {
  let database: Database;
  let sink: SmtpSink;
  let smtp: MailTransport;

  beforeAll(async () => {
    database = await createTestDatabase();
    sink = await startSmtpSink();
    smtp = createSmtpTransport(sink.url);
  });
  afterAll(async () => {
    smtp?.close();
    await sink?.close();
    await database?.close();
  });
  beforeEach(async () => {
    await database.db.delete(mailOutbox);
    sink.messages.length = 0;
    sink.refuseWith = null;
    sink.refusals = Number.POSITIVE_INFINITY;
  });

  const row = async (id: string) =>
    (await database.db.select().from(mailOutbox).where(eq(mailOutbox.id, id)))[0]!;

  it("stores the rendered mail for administrators when no SMTP is configured", async () => {
    const id = await queueMail(
      database.db,
      { to: " kari@example.no ", locale: "nb", template: "verify-email", params: { link } },
      { smtpEnabled: false },
    );
    expect(await row(id)).toMatchObject({
      recipient: "kari@example.no",
      locale: "nb",
      template: "verify-email",
      subject: "Bekreft e-postadressen din",
      status: "stored",
      attempts: 0,
      lastError: null,
      sentAt: null,
    });
    expect((await row(id)).text).toContain(link);
    expect((await row(id)).html).toContain('<html lang="nb"');
  });

  it("queues the mail for delivery when SMTP is configured, inside the caller's transaction", async () => {
    const id = await database.db.transaction((tx) =>
      queueMail(
        tx,
        { to: "ivan@example.ru", locale: "ru", template: "welcome", params: { name: "Иван" } },
        { smtpEnabled: true },
      ),
    );
    expect(await row(id)).toMatchObject({ status: "queued", subject: "Добро пожаловать в Barents Bridge" });

    // A rolled-back transaction leaves no mail behind.
    await expect(
      database.db.transaction(async (tx) => {
        await queueMail(
          tx,
          { to: "ghost@example.no", locale: "en", template: "welcome", params: { name: "Ghost" } },
          { smtpEnabled: true },
        );
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect((await listOutbox(database.db, { recipient: "ghost" })).total).toBe(0);
  });

  it("refuses an address that could break the message", async () => {
    for (const to of ["no-at-sign", "a@b\r\nBcc: x@y.z", "two@a.no, three@b.no"]) {
      await expect(
        queueMail(
          database.db,
          { to, locale: "en", template: "welcome", params: { name: "X" } },
          { smtpEnabled: true },
        ),
      ).rejects.toBeInstanceOf(InvalidRecipientError);
    }
  });

  it("delivers over SMTP with text and HTML, marks the row sent, and never sends it twice", async () => {
    const id = await queueMail(
      database.db,
      { to: "kari@example.no", locale: "en", template: "verify-email", params: { link } },
      { smtpEnabled: true },
    );
    const sentAt = new Date("2026-03-01T10:00:00Z");
    expect(
      await deliverMail(database.db, id, { transport: smtp, from, lastAttempt: false, now: () => sentAt }),
    ).toBe("sent");
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 1, lastError: null, sentAt });
    expect(sink.messages).toHaveLength(1);
    const message = sink.messages[0]!;
    expect(message).toContain("Subject: Please confirm your e-mail address");
    expect(message).toContain("To: kari@example.no");
    expect(message).toContain(`Message-ID: <${id}@bridge.example.no>`);
    expect(message).toContain("Content-Language: en");
    expect(message).toMatch(/Content-Type: multipart\/alternative/);
    expect(message).toMatch(/Content-Type: text\/plain/);
    expect(message).toMatch(/Content-Type: text\/html/);

    expect(await deliverMail(database.db, id, { transport: smtp, from, lastAttempt: false })).toBe(
      "already-sent",
    );
    expect(sink.messages).toHaveLength(1);
  });

  it("records a refused delivery on the row and throws for a retry; the last attempt marks it failed", async () => {
    sink.refuseWith = "451 4.3.0 Mailbox temporarily unavailable";
    const id = await queueMail(
      database.db,
      { to: "kari@example.no", locale: "nb", template: "reset-password", params: { link } },
      { smtpEnabled: true },
    );
    await expect(deliverMail(database.db, id, { transport: smtp, from, lastAttempt: false })).rejects.toThrow(
      /not delivered.*451/,
    );
    expect(await row(id)).toMatchObject({ status: "queued", attempts: 1, sentAt: null });
    expect((await row(id)).lastError).toContain("451 4.3.0 Mailbox temporarily unavailable");

    await expect(
      deliverMail(database.db, id, { transport: smtp, from, lastAttempt: true }),
    ).rejects.toThrow();
    expect(await row(id)).toMatchObject({ status: "failed", attempts: 2 });

    // An administrator's retry of the failed job gets through once the server accepts again.
    sink.refuseWith = null;
    expect(await deliverMail(database.db, id, { transport: smtp, from, lastAttempt: true })).toBe("sent");
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 3, lastError: null });
    expect(sink.messages).toHaveLength(1);
  });

  it("leaves stored mail alone and keeps queued mail readable when SMTP has been switched off", async () => {
    const stored = await queueMail(
      database.db,
      { to: "a@example.no", locale: "en", template: "welcome", params: { name: "A" } },
      { smtpEnabled: false },
    );
    expect(await deliverMail(database.db, stored, { transport: smtp, from, lastAttempt: false })).toBe(
      "stored",
    );
    const queued = await queueMail(
      database.db,
      { to: "b@example.no", locale: "en", template: "welcome", params: { name: "B" } },
      { smtpEnabled: true },
    );
    expect(await deliverMail(database.db, queued, { transport: null, from, lastAttempt: false })).toBe(
      "stored",
    );
    expect((await row(queued)).status).toBe("stored");
    expect(await deliverMail(database.db, "no-such-id", { transport: smtp, from, lastAttempt: false })).toBe(
      "not-found",
    );
    expect(sink.messages).toHaveLength(0);
  });

  it("lists the outbox newest first, filtered and paged, and shows one message in full", async () => {
    const ids: string[] = [];
    const requests = [
      { to: "kari.nordmann@example.no", template: "welcome", smtp: false },
      { to: "ola@example.no", template: "verify-email", smtp: true },
      { to: "KARI@another.example", template: "verify-email", smtp: false },
      { to: "per_cent@example.no", template: "welcome", smtp: true },
    ] as const;
    for (const request of requests) {
      const params = request.template === "welcome" ? { name: "N" } : { link };
      ids.push(
        await queueMail(
          database.db,
          { to: request.to, locale: "en", template: request.template, params } as Parameters<
            typeof queueMail
          >[1],
          { smtpEnabled: request.smtp },
        ),
      );
      // Distinct creation times, so "newest first" is observable.
      await database.db
        .update(mailOutbox)
        .set({ createdAt: new Date(Date.UTC(2026, 0, ids.length)) })
        .where(eq(mailOutbox.id, ids.at(-1)!));
    }

    const all = await listOutbox(database.db);
    expect(all.total).toBe(4);
    expect(all.items.map((item) => item.id)).toEqual([...ids].reverse());
    expect(all.items[0]).not.toHaveProperty("html");

    const kari = await listOutbox(database.db, { recipient: "kari" });
    expect(kari.items.map((item) => item.recipient)).toEqual([
      "KARI@another.example",
      "kari.nordmann@example.no",
    ]);
    expect((await listOutbox(database.db, { recipient: "r_c" })).items.map((item) => item.recipient)).toEqual(
      ["per_cent@example.no"],
    );
    expect((await listOutbox(database.db, { recipient: "%" })).total).toBe(0);
    expect((await listOutbox(database.db, { template: "verify-email", status: "stored" })).total).toBe(1);
    expect((await listOutbox(database.db, { status: "queued" })).total).toBe(2);

    const page2 = await listOutbox(database.db, { page: 2, pageSize: 3 });
    expect(page2).toMatchObject({ page: 2, pageSize: 3, total: 4 });
    expect(page2.items.map((item) => item.id)).toEqual([ids[0]]);
    expect(await listOutbox(database.db, { page: 0, pageSize: 100_000 })).toMatchObject({
      page: 1,
      pageSize: 100,
    });

    const message = await getOutboxMessage(database.db, ids[1]!);
    expect(message).toMatchObject({ id: ids[1], recipient: "ola@example.no", status: "queued" });
    expect(message?.html).toContain("<!DOCTYPE html>");
    expect(message?.text).toContain(link);
    expect(await getOutboxMessage(database.db, "missing")).toBeNull();
  });

  it("sweeps queued rows older than the grace period into delivery jobs", async () => {
    const old = await queueMail(
      database.db,
      { to: "a@example.no", locale: "en", template: "welcome", params: { name: "A" } },
      { smtpEnabled: true },
    );
    await database.db
      .update(mailOutbox)
      .set({ createdAt: new Date(Date.now() - 5 * 60_000) })
      .where(eq(mailOutbox.id, old));
    await queueMail(
      database.db,
      { to: "b@example.no", locale: "en", template: "welcome", params: { name: "B" } },
      { smtpEnabled: true },
    );
    await queueMail(
      database.db,
      { to: "c@example.no", locale: "en", template: "welcome", params: { name: "C" } },
      { smtpEnabled: false },
    );
    const sent: unknown[][] = [];
    const queue: MailJobSender = {
      send: async (...args) => {
        sent.push(args);
        return "job-id";
      },
    };
    expect(await sweepMailOutbox(database.db, queue)).toBe(1);
    expect(sent).toEqual([["mail.send", { outboxId: old }, { singletonKey: old }]]);
  });

  it("sendMailJob never throws: the sweep covers a queue that is down", async () => {
    const broken: MailJobSender = {
      send: async () => {
        throw new Error("queue down");
      },
    };
    expect(await sendMailJob(broken, "id")).toBe(false);
    expect(await sendMailJob(null, "id")).toBe(false);
  });
});
