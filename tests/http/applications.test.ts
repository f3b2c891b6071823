import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applications, applicationVersions, calls, mailOutbox, organizations } from "#db/schema.ts";
import { completeForm } from "#domain/applications/testing/application-fixture.ts";
import { addUser, insertPartnerLetter, loginCookie } from "../fixtures/fixtures.ts";
import { flattenFormValues } from "./application-form-values.ts";
import { startTestApp, type TestApp } from "./start-test-app.ts";

// The applicant's journey over HTTP, the way a browser without JavaScript walks it: start a draft,
// fill each step with the save button, see the rules fail and pass, send, read the status page.

let app: TestApp;
let cookie: string;
let applicationId: string;
const form = completeForm(new Date());

async function revisionOf(id: string) {
  const [row] = await app.services.db.select().from(applications).where(eq(applications.id, id));
  return row!;
}

async function saveStep(step: string, values: unknown, extra: Record<string, string> = {}, who = cookie) {
  const row = await revisionOf(applicationId);
  return app.post(
    `/en/applications/${applicationId}/${step}`,
    {
      ...flattenFormValues(values),
      baseRevision: String(row.revision),
      baseValues: JSON.stringify((row.form as Record<string, unknown>)[step] ?? {}),
      intent: "save",
      ...extra,
    },
    who,
  );
}

beforeAll(async () => {
  app = await startTestApp();
  cookie = await loginCookie(app, "applicant@example.org");
});
afterAll(async () => {
  await app?.close();
});

describe("the applicant's journey without JavaScript", () => {
  it("starts a draft in an open call for the applicant's organisation", async () => {
    const list = await fetch(`${app.url}/en/applications`, { headers: { cookie } });
    expect(list.status).toBe(200);
    expect(await list.text()).toContain("Start a new application");
    const [call] = await app.services.db.select().from(calls).where(eq(calls.programmeId, "no-ru-regular"));
    const organisation = await app.services.db.query.organizations.findFirst();
    const response = await app.post(
      "/en/applications",
      { callId: call!.id, organisationId: organisation!.id },
      cookie,
    );
    expect(response.status).toBe(302);
    const location = response.headers.get("location")!;
    expect(location).toMatch(/^\/en\/applications\/[0-9a-f-]{36}\/project$/);
    applicationId = location.split("/")[3]!;
    const page = await fetch(`${app.url}${location}`, { headers: { cookie } });
    const html = await page.text();
    expect(html).toContain("Steps of the application");
    expect(html).toContain("Project title (English)");
  });

  it("keeps invalid values as typed and shows each with its error, in the page's language", async () => {
    const response = await saveStep("project", {
      ...form.project,
      title: { nb: "<script>alert(1)</script>" },
      startDate: "2026-02-30",
      priorityArea: "space-travel",
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("The text cannot contain HTML tags or scripts.");
    expect(html).toContain("Enter a valid date (YYYY-MM-DD).");
    expect(html).toContain("Choose one of the programme&#x27;s priority areas.");
    expect(html).not.toContain("<script>alert(1)</script>");
    const stored = (await revisionOf(applicationId)).form as {
      project: { startDate: string; title: { nb: string } };
    };
    expect(stored.project.startDate).toBe("2026-02-30");
    // In Russian the same mistakes are explained in Russian.
    const ru = await fetch(`${app.url}/ru/applications/${applicationId}/project`, { headers: { cookie } });
    expect(await ru.text()).toContain("Введите правильную дату (ГГГГ-ММ-ДД).");
  });

  it("saves every step with its button and moves on", async () => {
    for (const step of ["project", "applicant", "partners", "activities", "budget"] as const) {
      const response = await saveStep(step, form[step], { intent: "continue" });
      expect(response.status, step).toBe(302);
    }
    const response = await saveStep("financing", { ...form.financing, requested: "78000", ownFunds: "2000" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/en/applications/${applicationId}/financing?saved=1`);
  });

  it("adds and removes rows with buttons", async () => {
    const added = await saveStep("partners", form.partners, { intent: "add:items" });
    expect(added.status).toBe(302);
    expect(
      ((await revisionOf(applicationId)).form as { partners: { items: unknown[] } }).partners.items,
    ).toHaveLength(2);
    const removed = await saveStep(
      "partners",
      { items: [...form.partners!.items!, {}] },
      { intent: "remove:items:1" },
    );
    expect(removed.status).toBe(302);
    expect(
      ((await revisionOf(applicationId)).form as { partners: { items: unknown[] } }).partners.items,
    ).toHaveLength(1);
  });

  it("explains on the review step why it cannot be sent yet, and sends once fixed", async () => {
    const blocked = await fetch(`${app.url}/en/applications/${applicationId}/review`, {
      headers: { cookie },
    });
    const html = (await blocked.text()).replace(/[\u00a0\u202f]/g, " ");
    expect(html).toContain("You ask for 78 %");
    expect(html).toContain("The application cannot be sent yet");
    expect(html).not.toContain(`name="idempotencyKey"`);

    await saveStep("financing", form.financing);
    await insertPartnerLetter(app.services.db, applicationId, (await revisionOf(applicationId)).createdBy);
    const ready = await (
      await fetch(`${app.url}/en/applications/${applicationId}/review`, { headers: { cookie } })
    ).text();
    expect(ready).toContain("The application meets the programme&#x27;s rules and can be sent.");
    const key = /name="idempotencyKey" value="([0-9a-f-]{36})"/.exec(ready)![1]!;

    const unconfirmed = await app.post(
      `/en/applications/${applicationId}/review`,
      { intent: "submit", idempotencyKey: key },
      cookie,
    );
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain("Tick the box to confirm before you send.");

    const fields = { intent: "submit", confirm: "on", idempotencyKey: key };
    const [first, second] = await Promise.all([
      app.post(`/en/applications/${applicationId}/review`, fields, cookie),
      app.post(`/en/applications/${applicationId}/review`, fields, cookie),
    ]);
    expect([first.status, second.status]).toEqual([302, 302]);
    expect(first.headers.get("location")).toBe(`/en/applications/${applicationId}/status?sent=1`);
    const versions = await app.services.db
      .select()
      .from(applicationVersions)
      .where(eq(applicationVersions.applicationId, applicationId));
    expect(versions).toHaveLength(1);
    const caseNumber = versions[0]!.caseNumber;
    const status = await (
      await fetch(`${app.url}${first.headers.get("location")}`, { headers: { cookie } })
    ).text();
    expect(status).toContain(`Application ${caseNumber}`);
    expect(status).toContain(`The application was sent and got case number ${caseNumber}.`);
    const receipts = await app.services.db
      .select()
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.template, "application-received"),
          eq(mailOutbox.recipient, "applicant@example.org"),
        ),
      );
    expect(receipts).toHaveLength(1);
    // The form of a sent application is closed: its steps lead to the status page, saves are refused.
    const step = await fetch(`${app.url}/en/applications/${applicationId}/budget`, {
      headers: { cookie },
      redirect: "manual",
    });
    expect(step.status).toBe(302);
    const revision = (await revisionOf(applicationId)).revision;
    const refused = await saveStep("budget", { lines: [{ category: "travel", amount: "1" }] });
    expect(refused.headers.get("location")).toBe(`/en/applications/${applicationId}/status`);
    expect((await revisionOf(applicationId)).revision).toBe(revision);
  });

  it("lets the applicant write to the secretariat and withdraw, confirmed", async () => {
    const message = await app.post(
      `/en/applications/${applicationId}/status`,
      { intent: "message", body: "Can we start a week later?" },
      cookie,
    );
    expect(message.status).toBe(302);
    const page = await (
      await fetch(`${app.url}/en/applications/${applicationId}/status`, { headers: { cookie } })
    ).text();
    expect(page).toContain("Can we start a week later?");
    const unconfirmed = await app.post(
      `/en/applications/${applicationId}/status`,
      { intent: "withdraw" },
      cookie,
    );
    expect(unconfirmed.status).toBe(400);
    const withdrawn = await app.post(
      `/en/applications/${applicationId}/status`,
      { intent: "withdraw", confirm: "on" },
      cookie,
    );
    expect(withdrawn.status).toBe(302);
    expect((await revisionOf(applicationId)).status).toBe("withdrawn");
  });
});

describe("two people editing the same step", () => {
  it("refuses the older page's save, names the field the other changed, and keeps what was typed", async () => {
    const organisation = await app.services.db.query.organizations.findFirst();
    const [call] = await app.services.db.select().from(calls).where(eq(calls.programmeId, "no-ru-regular"));
    const created = await app.post(
      "/en/applications",
      { callId: call!.id, organisationId: organisation!.id },
      cookie,
    );
    applicationId = created.headers.get("location")!.split("/")[3]!;
    const base = await revisionOf(applicationId);
    const baseFields = { baseRevision: String(base.revision), baseValues: JSON.stringify({}) };
    const first = await app.post(
      `/en/applications/${applicationId}/financing`,
      { ...baseFields, requested: "50000", intent: "save" },
      cookie,
    );
    expect(first.status).toBe(302);
    const second = await app.post(
      `/en/applications/${applicationId}/financing`,
      { ...baseFields, requested: "60000", intent: "save" },
      cookie,
    );
    expect(second.status).toBe(409);
    const html = await second.text();
    expect(html).toContain("Someone else has changed this step");
    expect(html).toContain("requested: now “50000”");
    expect(html).toContain('value="60000"');
    expect(
      ((await revisionOf(applicationId)).form as { financing: { requested: string } }).financing.requested,
    ).toBe("50000");
  });

  it("refuses a form too large for any person to have typed, saving nothing", async () => {
    const before = await revisionOf(applicationId);
    const response = await app.post(
      `/en/applications/${applicationId}/project`,
      {
        "title.nb": "x".repeat(25_000),
        baseRevision: String(before.revision),
        baseValues: "{}",
        intent: "save",
      },
      cookie,
    );
    expect(response.status).toBe(413);
    expect((await revisionOf(applicationId)).revision).toBe(before.revision);
  });
});

describe("another applicant", () => {
  it("gets 404 for every page and post of an application that is not theirs", async () => {
    const other = await addUser(app.services.db, {
      email: "other-applicant@example.org",
      name: "Other",
      role: "applicant",
      locale: "en",
    });
    expect(other.id).toBeTruthy();
    const otherCookie = await loginCookie(app, "other-applicant@example.org");
    const base = `/en/applications/${applicationId}`;
    for (const path of [
      "",
      "/project",
      "/budget",
      "/review",
      "/status",
      "/team",
      "/attachments",
      "/versions/1/pdf",
    ]) {
      const response = await fetch(`${app.url}${base}${path}`, {
        headers: { cookie: otherCookie },
        redirect: "manual",
      });
      expect(response.status, path).toBe(404);
    }
    for (const [path, fields] of [
      ["/financing", { requested: "1", baseRevision: "0", baseValues: "{}", intent: "save" }],
      ["/review", { intent: "submit", confirm: "on", idempotencyKey: crypto.randomUUID() }],
      ["/status", { intent: "withdraw", confirm: "on" }],
    ] as const) {
      const response = await app.post(`${base}${path}`, fields, otherCookie);
      expect(response.status, path).toBe(404);
    }
    // The forged start of an application for someone else's organisation is refused too.
    const organisation = await app.services.db.select().from(organizations).limit(1);
    const [call] = await app.services.db.select().from(calls).limit(1);
    const forged = await app.post(
      "/en/applications",
      { callId: call!.id, organisationId: organisation[0]!.id },
      otherCookie,
    );
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain("You are not a member of this organisation.");
  });

  it("sends anonymous visitors to the login page", async () => {
    const response = await fetch(`${app.url}/en/applications/${applicationId}/project`, {
      redirect: "manual",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toContain("/en/login?redirectTo=");
  });
});
