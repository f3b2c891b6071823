import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { applications, finalReports, mailOutbox, notifications, users } from "#db/schema.ts";
import type { Person } from "#domain/access/case-scope.ts";
import { listApplicationEvents } from "#domain/applications/application-events.server.ts";
import { createApplication } from "#domain/applications/create-application.server.ts";
import { submitApplication } from "#domain/applications/submit-application.server.ts";
import { completeApplication } from "#domain/applications/testing/application-fixture.ts";
import { insertStaffUser, seedGrantedCase } from "#domain/payments/testing/granted-case.ts";
import { notFound } from "#domain/result.ts";
import { databaseForTheseTests, testBackend } from "#tests/database.ts";
import { approveFinalReport, returnFinalReport } from "./approve-final-report.server.ts";
import type { FinalReportValues } from "./final-report-content.ts";
import { listFinalReports } from "./find-final-reports.server.ts";
import { reminderDue, runReportReminders } from "./report-reminders.server.ts";
import { submitFinalReport } from "./submit-final-report.server.ts";
import { finalReportValues } from "./testing/final-report-values.ts";

let adviser: Person;
let otherAdviser: Person;
const database = databaseForTheseTests(async () => {
  adviser = await insertStaffUser(database.db, "adviser", "kirkenes");
  otherAdviser = await insertStaffUser(database.db, "adviser", "murmansk");
});

const mail = { smtpEnabled: false, baseUrl: "https://grants.example" };
const member = (id: string): Person => ({ id, role: "applicant", officeId: null });
/** The grant holder (or `user`) sends a final report on `applicationId`, by default one that passes. */
const sendReport = (applicationId: string, user: Person, overrides: Partial<FinalReportValues> = {}) =>
  submitFinalReport(database.db, {
    applicationId,
    values: finalReportValues(overrides),
    user,
    now: new Date(),
    mail,
  });

async function rowOf(applicationId: string) {
  const [row] = await database.db.select().from(applications).where(eq(applications.id, applicationId));
  return row!;
}

describe(`final reports (${testBackend})`, () => {
  it("refuses a report below the own-funding share or without the auditor, storing nothing", async () => {
    const granted = await seedGrantedCase(database.db, { state: "running", amount: 150_000 });
    const short = await sendReport(granted.applicationId, member(granted.userId), {
      financingPartners: 0,
      auditorName: "Revisor AS",
      auditorConfirmed: true,
    });
    expect(short).toMatchObject({ ok: false, error: "invalid", problems: [{ code: "own-funding-share" }] });
    const noAuditor = await sendReport(granted.applicationId, member(granted.userId));
    expect(noAuditor).toMatchObject({
      ok: false,
      error: "invalid",
      problems: [{ code: "auditor-name-required" }, { code: "auditor-confirmation-required" }],
    });
    expect(await listFinalReports(database.db, granted.applicationId)).toEqual([]);
    expect((await rowOf(granted.applicationId)).status).toBe("running");
  });

  it("stores the report with the budget beside it, and the adviser returns it with a note the grantee is told of", async () => {
    const granted = await seedGrantedCase(database.db, { state: "running", assignedAdviserId: adviser.id });
    const notMember = await sendReport(granted.applicationId, adviser);
    expect(notMember).toMatchObject({ ok: false, kind: "refused", reason: "case.refused.wrong-role" });
    const sent = await sendReport(granted.applicationId, member(granted.userId));
    expect(sent).toMatchObject({ ok: true, value: { number: 1, to: "final_report_submitted" } });
    const [stored] = await listFinalReports(database.db, granted.applicationId);
    expect(stored!.content.accounts).toEqual(
      expect.arrayContaining([
        { category: "travel", budgeted: 60_000, actual: 60_000 },
        { category: "food", budgeted: 30_000, actual: 30_000 },
      ]),
    );
    expect(stored!.content.ownWork).toEqual({ budgeted: 10_000, actual: 10_000 });
    expect(stored!.content.totals).toEqual({ costs: 100_000, ownFunding: 30_000, ownFundingPercent: 30 });
    // The adviser assigned to the case hears of it.
    const adviserNotes = await database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, adviser.id));
    expect(adviserNotes.map((n) => n.kind)).toContain("case.submit_final_report");

    expect(
      await returnFinalReport(database.db, {
        applicationId: granted.applicationId,
        note: "  ",
        actor: adviser,
        now: new Date(),
        mail,
      }),
    ).toMatchObject({ ok: false, reason: "finalReport.refused.note-required" });
    expect(
      await returnFinalReport(database.db, {
        applicationId: granted.applicationId,
        note: "Add the receipts",
        actor: otherAdviser,
        now: new Date(),
        mail,
      }),
    ).toEqual(notFound());
    const returned = await returnFinalReport(database.db, {
      applicationId: granted.applicationId,
      note: "Add the receipts for travel.",
      actor: adviser,
      now: new Date(),
      mail,
    });
    expect(returned).toMatchObject({ ok: true, value: { to: "report_returned" } });
    const [first] = await listFinalReports(database.db, granted.applicationId);
    expect(first).toMatchObject({
      outcome: "returned",
      reviewNote: "Add the receipts for travel.",
      reviewedBy: adviser.id,
    });
    const told = await database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, granted.userId), eq(notifications.kind, "case.return_report")));
    expect(told).toHaveLength(1);
    const [memberRow] = await database.db.select().from(users).where(eq(users.id, granted.userId));
    const mails = await database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.recipient, memberRow!.email));
    expect(mails.some((m) => m.template === "case-update")).toBe(true);

    const again = await sendReport(granted.applicationId, member(granted.userId), {
      results: "A joint concert, receipts attached",
    });
    expect(again).toMatchObject({ ok: true, value: { number: 2 } });
    const approved = await approveFinalReport(database.db, {
      applicationId: granted.applicationId,
      actor: adviser,
      now: new Date(),
      mail,
    });
    expect(approved).toMatchObject({ ok: true, value: { to: "report_approved" } });
    expect((await rowOf(granted.applicationId)).reportApprovedAt).not.toBeNull();
    const reports = await database.db
      .select()
      .from(finalReports)
      .where(eq(finalReports.applicationId, granted.applicationId));
    expect(reports.map((r) => [r.number, r.outcome]).sort()).toEqual([
      [1, "returned"],
      [2, "approved"],
    ]);
  });

  it("blocks the organisation's new applications while a report is overdue, until it is approved", async () => {
    const past = new Date(Date.now() - 86_400_000);
    const granted = await seedGrantedCase(database.db, { state: "running", reportDueAt: past });
    const now = new Date();
    const created = await createApplication(database.db, {
      user: { id: granted.userId, name: "Kari", email: "kari@example.org" },
      organisationId: granted.organisationId,
      callId: "no-ru-regular-continuous",
      now,
    });
    if (!created.ok) throw new Error(created.kind);
    await completeApplication(database.db, created.value.id, granted.userId, now);
    const send = () =>
      submitApplication(database.db, {
        applicationId: created.value.id,
        user: { id: granted.userId },
        idempotencyKey: crypto.randomUUID(),
        now: new Date(),
        mail,
      });
    expect(await send()).toMatchObject({
      ok: false,
      reason: "application.submit.reportOverdue",
      params: { cases: granted.caseNumber },
    });

    const sent = await sendReport(granted.applicationId, member(granted.userId));
    expect(sent.ok).toBe(true);
    // Sent but not yet approved: still blocked.
    expect(await send()).toMatchObject({ ok: false, reason: "application.submit.reportOverdue" });
    await approveFinalReport(database.db, {
      applicationId: granted.applicationId,
      actor: adviser,
      now: new Date(),
      mail,
    });
    expect(await send()).toMatchObject({ ok: true });
  });
});

describe(`report reminders (${testBackend})`, () => {
  const day = 86_400_000;

  it("picks the reminder whose day has come, once, and the overdue flag after the due moment", () => {
    const due = new Date("2027-03-01T22:59:00Z"); // 1 March 23:59 in Oslo
    const none = { reminders: [], overdue: false };
    expect(reminderDue(new Date("2027-01-29T12:00:00Z"), due, none)).toBeNull(); // 31 days
    expect(reminderDue(new Date("2027-01-30T12:00:00Z"), due, none)).toEqual({ kind: "reminder", days: 30 });
    expect(
      reminderDue(new Date("2027-02-10T12:00:00Z"), due, { reminders: [30], overdue: false }),
    ).toBeNull();
    expect(reminderDue(new Date("2027-02-22T12:00:00Z"), due, { reminders: [30], overdue: false })).toEqual({
      kind: "reminder",
      days: 7,
    });
    expect(reminderDue(new Date("2027-02-22T12:00:00Z"), due, none)).toEqual({ kind: "reminder", days: 7 });
    expect(
      reminderDue(new Date("2027-03-01T22:00:00Z"), due, { reminders: [30, 7], overdue: false }),
    ).toBeNull();
    expect(
      reminderDue(new Date("2027-03-02T08:00:00Z"), due, { reminders: [30, 7], overdue: false }),
    ).toEqual({
      kind: "overdue",
    });
    expect(reminderDue(new Date("2027-03-09T08:00:00Z"), due, { reminders: [], overdue: true })).toBeNull();
  });

  it("e-mails the members 30 and 7 days before, once each, and flags the overdue report once", async () => {
    const now = new Date();
    const granted = await seedGrantedCase(database.db, {
      state: "running",
      reportDueAt: new Date(now.getTime() + 20 * day),
    });
    const approvedCase = await seedGrantedCase(database.db, {
      state: "report_approved",
      reportDueAt: new Date(now.getTime() + 20 * day),
    });
    const [memberRow] = await database.db.select().from(users).where(eq(users.id, granted.userId));
    const mailsTo = async () =>
      database.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, memberRow!.email));
    const before = (await mailsTo()).length;

    const first = await runReportReminders(database.db, { now, mail });
    expect(first.reminders).toBeGreaterThanOrEqual(1);
    const second = await runReportReminders(database.db, { now, mail });
    const events = async (id: string) =>
      (await listApplicationEvents(database.db, id)).filter((e) => e.kind.startsWith("report-"));
    expect((await events(granted.applicationId)).map((e) => [e.kind, e.data])).toEqual([
      ["report-reminder", { days: 30 }],
    ]);
    expect(await events(approvedCase.applicationId)).toEqual([]);
    expect(second).toEqual({ reminders: 0, overdue: 0 });
    const reminders = (await mailsTo()).slice(before);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.text).toContain("/final-report");
    expect(reminders[0]!.subject).toContain(granted.caseNumber);

    await runReportReminders(database.db, { now: new Date(now.getTime() + 15 * day), mail });
    await runReportReminders(database.db, { now: new Date(now.getTime() + 21 * day), mail });
    await runReportReminders(database.db, { now: new Date(now.getTime() + 22 * day), mail });
    expect((await events(granted.applicationId)).map((e) => e.kind)).toEqual([
      "report-reminder",
      "report-reminder",
      "report-overdue",
    ]);
    expect((await mailsTo()).slice(before)).toHaveLength(3);
  });
});
