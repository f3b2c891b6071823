import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationEvents, applications, auditLog, notifications, savedFilters, users } from "#db/schema.ts";
import { submitApplication } from "#domain/applications/submit-application.server.ts";
import { seedApplication } from "#domain/applications/testing/application-fixture.ts";
import { testBackend } from "../database.ts";
import { addUser, loginCookie } from "../fixtures/fixtures.ts";
import { startTestApp, type TestApp, withoutScripts } from "./start-test-app.ts";

// The workbench and the case page over HTTP, as a browser without JavaScript uses them: queues,
// filters in the URL, saved filters, assignment, the click-only workflow steps, and the doors that
// stay shut to people outside the case's office or outside case handling.

let app: TestApp;
const cookies: Record<string, string> = {};
let caseId: string;
let caseNumber: string;
let draftId: string;
let adviserId: string;

async function sendCase(): Promise<{ id: string; caseNumber: string }> {
  const now = new Date();
  const fixture = await seedApplication(app.services.db, { now });
  const sent = await submitApplication(app.services.db, {
    applicationId: fixture.applicationId,
    user: { id: fixture.userId },
    idempotencyKey: crypto.randomUUID(),
    now,
    mail: { smtpEnabled: false, baseUrl: app.url },
  });
  if (!sent.ok) throw new Error(sent.kind);
  return { id: fixture.applicationId, caseNumber: sent.value.caseNumber };
}

const get = (path: string, who: string) =>
  fetch(`${app.url}${path}`, { headers: { cookie: cookies[who]! }, redirect: "manual" });

async function statusOf(id: string) {
  const [row] = await app.services.db.select().from(applications).where(eq(applications.id, id));
  return row!;
}

beforeAll(async () => {
  app = await startTestApp();
  await addUser(app.services.db, {
    email: "murmansk-adviser@example.org",
    name: "Mira Murmansk",
    role: "adviser",
    officeId: "murmansk",
  });
  for (const [who, email] of [
    ["adviser", "adviser@example.org"],
    ["otherAdviser", "murmansk-adviser@example.org"],
    ["manager", "manager@example.org"],
    ["board", "board@example.org"],
    ["admin", "admin@example.org"],
    ["applicant", "applicant@example.org"],
    ["partner", "partner@example.org"],
  ] as const)
    cookies[who] = await loginCookie(app, email);
  const sent = await sendCase();
  caseId = sent.id;
  caseNumber = sent.caseNumber;
  draftId = (await seedApplication(app.services.db, { now: new Date() })).applicationId;
  const [adviser] = await app.services.db.select().from(users).where(eq(users.email, "adviser@example.org"));
  adviserId = adviser!.id;
}, 120_000);
afterAll(async () => {
  await app?.close();
});

/** Posts a form on the case page of this file's case. */
const onCase = (fields: Record<string, string>, cookie?: string) =>
  app.post(`/en/cases/${caseId}`, fields, cookie);

describe(`the workbench (${testBackend})`, () => {
  it("is closed to applicants and partners, and sends anonymous visitors to log in", async () => {
    for (const who of ["applicant", "partner"]) {
      expect((await get("/en/workbench", who)).status, who).toBe(403);
      expect((await get(`/en/cases/${caseId}`, who)).status, who).toBe(403);
      const post = await app.post(
        `/en/cases/${caseId}`,
        { intent: "transition", transition: "start_screening" },
        cookies[who],
      );
      expect(post.status, who).toBe(403);
    }
    const anonymous = await fetch(`${app.url}/en/workbench?queue=new`, { redirect: "manual" });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toBe(
      `/en/login?redirectTo=${encodeURIComponent("/en/workbench?queue=new")}`,
    );
  });

  it("shows the adviser a new case in 'new'; assigning it to themself moves it to 'mine'", async () => {
    const before = await get("/en/workbench?queue=new", "adviser");
    expect(before.status).toBe(200);
    const html = await before.text();
    expect(html).toContain(caseNumber);
    expect(html).toContain(`/en/cases/${caseId}`);
    expect(html).toContain("<title>Workbench – Barents Bridge</title>");
    expect(await (await get("/en/workbench?queue=mine", "adviser")).text()).not.toContain(caseNumber);

    const assign = await onCase({ intent: "assign", officeId: "kirkenes", adviserId }, cookies.adviser);
    expect(assign.status).toBe(302);
    expect(assign.headers.get("location")).toBe(`/en/cases/${caseId}?assigned=1`);
    expect((await statusOf(caseId)).assignedAdviserId).toBe(adviserId);

    expect(await (await get("/en/workbench?queue=new", "adviser")).text()).not.toContain(caseNumber);
    const mine = await (await get("/en/workbench?queue=mine", "adviser")).text();
    expect(mine).toContain(caseNumber);
    expect(mine).toContain("Anders Adviser");
    const audit = await app.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, caseId), eq(auditLog.action, "case.assign")));
    expect(audit).toHaveLength(1);
  });

  it("filters by the URL and keeps the filters when paging", async () => {
    const match = await (
      await get("/en/workbench?region=ru-murmansk&amountMin=60+000&county=no-finnmark", "manager")
    ).text();
    expect(match).toContain(caseNumber);
    const none = await (await get("/en/workbench?region=fi-lapland", "manager")).text();
    expect(none).not.toContain(caseNumber);
    expect(none).toContain("No cases match.");
    const tooBig = await (await get("/en/workbench?amountMin=70001", "manager")).text();
    expect(tooBig).not.toContain(caseNumber);
    const second = await (await get("/en/workbench?county=no-finnmark&pageSize=10&page=2", "manager")).text();
    expect(second).toContain('href="/en/workbench?county=no-finnmark&amp;pageSize=10&amp;page=1"');
  });

  it("answers absurd parameters with the page and a notice, never an error", async () => {
    for (const search of [
      "page=-1&pageSize=100000&sort=drop%20table",
      "sort=amount;drop table application&dir=desc%20x&queue=%3Cscript%3Ealert(1)%3C/script%3E",
      `programme=${"x".repeat(5000)}&amountMax=NaN&amountMin=-1&status=draft`,
      "page=99999999999999999999&pageSize=1e3",
      "page=500",
    ]) {
      const response = await get(`/en/workbench?${search}`, "manager");
      expect(response.status, search).toBe(200);
      const html = await response.text();
      expect(html, search).not.toContain("<script>alert(1)");
      if (search !== "page=500") expect(html, search).toContain("Some values in the address were not valid");
    }
    // A NUL byte is refused before any page runs (server/address-guard.ts), in the page's language.
    const nul = await get("/en/workbench?dir=%00", "manager");
    expect(nul.status).toBe(400);
    expect(await nul.text()).toBe("Invalid request");
    // A sensible page past the end is just empty.
    expect(await (await get("/en/workbench?page=500", "manager")).text()).toContain("No cases match.");
  });

  it("saves, lists and deletes a person's filters", async () => {
    const blank = await app.post(
      "/en/workbench",
      { intent: "save-filter", name: "  ", query: "" },
      cookies.adviser,
    );
    expect(blank.status).toBe(400);
    expect(await blank.text()).toContain("Fill in this field.");
    const saved = await app.post(
      "/en/workbench?queue=mine",
      { intent: "save-filter", name: "My big cases", query: "queue=mine&amountMin=50000&page=3&sort=evil" },
      cookies.adviser,
    );
    expect(saved.status).toBe(302);
    // Back to the list just saved, as the workbench reads it (the page and the bad sort left out).
    expect(saved.headers.get("location")).toBe("/en/workbench?queue=mine&amountMin=50000");
    // The next page says so once, in its own language: the notice rides in a cookie the server
    // clears as it shows it.
    const notice = saved.headers
      .getSetCookie()
      .find((c) => c.startsWith("bb_notice="))!
      .split(";")[0]!;
    const withNotice = await fetch(`${app.url}/ru/workbench?queue=mine`, {
      headers: { cookie: `${cookies.adviser}; ${notice}` },
    });
    expect(await withNotice.text()).toContain("Фильтр «My big cases» сохранён.");
    expect(withNotice.headers.getSetCookie().some((c) => /^bb_notice=;.*Max-Age=0/i.test(c))).toBe(true);
    const forged = await fetch(`${app.url}/en/workbench`, {
      headers: { cookie: `${cookies.adviser}; ${notice.replace(/.$/, "x")}` },
    });
    expect(withoutScripts(await forged.text())).not.toContain("is saved");
    const page = await (await get("/en/workbench", "adviser")).text();
    expect(withoutScripts(page)).not.toContain("is saved.");
    expect(page).toContain("My big cases");
    expect(page).toContain('href="/en/workbench?queue=mine&amp;amountMin=50000"');
    expect(await (await get("/en/workbench", "manager")).text()).not.toContain("My big cases");

    const [row] = await app.services.db
      .select()
      .from(savedFilters)
      .where(eq(savedFilters.name, "My big cases"));
    const foreign = await app.post(
      "/en/workbench",
      { intent: "delete-filter", filterId: row!.id },
      cookies.manager,
    );
    expect(foreign.status).toBe(404);
    const deleted = await app.post(
      "/en/workbench",
      { intent: "delete-filter", filterId: row!.id, query: "queue=mine" },
      cookies.adviser,
    );
    expect(deleted.status).toBe(302);
    expect(deleted.headers.get("location")).toBe("/en/workbench?queue=mine");
    expect(await app.services.db.select().from(savedFilters).where(eq(savedFilters.id, row!.id))).toEqual([]);
  });
});

describe(`the case page (${testBackend})`, () => {
  it("shows the application as sent, its rule results, attachments and history", async () => {
    const response = await get(`/en/cases/${caseId}`, "adviser");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<title>Case ${caseNumber} – Barents Bridge</title>`);
    for (const text of [
      "Joik og sang over grensen",
      "Norwegian-Russian regular project funds",
      "The application as sent",
      "Murmansk Choir",
      "Buss Kirkenes-Murmansk",
      "Rule check at submission",
      "Who decides",
      "letter.pdf",
      `Sent by the applicant, case number ${caseNumber}`,
      "Start screening",
      `/en/cases/${caseId}/screening`,
    ])
      expect(html, text).toContain(text);
    expect(html).toMatch(new RegExp(`/en/applications/${caseId}/attachments/[0-9a-f-]{36}`));
    // Only one version: no changes section.
    expect(withoutScripts(html)).not.toContain("Changes since version");
  });

  it("is a 404 for an adviser of another office, for viewing and for assigning", async () => {
    expect((await get(`/en/cases/${caseId}`, "otherAdviser")).status).toBe(404);
    const assign = await onCase(
      { intent: "assign", officeId: "kirkenes", adviserId: "" },
      cookies.otherAdviser,
    );
    expect([403, 404]).toContain(assign.status);
    const transition = await onCase(
      { intent: "transition", transition: "start_screening" },
      cookies.otherAdviser,
    );
    expect(transition.status).toBe(404);
    expect(await (await get("/en/workbench", "otherAdviser")).text()).not.toContain(caseNumber);
    expect((await statusOf(caseId)).assignedAdviserId).toBe(adviserId);
    // The board sees only the cases it decides; this one is below its threshold.
    expect((await get(`/en/cases/${caseId}`, "board")).status).toBe(404);
    expect((await get(`/en/cases/${caseId}`, "admin")).status).toBe(200);
  });

  it("answers forged ids and drafts with 404", async () => {
    for (const id of [crypto.randomUUID(), "not-an-id", "..%2F..%2Fadmin", draftId]) {
      expect((await get(`/en/cases/${id}`, "manager")).status, id).toBe(404);
      const post = await app.post(
        `/en/cases/${id}`,
        { intent: "transition", transition: "start_screening" },
        cookies.manager,
      );
      expect(post.status, id).toBe(404);
    }
  });

  it("refuses bad input with a message and changes nothing", async () => {
    const unknownStep = await onCase({ intent: "transition", transition: "approve" }, cookies.adviser);
    expect(unknownStep.status).toBe(400);
    expect(await unknownStep.text()).toContain("There is no such action on the case.");
    const otherOffice = await onCase({ intent: "assign", officeId: "murmansk", adviserId }, cookies.manager);
    expect(otherOffice.status).toBe(400);
    expect(await otherOffice.text()).toContain("Choose an open office.");
    const adminAssign = await onCase({ intent: "assign", officeId: "kirkenes" }, cookies.admin);
    expect(adminAssign.status).toBe(403);
    const nonsense = await onCase({ intent: "drop" }, cookies.adviser);
    expect(nonsense.status).toBe(400);
    expect(await statusOf(caseId)).toMatchObject({
      status: "submitted",
      assignedAdviserId: adviserId,
      officeId: "kirkenes",
    });
  });

  it("starts screening with the page's button, writes the history, and refuses a second click with 409", async () => {
    const response = await onCase({ intent: "transition", transition: "start_screening" }, cookies.adviser);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/en/cases/${caseId}?done=start_screening`);
    expect((await statusOf(caseId)).status).toBe("in_screening");
    const events = await app.services.db
      .select()
      .from(applicationEvents)
      .where(and(eq(applicationEvents.applicationId, caseId), eq(applicationEvents.kind, "start_screening")));
    expect(events).toHaveLength(1);
    const page = await (await get(`/en/cases/${caseId}?done=start_screening`, "adviser")).text();
    expect(page).toContain("Start screening – new status: Screening");
    expect(page).toContain("Done: Start screening.");

    const again = await onCase({ intent: "transition", transition: "start_screening" }, cookies.adviser);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("This cannot be done with the case as it stands now (Screening).");
  });

  it("refuses a workflow step to a role the table does not name, with 403 and the reason", async () => {
    const other = await sendCase();
    await app.services.db
      .update(applications)
      .set({ decidedBy: "board" })
      .where(eq(applications.id, other.id));
    const response = await app.post(
      `/en/cases/${other.id}`,
      { intent: "transition", transition: "start_screening" },
      cookies.board,
    );
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("Your role cannot do this.");
    expect((await statusOf(other.id)).status).toBe("submitted");
  });

  it("lets a manager assign a case to an adviser, who is told in the app", async () => {
    const other = await sendCase();
    const response = await app.post(
      `/en/cases/${other.id}`,
      { intent: "assign", officeId: "kirkenes", adviserId },
      cookies.manager,
    );
    expect(response.status).toBe(302);
    const notes = await app.services.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.applicationId, other.id), eq(notifications.kind, "case.assigned")));
    expect(notes.map((n) => n.userId)).toEqual([adviserId]);
  });

  it("lets staff write to the applicant in the case thread", async () => {
    const empty = await onCase({ intent: "message", body: "   " }, cookies.adviser);
    expect(empty.status).toBe(400);
    const sent = await onCase(
      { intent: "message", body: "Please send the partner letter signed." },
      cookies.adviser,
    );
    expect(sent.status).toBe(302);
    const page = await (await get(`/en/cases/${caseId}`, "adviser")).text();
    expect(page).toContain("Please send the partner letter signed.");
    expect(page).toContain("Anders Adviser (secretariat)");
  });
});
