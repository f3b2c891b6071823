import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { applications, mailOutbox, notificationOptOuts, notifications, users } from "#db/schema.ts";
import { seedSentApplication } from "#domain/cases/testing/sent-application.ts";
import { transitionCase } from "#domain/cases/transition-case.server.ts";
import { databaseForTheseTests, testBackend } from "#tests/database.ts";
import { describeNotification } from "./describe-notification.ts";
import { readEmailPreferences, saveEmailPreferences } from "./email-preferences.server.ts";
import { countUnreadNotifications, listNotifications } from "./list-notifications.server.ts";
import { markAllNotificationsRead, markNotificationRead } from "./mark-notifications-read.server.ts";
import { emailKindsFor } from "./notification-kinds.server.ts";

const database = databaseForTheseTests();

const mail = { smtpEnabled: false, baseUrl: "https://grants.example" };

/** A sent application with an adviser of its office assigned; the applicant and the adviser as case users. */
async function sentCase(now: Date) {
  const db = database.db;
  const fixture = await seedSentApplication(db, { now, mail });
  const adviserId = crypto.randomUUID();
  await db.insert(users).values({
    id: adviserId,
    name: "Adviser",
    email: `adviser-${adviserId}@example.org`,
    emailVerified: true,
    role: "adviser",
    officeId: "kirkenes",
    locale: "en",
  });
  await db
    .update(applications)
    .set({ assignedAdviserId: adviserId })
    .where(eq(applications.id, fixture.applicationId));
  const [applicant] = await db.select().from(users).where(eq(users.id, fixture.userId));
  return {
    ...fixture,
    applicant: { ...fixture.applicant, email: applicant!.email },
    adviser: {
      id: adviserId,
      role: "adviser" as const,
      officeId: "kirkenes",
      email: `adviser-${adviserId}@example.org`,
    },
  };
}

async function caseMailsTo(email: string) {
  return database.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.recipient, email), eq(mailOutbox.template, "case-update")));
}

describe(`notifications and e-mail opt-outs (${testBackend})`, () => {
  it("writes the in-app notification but no e-mail for a kind the person turned off", async () => {
    const now = new Date("2026-02-10T09:00:00Z");
    const c = await sentCase(now);
    const saved = await saveEmailPreferences(database.db, c.applicant, {
      shown: ["case.start_screening", "case.mark_eligible"],
      on: ["case.mark_eligible"],
    });
    expect(saved).toEqual({ ok: true, value: { off: ["case.start_screening"] } });

    const result = await transitionCase(database.db, {
      applicationId: c.applicationId,
      transition: "start_screening",
      actor: c.adviser,
      now,
      mail,
    });
    expect(result).toMatchObject({ ok: true, value: { to: "in_screening" } });
    expect(await caseMailsTo(c.applicant.email)).toEqual([]);
    const [row] = await listNotifications(database.db, c.applicant.id);
    expect(row).toMatchObject({
      kind: "case.start_screening",
      applicationId: c.applicationId,
      params: { caseNumber: c.caseNumber, state: "in_screening" },
      readAt: null,
    });

    // A kind left on: the e-mail is queued as well.
    const eligible = await transitionCase(database.db, {
      applicationId: c.applicationId,
      transition: "mark_eligible",
      actor: c.adviser,
      now,
      mail,
    });
    expect(eligible).toMatchObject({ ok: true });
    expect(await caseMailsTo(c.applicant.email)).toHaveLength(1);
  });

  it("still e-mails a mandatory kind even if an opt-out row was forged into the database", async () => {
    const now = new Date("2026-02-11T09:00:00Z");
    const c = await sentCase(now);
    await database.db
      .update(applications)
      .set({ status: "in_screening" })
      .where(eq(applications.id, c.applicationId));
    await database.db
      .insert(notificationOptOuts)
      .values({ userId: c.applicant.id, kind: "case.return_to_applicant" });
    const result = await transitionCase(database.db, {
      applicationId: c.applicationId,
      transition: "return_to_applicant",
      actor: c.adviser,
      now,
      mail,
    });
    expect(result).toMatchObject({ ok: true });
    expect(await caseMailsTo(c.applicant.email)).toHaveLength(1);
    // The applicant answers: the adviser is told, in-app and (not opted out) by e-mail.
    const resubmitted = await transitionCase(database.db, {
      applicationId: c.applicationId,
      transition: "resubmit",
      actor: c.applicant,
      now,
      mail,
    });
    expect(resubmitted).toMatchObject({ ok: true });
    expect(await caseMailsTo(c.adviser.email)).toHaveLength(1);
    const [toAdviser] = await listNotifications(database.db, c.adviser.id);
    expect(toAdviser).toMatchObject({ kind: "case.resubmit", params: { state: "submitted" } });
  });

  it("refuses to turn off a mandatory e-mail or an unknown kind, and changes nothing", async () => {
    const c = await sentCase(new Date("2026-02-12T09:00:00Z"));
    const before = await readEmailPreferences(database.db, c.applicant);
    const attempts = [
      { shown: ["case.approve"], on: [] },
      { shown: ["case.start_screening", "case.approve"], on: [] },
      { shown: ["case.nonsense"], on: [] },
      // An adviser's kind is not one an applicant can switch.
      { shown: ["case.resubmit"], on: [] },
      { shown: ["case.start_screening"], on: ["case.close"] },
    ];
    const results = [];
    for (const attempt of attempts)
      results.push(await saveEmailPreferences(database.db, c.applicant, attempt));
    expect(results.map((r) => (r.ok ? "ok" : r.kind === "refused" ? r.reason : r.kind))).toEqual([
      "notifications.settings.mandatoryKind",
      "notifications.settings.mandatoryKind",
      "notifications.settings.unknownKind",
      "notifications.settings.unknownKind",
      "notifications.settings.unknownKind",
    ]);
    expect(await readEmailPreferences(database.db, c.applicant)).toEqual(before);
    expect(before.find((p) => p.kind === "case.approve")).toMatchObject({ mandatory: true, on: true });
    expect(before.every((p) => p.on)).toBe(true);
  });

  it("turns an e-mail off and on again", async () => {
    const c = await sentCase(new Date("2026-02-13T09:00:00Z"));
    await saveEmailPreferences(database.db, c.adviser, { shown: ["case.withdraw"], on: [] });
    expect(
      (await readEmailPreferences(database.db, c.adviser)).find((p) => p.kind === "case.withdraw")?.on,
    ).toBe(false);
    await saveEmailPreferences(database.db, c.adviser, { shown: ["case.withdraw"], on: ["case.withdraw"] });
    expect(
      (await readEmailPreferences(database.db, c.adviser)).find((p) => p.kind === "case.withdraw")?.on,
    ).toBe(true);
  });

  it("lists only the person's own notifications and marks only their own as read", async () => {
    const db = database.db;
    const now = new Date("2026-02-14T09:00:00Z");
    const c = await sentCase(now);
    await transitionCase(db, {
      applicationId: c.applicationId,
      transition: "start_screening",
      actor: c.adviser,
      now,
      mail,
    });
    const other = await sentCase(now);
    await transitionCase(db, {
      applicationId: other.applicationId,
      transition: "start_screening",
      actor: other.adviser,
      now,
      mail,
    });
    const mine = await listNotifications(db, c.applicant.id);
    const theirs = await listNotifications(db, other.applicant.id);
    expect(mine.map((n) => n.applicationId)).toEqual([c.applicationId]);
    expect(await countUnreadNotifications(db, c.applicant.id)).toBe(1);

    // Someone else's id: nothing found, nothing changed.
    expect(await markNotificationRead(db, c.applicant.id, theirs[0]!.id, now)).toBe(false);
    expect(await countUnreadNotifications(db, other.applicant.id)).toBe(1);
    expect(await markNotificationRead(db, c.applicant.id, mine[0]!.id, now)).toBe(true);
    expect(await countUnreadNotifications(db, c.applicant.id)).toBe(0);
    expect(await markAllNotificationsRead(db, c.applicant.id, now)).toBe(0);
    expect(await markAllNotificationsRead(db, other.applicant.id, now)).toBe(1);
    const [read] = await db.select().from(notifications).where(eq(notifications.id, theirs[0]!.id));
    expect(read?.readAt).not.toBeNull();
  });

  it("words a notification in the reader's language and vocabulary, linking to their page", () => {
    const row = {
      id: "n1",
      kind: "case.approve",
      applicationId: "app-1",
      params: { caseNumber: "2026/00012", state: "approved" },
      createdAt: new Date("2026-03-01T10:00:00Z"),
      readAt: null,
    };
    expect(describeNotification(row, "staff", "en")).toMatchObject({
      text: "Case 2026/00012: Approved",
      href: "/en/cases/app-1",
      read: false,
    });
    expect(
      describeNotification(
        { ...row, params: { caseNumber: "2026/00012", state: "in_screening" } },
        "applicant",
        "en",
      ),
    ).toMatchObject({
      text: "Case 2026/00012: Being checked",
      href: "/en/applications/app-1/status",
    });
    expect(
      describeNotification(
        { ...row, params: { caseNumber: "2026/00012", state: "in_screening" } },
        "staff",
        "nb",
      ).text,
    ).toBe("Sak 2026/00012: Formell kontroll");
    expect(describeNotification({ ...row, kind: "case.assigned" }, "staff", "ru").text).toBe(
      "Дело 2026/00012 назначено вам",
    );
  });

  it("offers each role the e-mails it can receive, marking the mandatory ones", () => {
    const applicantKinds = emailKindsFor("applicant").map((k) => `${k.kind}${k.mandatory ? "!" : ""}`);
    expect(applicantKinds).toEqual([
      "case.start_screening",
      "case.return_to_applicant!",
      "case.mark_ineligible!",
      "case.mark_eligible",
      "case.approve!",
      "case.reject!",
      "case.uphold_appeal!",
      "case.dismiss_appeal!",
      "case.start_project",
      "case.return_report!",
      "case.approve_report",
      "case.close",
    ]);
    expect(emailKindsFor("adviser").map((k) => k.kind)).toContain("case.submit_final_report");
    expect(emailKindsFor("adviser").map((k) => k.kind)).not.toContain("case.start_screening");
    expect(emailKindsFor("board_member")).toEqual([]);
  });
});
