import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applications, mailOutbox, members, notifications, payments, users } from "#db/schema.ts";
import { samples } from "#domain/attachments/testing/make-zip.ts";
import { listFinalReports } from "#domain/final-reports/find-final-reports.server.ts";
import { committedAmount } from "#domain/payments/payment-amounts.ts";
import { seedGrantedCase } from "#domain/payments/testing/granted-case.ts";
import { addUser, loginCookie } from "../fixtures/fixtures.ts";
import { startTestApp, type TestApp } from "./start-test-app.ts";

// Payments and final reports over real HTTP, the way a browser without JavaScript uses them: the
// grantee asks for the advance, staff approve and pay it, the grantee writes the final report, the
// adviser returns and approves it, the final payment closes the case; and everything refused.

let app: TestApp;
let applicant: string;
let adviser: string;
let manager: string;
let stranger: string;
let otherAdviser: string;
let organisationId: string;
let applicantId: string;
let adviserId: string;

/** The page's text with the narrow and non-breaking spaces of formatted numbers made plain. */
async function textOf(response: Response): Promise<string> {
  return (await response.text()).replace(/[\u00a0\u202f]/g, " ").replace(/&#x27;/g, "'");
}
const get = (path: string, cookie: string) =>
  fetch(`${app.url}${path}`, { headers: { cookie }, redirect: "manual" });

async function stateOf(applicationId: string) {
  const [row] = await app.services.db.select().from(applications).where(eq(applications.id, applicationId));
  return row!;
}
async function paymentsOf(applicationId: string) {
  return app.services.db.select().from(payments).where(eq(payments.applicationId, applicationId));
}

beforeAll(async () => {
  app = await startTestApp();
  const { db } = app.services;
  for (const [email, role, officeId] of [
    ["stranger@example.org", "applicant", undefined],
    ["adviser-murmansk@example.org", "adviser", "murmansk"],
  ] as const) {
    await addUser(db, { email, name: email, role, officeId });
  }
  const [member] = await db
    .select({ userId: members.userId, organisationId: members.organizationId })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(users.email, "applicant@example.org"));
  organisationId = member!.organisationId;
  applicantId = member!.userId;
  const [adviserRow] = await db.select().from(users).where(eq(users.email, "adviser@example.org"));
  adviserId = adviserRow!.id;
  applicant = await loginCookie(app, "applicant@example.org");
  adviser = await loginCookie(app, "adviser@example.org");
  manager = await loginCookie(app, "manager@example.org");
  stranger = await loginCookie(app, "stranger@example.org");
  otherAdviser = await loginCookie(app, "adviser-murmansk@example.org");
});
afterAll(async () => {
  await app?.close();
});

const grantedCase = (options: Parameters<typeof seedGrantedCase>[1] = {}) =>
  seedGrantedCase(app.services.db, { organisationId, userId: applicantId, ...options });

describe("payments", () => {
  it("refuses an advance above the programme's share with a clear message and nothing changed, then takes a fitting one", async () => {
    const granted = await grantedCase({ amount: 70_000 });
    const path = `/en/applications/${granted.applicationId}/payments`;
    const page = await textOf(await get(path, applicant));
    expect(page).toContain(`Payments – case ${granted.caseNumber}`);
    expect(page).toContain("You can request up to NOK 52,500 as an advance.");

    const tooMuch = await app.post(path, { intent: "advance", amount: "52 501" }, applicant);
    expect(tooMuch.status).toBe(400);
    expect(await textOf(tooMuch)).toContain(
      "The advance can be at most NOK 52,500 (75 % of the grant). Nothing was changed.",
    );
    const aboveGrant = await app.post(path, { intent: "advance", amount: "70001" }, applicant);
    expect(aboveGrant.status).toBe(400);
    expect(await textOf(aboveGrant)).toContain("The payments cannot exceed the grant of NOK 70,000.");
    const notANumber = await app.post(path, { intent: "advance", amount: "12,5" }, applicant);
    expect(notANumber.status).toBe(400);
    expect(await textOf(notANumber)).toContain("Enter a whole number of kroner, without decimals.");
    expect(await paymentsOf(granted.applicationId)).toEqual([]);

    const ok = await app.post(path, { intent: "advance", amount: "52 500" }, applicant);
    expect(ok.status).toBe(302);
    expect(ok.headers.get("location")).toBe(`${path}?done=requested`);
    const after = await textOf(await get(`${path}?done=requested`, applicant));
    expect(after).toContain("Your payment request was sent.");
    expect(after).toContain("Requested");
    const again = await app.post(path, { intent: "advance", amount: "1" }, applicant);
    expect(again.status).toBe(409);
    expect(await textOf(again)).toContain("An advance has already been requested in this case.");
    expect(await paymentsOf(granted.applicationId)).toHaveLength(1);
    // The case's history tells the grantee in words what happened.
    const status = await textOf(await get(`/en/applications/${granted.applicationId}/status`, applicant));
    expect(status).toContain("An advance of NOK 52,500 was asked for.");
  });

  it("lets staff approve and pay the advance, which starts the project and tells the grantee", async () => {
    const granted = await grantedCase({ amount: 40_000 });
    await app.post(
      `/en/applications/${granted.applicationId}/payments`,
      { intent: "advance", amount: "30000" },
      applicant,
    );
    const [payment] = await paymentsOf(granted.applicationId);
    const staffPath = `/en/cases/${granted.applicationId}/payments`;
    const page = await textOf(await get(staffPath, adviser));
    expect(page).toContain(">Approve");

    const tooEarly = await app.post(staffPath, { intent: "mark-paid", paymentId: payment!.id }, adviser);
    expect(tooEarly.status).toBe(409);
    expect(await textOf(tooEarly)).toContain("This cannot be done with a payment that is “Requested”.");
    for (const intent of ["approve", "mark-paid"]) {
      const response = await app.post(staffPath, { intent, paymentId: payment!.id }, adviser);
      expect(response.status, intent).toBe(302);
      expect(response.headers.get("location")).toBe(`${staffPath}?done=${intent}`);
    }
    expect((await stateOf(granted.applicationId)).status).toBe("running");
    const [paid] = await paymentsOf(granted.applicationId);
    expect(paid).toMatchObject({ status: "paid", approvedBy: adviserId });
    const told = await app.services.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, applicantId), eq(notifications.applicationId, granted.applicationId)),
      );
    expect(told.map((n) => n.kind)).toContain("case.start_project");
    expect(
      await textOf(await get(`/en/applications/${granted.applicationId}/payments`, applicant)),
    ).toContain("Paid");
  });

  it("keeps ten concurrent requests within the grant", async () => {
    const granted = await grantedCase({ amount: 10_000, state: "report_approved" });
    const path = `/en/applications/${granted.applicationId}/payments`;
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => app.post(path, { intent: "final", amount: "4000" }, applicant)),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 302)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(9);
    const rows = await paymentsOf(granted.applicationId);
    expect(rows).toHaveLength(1);
    expect(committedAmount(rows)).toBeLessThanOrEqual(10_000);
  });

  it("shows payments only to those entitled: other applicants 404, applicants 403 on staff pages, other offices 404", async () => {
    const granted = await grantedCase();
    const id = granted.applicationId;
    expect((await get(`/en/applications/${id}/payments`, stranger)).status).toBe(404);
    expect(
      (await app.post(`/en/applications/${id}/payments`, { intent: "advance", amount: "1" }, stranger))
        .status,
    ).toBe(404);
    expect((await get(`/en/applications/${id}/final-report`, stranger)).status).toBe(404);
    expect((await get(`/en/cases/${id}/payments`, applicant)).status).toBe(403);
    expect((await get(`/en/cases/${id}/final-report`, applicant)).status).toBe(403);
    expect((await get("/en/payments", applicant)).status).toBe(403);
    expect((await get("/en/payments.csv", applicant)).status).toBe(403);
    expect(
      (await app.post(`/en/cases/${id}/payments`, { intent: "approve", paymentId: "x" }, applicant)).status,
    ).toBe(403);
    // Staff may read the grantee's page but not ask on its behalf.
    expect(
      (await app.post(`/en/applications/${id}/payments`, { intent: "advance", amount: "1" }, adviser)).status,
    ).toBe(403);
    // An adviser of another office does not see the case at all, and cannot act on it.
    expect((await get(`/en/cases/${id}/payments`, otherAdviser)).status).toBe(404);
    expect((await get(`/en/cases/${id}/final-report`, otherAdviser)).status).toBe(404);
    await app.post(`/en/applications/${id}/payments`, { intent: "advance", amount: "100" }, applicant);
    const [payment] = await paymentsOf(id);
    const refused = await app.post(
      `/en/cases/${id}/payments`,
      { intent: "approve", paymentId: payment!.id },
      otherAdviser,
    );
    expect(refused.status).toBe(404);
    expect((await paymentsOf(id))[0]!.status).toBe("requested");
    expect(await textOf(await get("/en/payments", otherAdviser))).not.toContain(granted.caseNumber);
  });

  it("exports exactly the filtered list as CSV: BOM, header, one row per payment, streamed", async () => {
    const listPath = "/en/payments?kind=advance&status=requested";
    const list = await textOf(await get(listPath, manager));
    const listed = [...list.matchAll(/\/payments">(\d{4}\/\d{5})<\/a>/g)].map((m) => m[1]);
    expect(listed.length).toBeGreaterThan(0);
    expect(list).toContain('href="/en/payments.csv?status=requested&amp;kind=advance"');

    const csv = await get("/en/payments.csv?status=requested&kind=advance", manager);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toMatch(
      /^attachment; filename="payments-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.subarray(3)).split("\r\n").filter(Boolean);
    expect(lines[0]).toBe("Case number;Organisation;Kind;Amount (NOK);Status;Requested;Approved;Paid");
    const rows = lines.slice(1).map((line) => line.split(";"));
    expect(rows.map((r) => r[0])).toEqual(listed);
    expect(rows.every((r) => r[2] === "Advance" && r[4] === "Requested")).toBe(true);
    expect(rows.every((r) => /^\d+$/.test(r[3]!))).toBe(true);
  });
});

describe("final reports", () => {
  const good = {
    intent: "send",
    done: "Two gatherings, in Murmansk and Kirkenes.",
    results: "A joint concert for 400 people.",
    cooperation: "The partners planned and led the gatherings together.",
    media: "https://example.org/article",
    participantsApplicant: "10",
    participantsPartner: "12",
    "actual.travel": "60 000",
    "actual.food": "30000",
    ownWorkActual: "10000",
    financingGrant: "70000",
    financingOwnFunds: "10000",
    financingPartners: "10000",
    financingOther: "0",
    auditorName: "Revisor Nord AS",
    auditorConfirmed: "on",
  };

  it("checks, returns, takes again and approves a report, and pays the rest of the grant", async () => {
    const granted = await grantedCase({ amount: 150_000, state: "running", assignedAdviserId: adviserId });
    const id = granted.applicationId;
    const path = `/en/applications/${id}/final-report`;
    const page = await textOf(await get(path, applicant));
    expect(page).toContain("Write the final report");
    expect(page).toContain("The grant is above NOK 100,000, so an auditor must confirm the accounts.");
    expect(page).toContain("Budgeted: NOK 60,000");

    // A photo first (its own form), then its consent in the report.
    const uploadPhoto = (file: File) => {
      const body = new FormData();
      body.set("photo", file);
      return fetch(`${app.url}${path}`, {
        method: "POST",
        redirect: "manual",
        headers: { cookie: applicant, origin: app.url },
        body,
      });
    };
    const png = samples.png() as Uint8Array<ArrayBuffer>;
    expect((await uploadPhoto(new File([png], "concert.png", { type: "image/png" }))).status).toBe(302);
    const refusedUpload = await uploadPhoto(new File([samples.pdf() as Uint8Array<ArrayBuffer>], "x.png"));
    expect(refusedUpload.status).toBe(400);
    expect(await textOf(refusedUpload)).toContain("Only JPEG or PNG photos can be added.");
    const withPhoto = await textOf(await get(path, applicant));
    expect(withPhoto).toContain("concert.png may be published");
    const photoId = /name="photos\[0\]\.id" value="([0-9a-f-]{36})"/.exec(withPhoto)![1]!;

    const short = await app.post(
      path,
      { ...good, "actual.travel": "80000", "actual.food": "", ownWorkActual: "0", financingPartners: "0" },
      applicant,
    );
    expect(short.status).toBe(400);
    const shortText = await textOf(short);
    expect(shortText).toContain(
      "Own funding is 12.5 % of the actual costs (NOK 10,000 of NOK 80,000); the programme requires at least 30 %.",
    );
    expect(shortText).toContain("A joint concert for 400 people.");
    const noAuditor = await app.post(path, { ...good, auditorName: "", auditorConfirmed: "" }, applicant);
    expect(noAuditor.status).toBe(400);
    const noAuditorText = await textOf(noAuditor);
    expect(noAuditorText).toContain("Enter the auditor's name.");
    expect(noAuditorText).toContain("Tick the box to confirm that the auditor has confirmed the accounts.");
    expect(await listFinalReports(app.services.db, id)).toEqual([]);

    const sent = await app.post(
      path,
      { ...good, "photos[0].id": photoId, "photos[0].consent": "on" },
      applicant,
    );
    expect(sent.status).toBe(302);
    expect(sent.headers.get("location")).toBe(`${path}?done=sent`);
    expect((await stateOf(id)).status).toBe("final_report_submitted");
    const adviserTold = await app.services.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, adviserId), eq(notifications.applicationId, id)));
    expect(adviserTold.map((n) => n.kind)).toContain("case.submit_final_report");

    const review = `/en/cases/${id}/final-report`;
    const reviewPage = await textOf(await get(review, adviser));
    expect(reviewPage).toContain("Report 1, sent");
    expect(reviewPage).toContain("The accounts were confirmed by the auditor Revisor Nord AS.");
    expect(reviewPage).toMatch(/concert\.png<\/a>[^<]*(<!-- -->)?–[^<]*(<!-- -->)?may be published/);
    expect(reviewPage).toContain("30 %");
    const noNote = await app.post(review, { intent: "return", note: "" }, adviser);
    expect(noNote.status).toBe(400);
    expect(await textOf(noNote)).toContain("Fill in this field.");
    const returned = await app.post(
      review,
      { intent: "return", note: "Please add the receipts for travel." },
      adviser,
    );
    expect(returned.status).toBe(302);
    expect((await stateOf(id)).status).toBe("report_returned");
    const applicantTold = await app.services.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, applicantId), eq(notifications.kind, "case.return_report")));
    expect(applicantTold.some((n) => n.applicationId === id)).toBe(true);
    const mails = await app.services.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.recipient, "applicant@example.org"), eq(mailOutbox.template, "case-update")));
    expect(mails.some((m) => m.subject.includes(granted.caseNumber))).toBe(true);

    const again = await textOf(await get(path, applicant));
    expect(again).toContain("Please add the receipts for travel.");
    expect(again).toContain("A joint concert for 400 people.");
    const resent = await app.post(
      path,
      { ...good, results: "A joint concert; receipts attached." },
      applicant,
    );
    expect(resent.status).toBe(302);
    const approved = await app.post(review, { intent: "approve" }, adviser);
    expect(approved.status).toBe(302);
    const row = await stateOf(id);
    expect(row.status).toBe("report_approved");
    expect(row.reportApprovedAt).not.toBeNull();
    expect((await listFinalReports(app.services.db, id)).map((r) => [r.number, r.outcome])).toEqual([
      [2, "approved"],
      [1, "returned"],
    ]);

    const payPath = `/en/applications/${id}/payments`;
    expect(await textOf(await get(payPath, applicant))).toContain(
      "You can request the rest of the grant: NOK 150,000.",
    );
    const above = await app.post(payPath, { intent: "final", amount: "150001" }, applicant);
    expect(above.status).toBe(400);
    expect(await textOf(above)).toContain(
      "The payments cannot exceed the grant of NOK 150,000. At most NOK 150,000 can be requested. Nothing was changed.",
    );
    expect(await paymentsOf(id)).toEqual([]);
    expect((await app.post(payPath, { intent: "final", amount: "150000" }, applicant)).status).toBe(302);
    const [finalPayment] = await paymentsOf(id);
    for (const intent of ["approve", "mark-paid"]) {
      const response = await app.post(
        `/en/cases/${id}/payments`,
        { intent, paymentId: finalPayment!.id },
        manager,
      );
      expect(response.status).toBe(302);
    }
    expect((await stateOf(id)).status).toBe("closed");
  });

  it("refuses the final payment before the report is approved, and lets only the case's staff review", async () => {
    const granted = await grantedCase({ state: "running" });
    const id = granted.applicationId;
    const early = await app.post(
      `/en/applications/${id}/payments`,
      { intent: "final", amount: "1000" },
      applicant,
    );
    expect(early.status).toBe(409);
    expect(await paymentsOf(id)).toEqual([]);
    const sent = await app.post(
      `/en/applications/${id}/final-report`,
      { ...good, auditorName: "", auditorConfirmed: "" },
      applicant,
    );
    expect(sent.status).toBe(302);
    expect((await app.post(`/en/cases/${id}/final-report`, { intent: "approve" }, applicant)).status).toBe(
      403,
    );
    expect((await app.post(`/en/cases/${id}/final-report`, { intent: "approve" }, otherAdviser)).status).toBe(
      404,
    );
    expect((await app.post(`/en/applications/${id}/final-report`, good, adviser)).status).toBe(403);
    expect((await stateOf(id)).status).toBe("final_report_submitted");
    const ru = await textOf(await get(`/ru/applications/${id}/final-report`, applicant));
    expect(ru).toContain("Итоговый отчёт – дело");
  });
});
