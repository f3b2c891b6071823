import crypto from "node:crypto";
import { and, count, eq, exists, isNull, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applications,
  applicationVersions,
  mailOutbox,
  members,
  notificationOptOuts,
  notifications,
  users,
} from "#db/schema.ts";
import type { Person } from "#domain/access/case-scope.ts";
import { submitApplication } from "#domain/applications/submit-application.server.ts";
import { seedApplication } from "#domain/applications/testing/application-fixture.ts";
import { transitionCase } from "#domain/cases/transition-case.server.ts";
import { readXlsxRows } from "#domain/reports/testing/read-xlsx.ts";
import { seedReportCases } from "#domain/reports/testing/report-fixture.ts";
import { testBackend } from "../database.ts";
import { loginCookie } from "../fixtures/fixtures.ts";
import { startTestApp, type TestApp } from "./start-test-app.ts";

let app: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};
const mail = { smtpEnabled: false, baseUrl: "http://127.0.0.1" };

let adviser: Person;
/** A case of the demo applicant's organisation, sent and assigned to the demo adviser. */
let demoCase: { applicationId: string; caseNumber: string };

beforeAll(async () => {
  app = await startTestApp();
  const db = app.services.db;
  for (const email of ["applicant", "adviser", "manager", "board", "admin", "partner"]) {
    cookies[email] = await loginCookie(app, `${email}@example.org`);
    const [row] = await db
      .select()
      .from(users)
      .where(eq(users.email, `${email}@example.org`));
    ids[email] = row!.id;
  }
  adviser = { id: ids.adviser!, role: "adviser", officeId: "kirkenes" };
  const now = new Date();
  const fixture = await seedApplication(db, { now });
  // The demo applicant joins the fixture's organisation, so the case's notifications reach them.
  await db.insert(members).values({
    id: crypto.randomUUID(),
    organizationId: fixture.organisationId,
    userId: ids.applicant!,
    role: "member",
  });
  const sent = await submitApplication(db, {
    applicationId: fixture.applicationId,
    user: { id: fixture.userId },
    idempotencyKey: crypto.randomUUID(),
    now,
    mail,
  });
  if (!sent.ok) throw new Error(`could not send the fixture: ${sent.kind}`);
  await db
    .update(applications)
    .set({ assignedAdviserId: ids.adviser })
    .where(eq(applications.id, fixture.applicationId));
  demoCase = { applicationId: fixture.applicationId, caseNumber: sent.value.caseNumber };
  await seedReportCases(db);
}, 120_000);
afterAll(async () => {
  await app?.close();
});

const get = (path: string, role?: string) =>
  fetch(`${app.url}${path}`, { headers: role ? { cookie: cookies[role]! } : {}, redirect: "manual" });

async function unreadOf(userId: string) {
  return app.services.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}

/** The applicant marks a notification as read. */
const markRead = (id: string) => app.post("/en/notifications", { intent: "read", id }, cookies.applicant);

describe(`notifications (${testBackend})`, () => {
  it("lists the applicant's notifications in their vocabulary, linking to the status page", async () => {
    const result = await transitionCase(app.services.db, {
      applicationId: demoCase.applicationId,
      transition: "start_screening",
      actor: adviser,
      now: new Date(),
      mail,
    });
    expect(result.ok).toBe(true);
    const response = await get("/en/notifications", "applicant");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<title>Notifications – Barents Bridge</title>");
    expect(html).toContain(`Case ${demoCase.caseNumber}: Being checked`);
    expect(html).toContain(`href="/en/applications/${demoCase.applicationId}/status"`);
    // The header counts them.
    expect(html).toContain("Notifications (1 unread)");
    const nb = await (await get("/nb/notifications", "applicant")).text();
    expect(nb).toContain(`Sak ${demoCase.caseNumber}: Under kontroll`);
  });

  it("lists a staff member's notifications in the staff vocabulary, linking to the case", async () => {
    await app.services.db.insert(notifications).values({
      id: crypto.randomUUID(),
      userId: ids.adviser!,
      kind: "case.resubmit",
      applicationId: demoCase.applicationId,
      params: { caseNumber: demoCase.caseNumber, state: "submitted" },
    });
    const html = await (await get("/en/notifications", "adviser")).text();
    expect(html).toContain(`Case ${demoCase.caseNumber}: New`);
    expect(html).toContain(`href="/en/cases/${demoCase.applicationId}"`);
    expect(html).not.toContain("Being checked");
  });

  it("marks one as read, but never someone else's (a forged id changes nothing)", async () => {
    const [adviserOwn] = await unreadOf(ids.adviser!);
    const forged = await markRead(adviserOwn!.id);
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain("The notification was not found. Nothing was changed.");
    expect(await unreadOf(ids.adviser!)).toHaveLength(1);

    const [applicantOwn] = await unreadOf(ids.applicant!);
    const marked = await markRead(applicantOwn!.id);
    expect(marked.status).toBe(302);
    expect(marked.headers.get("location")).toBe("/en/notifications?marked=1");
    expect(await unreadOf(ids.applicant!)).toHaveLength(0);
    const page = await (await get("/en/notifications?marked=1", "applicant")).text();
    expect(page).toContain("Notifications (0 unread)");
    expect(page).toContain("1 notification marked as read.");

    const nonsense = await app.post("/en/notifications", { intent: "delete-all" }, cookies.applicant);
    expect(nonsense.status).toBe(400);
  });

  it("marks all of one's own as read and leaves everyone else's", async () => {
    const db = app.services.db;
    for (let i = 0; i < 3; i++) {
      await db.insert(notifications).values({
        id: crypto.randomUUID(),
        userId: ids.manager!,
        kind: "case.assigned",
        applicationId: demoCase.applicationId,
        params: { caseNumber: demoCase.caseNumber },
      });
    }
    const response = await app.post("/en/notifications", { intent: "read-all" }, cookies.manager);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/en/notifications?marked=3");
    expect(await unreadOf(ids.manager!)).toHaveLength(0);
    expect(await unreadOf(ids.adviser!)).toHaveLength(1);
  });

  it("asks anonymous visitors to log in", async () => {
    for (const path of ["/en/notifications", "/en/account/notifications"]) {
      const response = await get(path);
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toBe(`/en/login?redirectTo=${encodeURIComponent(path)}`);
    }
  });
});

/** One e-mail switch of the settings page, by its transition: its attributes as the server rendered them. */
function checkbox(html: string, transition: string) {
  const tag = new RegExp(`<input[^>]*id="email-${transition}"[^>]*>`).exec(html)?.[0];
  if (!tag) return undefined;
  return {
    name: /\bname="([^"]*)"/.exec(tag)?.[1],
    value: /\bvalue="([^"]*)"/.exec(tag)?.[1],
    checked: /\bchecked=/.test(tag),
    disabled: /\bdisabled=/.test(tag),
  };
}

describe(`e-mail settings (${testBackend})`, () => {
  it("shows the switchable e-mails and the mandatory ones as not switchable", async () => {
    const response = await get("/en/account/notifications", "applicant");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<title>E-mail notifications – Barents Bridge</title>");
    expect(checkbox(html, "start_screening")).toMatchObject({
      name: "on",
      value: "case.start_screening",
      checked: true,
    });
    // Mandatory: ticked, disabled, and without a name, so it is never sent.
    expect(checkbox(html, "approve")).toMatchObject({ disabled: true, checked: true, name: undefined });
    expect(html).toContain("the application is approved (always, cannot be turned off)");
    expect(html).not.toContain('value="case.approve"');
  });

  it("turns an e-mail off: the in-app notification still arrives, the e-mail does not", async () => {
    const response = await app.post(
      "/en/account/notifications",
      { shown: "case.mark_eligible", on: "" } as Record<string, string>,
      cookies.applicant,
    );
    // "on" empty is not a kind: refused whole.
    expect(response.status).toBe(400);
    const body = new URLSearchParams([
      ["shown", "case.mark_eligible"],
      ["shown", "case.close"],
      ["on", "case.close"],
    ]);
    const saved = await fetch(`${app.url}/en/account/notifications`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: app.url,
        cookie: cookies.applicant!,
      },
      body,
    });
    expect(saved.status).toBe(302);
    expect(saved.headers.get("location")).toBe("/en/account/notifications?saved=1");
    const optOuts = await app.services.db
      .select({ kind: notificationOptOuts.kind })
      .from(notificationOptOuts)
      .where(eq(notificationOptOuts.userId, ids.applicant!));
    expect(optOuts.map((o) => o.kind)).toEqual(["case.mark_eligible"]);
    const page = await (await get("/en/account/notifications?saved=1", "applicant")).text();
    expect(page).toContain("Your choices are saved.");
    expect(checkbox(page, "mark_eligible")).toMatchObject({ checked: false, disabled: false });
    expect(checkbox(page, "close")).toMatchObject({ checked: true });

    const [applicant] = await app.services.db.select().from(users).where(eq(users.id, ids.applicant!));
    const mailsBefore = await app.services.db
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.recipient, applicant!.email), eq(mailOutbox.template, "case-update")));
    const result = await transitionCase(app.services.db, {
      applicationId: demoCase.applicationId,
      transition: "mark_eligible",
      actor: adviser,
      now: new Date(),
      mail,
    });
    expect(result.ok).toBe(true);
    const mailsAfter = await app.services.db
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.recipient, applicant!.email), eq(mailOutbox.template, "case-update")));
    expect(mailsAfter).toHaveLength(mailsBefore.length);
    const html = await (await get("/en/notifications", "applicant")).text();
    expect(html).toContain(`Case ${demoCase.caseNumber}: Being assessed`);
  });

  it("refuses to turn off a mandatory e-mail or an unknown kind with 400, changing nothing", async () => {
    const before = await app.services.db.select().from(notificationOptOuts);
    for (const [kind, message] of [
      ["case.approve", "This e-mail is mandatory and cannot be turned off. Nothing was changed."],
      ["case.return_to_applicant", "This e-mail is mandatory and cannot be turned off. Nothing was changed."],
      ["case.no-such-thing", "Unknown kind of notification. Nothing was changed."],
    ] as const) {
      const response = await app.post("/en/account/notifications", { shown: kind }, cookies.applicant);
      expect(response.status, kind).toBe(400);
      expect(await response.text()).toContain(message);
    }
    expect(await app.services.db.select().from(notificationOptOuts)).toEqual(before);
  });
});

/** The figures of the page's table: [label, received, approved, requested, granted, paid] per row, totals last. */
function pageRows(html: string): (string | number)[][] {
  const table = /<table[^>]*data-testid="report-table"[^>]*>([\s\S]*?)<\/table>/.exec(html)?.[1] ?? "";
  const body = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? "";
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(([, row]) => {
    const label = /<th[^>]*>([\s\S]*?)<\/th>/.exec(row ?? "")?.[1]?.replace(/<[^>]+>/g, "") ?? "";
    const figures = [...(row ?? "").matchAll(/<td[^>]*data-figure="[a-z]+"[^>]*>([\s\S]*?)<\/td>/g)].map(
      ([, cell]) => Number((cell ?? "").replace(/<[^>]+>/g, "").replace(/[^\d]/g, "")),
    );
    return [label.replaceAll("&#x27;", "'").replaceAll("&amp;", "&"), ...figures];
  });
}

function csvRows(csv: string): (string | number)[][] {
  return csv
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n")
    .slice(1)
    .map((line) => line.split(",").map((cell, i) => (i === 0 ? cell : Number(cell))));
}

describe(`reports for the ministry (${testBackend})`, () => {
  it("shows the same figures on the page, in the CSV and in the XLSX, for every grouping", async () => {
    for (const groupBy of ["programme", "year", "priorityArea", "county", "partnerRegion", "outcome"]) {
      const query = `?groupBy=${groupBy}`;
      const page = await get(`/en/reports${query}`, "manager");
      expect(page.status, groupBy).toBe(200);
      const rows = pageRows(await page.text());
      expect(rows.length, groupBy).toBeGreaterThan(1);

      const csv = await get(`/en/reports/export/csv${query}`, "manager");
      expect(csv.status).toBe(200);
      expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(csv.headers.get("content-disposition")).toContain(
        `attachment; filename="report-${groupBy}.csv"`,
      );
      const csvText = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await csv.arrayBuffer());
      expect(csvText.startsWith("\uFEFF")).toBe(true);
      expect(csvText.slice(1).split("\r\n")[0]).toMatch(
        /,Received,Approved,Requested \(NOK\),Granted \(NOK\),Paid \(NOK\)$/,
      );
      expect(csvRows(csvText), groupBy).toEqual(rows);

      const xlsx = await get(`/en/reports/export/xlsx${query}`, "manager");
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers.get("content-type")).toBe(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      );
      const sheet = readXlsxRows(new Uint8Array(await xlsx.arrayBuffer()));
      expect(sheet.slice(1), groupBy).toEqual(rows);
    }
  });

  it("agrees with an independent count, and filters by programme and year", async () => {
    // Received: sent at least once (a version exists) and not a draft, counted straight from the tables.
    const db = app.services.db;
    const [counted] = await db
      .select({ n: count() })
      .from(applications)
      .where(
        and(
          ne(applications.status, "draft"),
          exists(
            db
              .select({ id: applicationVersions.id })
              .from(applicationVersions)
              .where(eq(applicationVersions.applicationId, applications.id)),
          ),
        ),
      );
    const received = Number(counted?.n);
    const all = pageRows(await (await get("/en/reports?groupBy=outcome", "board")).text());
    expect(all.at(-1)?.[0]).toBe("Total");
    expect(all.at(-1)?.[1]).toBe(received);

    // 2025 holds only the fixture's A (Finnmark, pending) and H (Finnmark, approved, paid in full).
    const rows = pageRows(await (await get("/en/reports?year=2025&groupBy=county", "admin")).text());
    expect(rows).toEqual([
      ["Finnmark", 2, 1, 140_000, 50_000, 50_000],
      ["Total", 2, 1, 140_000, 50_000, 50_000],
    ]);
    const seFi = pageRows(
      await (await get("/en/reports?programme=no-se-fi-2024&year=2026&groupBy=outcome", "manager")).text(),
    );
    expect(seFi).toEqual([
      ["Rejected", 2, 0, 140_000, 0, 0],
      ["Total", 2, 0, 140_000, 0, 0],
    ]);
    const csv = await (
      await get("/nb/reports/export/csv?programme=no-se-fi-2024&year=2026&groupBy=outcome", "manager")
    ).arrayBuffer();
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(csv)).toBe(
      "\uFEFFUtfall,Mottatt,Innvilget,Omsøkt (NOK),Bevilget (NOK),Utbetalt (NOK)\r\nAvslått,2,0,140000,0,0\r\nTotalt,2,0,140000,0,0\r\n",
    );
  });

  it("is only for programme managers, the board and administrators", async () => {
    for (const role of ["applicant", "partner", "adviser"]) {
      for (const path of ["/en/reports", "/en/reports/export/csv", "/en/reports/export/xlsx"]) {
        const response = await get(path, role);
        expect(response.status, `${role} ${path}`).toBe(403);
        if (path.includes("export"))
          expect(await response.text(), `${role} ${path}`).toBe("You do not have access to this page.");
      }
    }
    for (const role of ["manager", "board", "admin"])
      expect((await get("/en/reports", role)).status).toBe(200);
    const anonymous = await get("/en/reports/export/csv");
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toContain("/en/login?redirectTo=");
  });

  it("answers a selection it does not offer with 400, and an unknown format with 404", async () => {
    for (const query of ["?groupBy=orgNumber", "?year=20x6", "?programme=nope"]) {
      expect((await get(`/en/reports${query}`, "manager")).status, query).toBe(400);
      const file = await get(`/en/reports/export/csv${query}`, "manager");
      expect(file.status, query).toBe(400);
      expect(await file.text()).toBe("Invalid selection: unknown programme, year or grouping.");
    }
    expect((await get("/en/reports/export/pdf", "manager")).status).toBe(404);
  });
});
