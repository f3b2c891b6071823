import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailOutbox } from "#db/schema.ts";
import { type SmtpSink, startSmtpSink } from "#domain/mail/testing/start-smtp-sink.ts";
import { testBackend } from "../database.ts";
import { loginCookie, sendDemoApplication } from "../fixtures/fixtures.ts";
import { startTestApp, type TestApp } from "./start-test-app.ts";

// With SMTP configured and the jobs running, an e-mail reaches the SMTP server because the request
// that wrote it committed: no route, Better Auth hook or domain function hands it to the queue
// (docs/decisions/0013).

let app: TestApp;
let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
  app = await startTestApp({ SMTP_URL: sink.url, JOBS: "true" });
  await app.services.ready;
});
afterAll(async () => {
  await app?.close();
  await sink?.close();
});

async function waitFor(probe: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The outbox rows of one template to one address, and whether the SMTP server got each one. */
async function deliveredTo(recipient: string, template: string) {
  const rows = await app.services.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.recipient, recipient), eq(mailOutbox.template, template)));
  return rows.map((row) => ({
    status: row.status,
    received: sink.messages.some((message) => message.includes(`<${row.id}@`)),
  }));
}

describe(`e-mail delivered after the commit, over HTTP (${testBackend})`, () => {
  it("sends Better Auth's password-reset e-mail to the SMTP server", async () => {
    const response = await app.post("/en/forgot-password", { email: "partner@example.org" });
    expect(response.status).toBe(200);
    await waitFor(async () =>
      (await deliveredTo("partner@example.org", "reset-password")).some((m) => m.status === "sent"),
    );
    expect(await deliveredTo("partner@example.org", "reset-password")).toEqual([
      { status: "sent", received: true },
    ]);
  });

  it("sends the applicant the news of a case step taken through a page", async () => {
    const created = {
      id: (await sendDemoApplication(app.services.db, { baseUrl: app.url, smtpEnabled: true })).applicationId,
    };
    expect(await deliveredTo("applicant@example.org", "case-update")).toEqual([]);

    const adviser = await loginCookie(app, "adviser@example.org");
    const started = await app.post(`/en/cases/${created.id}/screening`, { intent: "start" }, adviser);
    expect(started.status).toBe(302);
    await waitFor(async () =>
      (await deliveredTo("applicant@example.org", "case-update")).some((m) => m.status === "sent"),
    );
    expect(await deliveredTo("applicant@example.org", "case-update")).toEqual([
      { status: "sent", received: true },
    ]);
    // The receipt written by the submission went the same way.
    await waitFor(async () => {
      const receipts = await deliveredTo("applicant@example.org", "application-received");
      return receipts.length === 1 && receipts[0]!.received;
    });
  });
});
