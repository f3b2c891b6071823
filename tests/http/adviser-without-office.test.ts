import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applications, assessments, auditLog, payments, users } from "#db/schema.ts";
import { seedGrantedCase } from "#domain/payments/testing/granted-case.ts";
import { testBackend } from "../database.ts";
import { addUser, loginCookie } from "../fixtures/fixtures.ts";
import { startTestApp, type TestApp, withoutScripts } from "./start-test-app.ts";

// An adviser without an office (the forms never make one, but an office can be taken away in the
// database, and older data has them) gets one answer everywhere (domain/access/case-scope.ts):
// no case at all, on any page, in any list or through any action, until an administrator gives
// them an office. Before, the workflow, the assessment and the payments each had their own answer
// for a case without an office; a case without an office is now the programme managers' to assign.

let app: TestApp;
const cookies: Record<string, string> = {};
let adviserId: string;
let withOffice: { id: string; caseNumber: string };
let withoutOffice: { id: string; caseNumber: string };
let paymentId: string;

const get = (path: string, who: string) =>
  fetch(`${app.url}${path}`, { headers: { cookie: cookies[who]! }, redirect: "manual" });

const pagesOf = (id: string) => [
  `/en/cases/${id}`,
  `/en/cases/${id}/screening`,
  `/en/cases/${id}/assessment`,
  `/en/cases/${id}/payments`,
  `/en/cases/${id}/final-report`,
  `/en/applications/${id}/status`,
  `/en/applications/${id}/grant`,
  `/en/applications/${id}/versions/1/pdf`,
];

beforeAll(async () => {
  app = await startTestApp();
  const db = app.services.db;
  await addUser(db, {
    email: "officeless@example.org",
    name: "Oda Officeless",
    role: "adviser",
    officeId: "kirkenes",
  });
  // The office taken away behind the forms' back.
  const [adviser] = await db
    .update(users)
    .set({ officeId: null })
    .where(eq(users.email, "officeless@example.org"))
    .returning({ id: users.id });
  adviserId = adviser!.id;
  cookies.adviser = await loginCookie(app, "officeless@example.org");
  cookies.manager = await loginCookie(app, "manager@example.org");
  cookies.admin = await loginCookie(app, "admin@example.org");

  const granted = await seedGrantedCase(db, { officeId: "kirkenes" });
  withOffice = { id: granted.applicationId, caseNumber: granted.caseNumber };
  paymentId = crypto.randomUUID();
  await db.insert(payments).values({
    id: paymentId,
    applicationId: granted.applicationId,
    kind: "advance",
    amount: 10_000,
    status: "requested",
    requestedBy: granted.userId,
    requestedAt: new Date(),
  });
  // A case in assessment that no office handles: the old rules let any adviser assess it.
  const orphan = await seedGrantedCase(db, { state: "in_assessment" });
  await db.update(applications).set({ officeId: null }).where(eq(applications.id, orphan.applicationId));
  withoutOffice = { id: orphan.applicationId, caseNumber: orphan.caseNumber };
}, 120_000);
afterAll(async () => {
  await app?.close();
});

describe(`an adviser without an office (${testBackend})`, () => {
  it("sees no case: the workbench says why, the lists are empty, every door of a case answers 404", async () => {
    const workbench = await get("/en/workbench?queue=all", "adviser");
    expect(workbench.status).toBe(200);
    const html = await workbench.text();
    expect(html).toContain("You are an adviser without an office, so you see no cases.");
    expect(html).not.toContain(withOffice.caseNumber);
    expect(html).not.toContain(withoutOffice.caseNumber);
    expect(await (await get("/en/payments", "adviser")).text()).not.toContain(withOffice.caseNumber);
    for (const path of [...pagesOf(withOffice.id), ...pagesOf(withoutOffice.id)])
      expect((await get(path, "adviser")).status, path).toBe(404);
    // A programme manager sees both, and the workbench has no such notice for them.
    const manager = await (await get("/en/workbench?queue=all", "manager")).text();
    expect(withoutScripts(manager)).not.toContain("adviser without an office");
    expect((await get(`/en/cases/${withoutOffice.id}`, "manager")).status).toBe(200);
  });

  it("can do nothing to any case, and nothing changes", async () => {
    const db = app.services.db;
    const auditBefore = (await db.select().from(auditLog)).length;
    const attempts: [string, Record<string, string>][] = [
      [`/en/cases/${withOffice.id}`, { intent: "transition", transition: "start_project" }],
      [`/en/cases/${withOffice.id}`, { intent: "assign", officeId: "kirkenes", adviserId }],
      [`/en/cases/${withOffice.id}`, { intent: "message", body: "Hello" }],
      [`/en/cases/${withOffice.id}/payments`, { intent: "approve", paymentId }],
      [`/en/cases/${withoutOffice.id}/assessment`, { intent: "declare", noConflict: "on" }],
      [`/en/cases/${withoutOffice.id}`, { intent: "transition", transition: "complete_assessment" }],
      [`/en/cases/${withoutOffice.id}`, { intent: "assign", officeId: "kirkenes", adviserId }],
    ];
    for (const [path, fields] of attempts)
      expect((await app.post(path, fields, cookies.adviser)).status, `${path} ${fields.intent}`).toBe(404);
    const [granted] = await db.select().from(applications).where(eq(applications.id, withOffice.id));
    expect(granted).toMatchObject({ status: "grant_accepted", assignedAdviserId: null });
    const [orphan] = await db.select().from(applications).where(eq(applications.id, withoutOffice.id));
    expect(orphan).toMatchObject({ status: "in_assessment", officeId: null });
    expect(
      await db.select().from(assessments).where(eq(assessments.applicationId, withoutOffice.id)),
    ).toEqual([]);
    expect((await db.select().from(payments).where(eq(payments.id, paymentId)))[0]?.status).toBe("requested");
    expect(await db.select().from(auditLog)).toHaveLength(auditBefore);
  });

  it("sees the office's cases as soon as an administrator gives them an office", async () => {
    const given = await app.post(
      "/en/admin/users",
      { userId: adviserId, role: "adviser", officeId: "kirkenes" },
      cookies.admin,
    );
    expect(given.status).toBe(200);
    const workbench = await (await get("/en/workbench?queue=all", "adviser")).text();
    expect(withoutScripts(workbench)).not.toContain("adviser without an office");
    expect(workbench).toContain(withOffice.caseNumber);
    expect((await get(`/en/cases/${withOffice.id}`, "adviser")).status).toBe(200);
    // A case no office handles stays with the programme managers until they assign it.
    expect((await get(`/en/cases/${withoutOffice.id}`, "adviser")).status).toBe(404);
    const assigned = await app.post(
      `/en/cases/${withoutOffice.id}`,
      { intent: "assign", officeId: "kirkenes", adviserId },
      cookies.manager,
    );
    expect(assigned.status).toBe(302);
    expect((await get(`/en/cases/${withoutOffice.id}/assessment`, "adviser")).status).toBe(200);
  });
});
