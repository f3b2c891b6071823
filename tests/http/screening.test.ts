import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applications } from "#db/schema.ts";
import { addUser, loginCookie, sendDemoApplication } from "../fixtures/fixtures.ts";
import { startTestApp, type TestApp } from "./start-test-app.ts";

// Screening over HTTP: the adviser starts it, returns the case with one step unlocked, and the
// applicant reads the request on the status page and may edit only that step.

let app: TestApp;
let adviser: string;
let applicant: string;
let applicationId: string;

beforeAll(async () => {
  app = await startTestApp();
  adviser = await loginCookie(app, "adviser@example.org");
  applicant = await loginCookie(app, "applicant@example.org");
  ({ applicationId } = await sendDemoApplication(app.services.db, { baseUrl: app.url }));
});
afterAll(async () => {
  await app?.close();
});

describe("screening a case", () => {
  it("is for staff: the applicant gets 403, an adviser of another office 404", async () => {
    const page = `/en/cases/${applicationId}/screening`;
    expect((await fetch(`${app.url}${page}`, { headers: { cookie: applicant } })).status).toBe(403);
    await addUser(app.services.db, {
      email: "murmansk-adviser@example.org",
      name: "M",
      role: "adviser",
      officeId: "murmansk",
      locale: "en",
    });
    const other = await loginCookie(app, "murmansk-adviser@example.org");
    expect((await fetch(`${app.url}${page}`, { headers: { cookie: other } })).status).toBe(404);
    expect((await app.post(page, { intent: "start" }, other)).status).toBe(404);
  });

  it("starts, refuses a return without a reason, then returns the case with one step unlocked", async () => {
    const page = `/en/cases/${applicationId}/screening`;
    const before = await (await fetch(`${app.url}${page}`, { headers: { cookie: adviser } })).text();
    expect(before).toContain("The programme&#x27;s rules (automatic check, as the application was sent)");
    expect((await app.post(page, { intent: "start" }, adviser)).status).toBe(302);
    const missing = await app.post(page, { intent: "outcome", outcome: "returned" }, adviser);
    expect(missing.status).toBe(400);
    const html = await missing.text();
    expect(html).toContain("Write a reason the applicant can read.");
    expect(html).toContain("Choose at least one step the applicant may change.");
    const body = new URLSearchParams({
      intent: "outcome",
      outcome: "returned",
      reason: "Tell us more about the second gathering.",
    });
    body.append("sections", "activities");
    const returned = await fetch(`${app.url}${page}`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: app.url, cookie: adviser },
      body,
    });
    expect(returned.status).toBe(302);
    const [row] = await app.services.db.select().from(applications).where(eq(applications.id, applicationId));
    expect(row).toMatchObject({ status: "returned", unlockedSections: ["activities"] });
  });

  it("shows the applicant the request, opens that step for editing and keeps the others closed", async () => {
    const status = await (
      await fetch(`${app.url}/en/applications/${applicationId}/status`, { headers: { cookie: applicant } })
    ).text();
    expect(status).toContain("The secretariat asks you to change the application");
    expect(status).toContain("Tell us more about the second gathering.");
    const open = await (
      await fetch(`${app.url}/en/applications/${applicationId}/activities`, {
        headers: { cookie: applicant },
      })
    ).text();
    expect(open).not.toMatch(/<fieldset disabled=""/);
    const closed = await (
      await fetch(`${app.url}/en/applications/${applicationId}/budget`, { headers: { cookie: applicant } })
    ).text();
    expect(closed).toMatch(/<fieldset disabled=""/);
    const forbidden = await app.post(
      `/en/applications/${applicationId}/budget`,
      { "lines[0].amount": "1", baseRevision: "0", baseValues: "{}", intent: "save" },
      applicant,
    );
    expect(forbidden.status).toBe(403);
  });
});
