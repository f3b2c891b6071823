import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { applications, applicationVersions, auditLog, mailOutbox, notifications, users } from "#db/schema.ts";
import { findCaseAccess } from "#domain/access/case-access.server.ts";
import { editableSections, mayDo } from "#domain/access/case-access.ts";
import type { Person } from "#domain/access/case-scope.ts";
import { listApplicationEvents } from "#domain/applications/application-events.server.ts";
import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { saveSection } from "#domain/applications/save-section.server.ts";
import { submitApplication } from "#domain/applications/submit-application.server.ts";
import { seedApplication } from "#domain/applications/testing/application-fixture.ts";
import { notFound } from "#domain/result.ts";
import { databaseForTheseTests } from "#tests/database.ts";
import { markEligible } from "./mark-eligible.server.ts";
import { markIneligible } from "./mark-ineligible.server.ts";
import { returnApplication } from "./return-application.server.ts";
import { seedSentApplication } from "./testing/sent-application.ts";
import { transitionCase } from "./transition-case.server.ts";

const mail = { smtpEnabled: false, baseUrl: "https://grants.example" };
const adviser: Person = { id: "adviser-kirkenes", role: "adviser", officeId: "kirkenes" };
const otherAdviser: Person = { id: "adviser-murmansk", role: "adviser", officeId: "murmansk" };
const allTicked = { "applicant-registered": true, "partner-confirmed": true, "no-double-funding": true };

const database = databaseForTheseTests(async () => {
  await seedApplication(database.db); // offices and programme
  for (const user of [adviser, otherAdviser]) {
    await database.db.insert(users).values({
      id: user.id,
      name: user.id,
      email: `${user.id}@example.org`,
      role: user.role,
      officeId: user.officeId,
      emailVerified: true,
    });
  }
});

const sentCase = () => seedSentApplication(database.db, { mail });

/** A sent case the adviser has started screening. */
async function caseInScreening() {
  const sent = await sentCase();
  await transitionCase(database.db, {
    applicationId: sent.applicationId,
    transition: "start_screening",
    actor: adviser,
    now: new Date(),
    mail,
  });
  return sent;
}

const stateOf = async (id: string) =>
  (await database.db.select().from(applications).where(eq(applications.id, id)))[0]!;

describe("moving a case", () => {
  it("refuses what the table does not allow and writes nothing; allowed moves write history, audit and notices", async () => {
    const sent = await sentCase();
    const before = await database.db.select().from(auditLog);
    const refused = await transitionCase(database.db, {
      applicationId: sent.applicationId,
      transition: "start_screening",
      actor: otherAdviser,
      now: new Date(),
      mail,
    });
    // An adviser of another office does not see the case: for them it does not exist.
    expect(refused).toEqual(notFound());
    expect(await database.db.select().from(auditLog)).toHaveLength(before.length);
    const moved = await transitionCase(database.db, {
      applicationId: sent.applicationId,
      transition: "start_screening",
      actor: adviser,
      now: new Date(),
      mail,
    });
    expect(moved).toMatchObject({ ok: true, value: { from: "submitted", to: "in_screening" } });
    expect((await stateOf(sent.applicationId)).status).toBe("in_screening");
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.entityId, sent.applicationId));
    expect(audit.map((entry) => entry.action)).toContain("case.start_screening");
    const notices = await database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, sent.userId));
    expect(notices.map((n) => n.kind)).toEqual(["case.start_screening"]);
    const mails = await database.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.template, "case-update"), eq(mailOutbox.text, mailOutbox.text)));
    expect(mails.some((m) => m.text.includes(sent.caseNumber) && m.subject.includes("Under kontroll"))).toBe(
      true,
    );
  });
});

describe("screening", () => {
  it("returns a case with the steps to change, lets the applicant change only those, and takes it back as version 2", async () => {
    const sent = await caseInScreening();
    const missing = await returnApplication(database.db, {
      applicationId: sent.applicationId,
      actor: adviser,
      now: new Date(),
      mail,
      checklist: {},
      reason: "",
      sections: [],
    });
    expect(missing).toMatchObject({
      ok: false,
      reason: "screening.problem.reason-required",
      fields: {
        reason: "screening.problem.reason-required",
        sections: "screening.problem.sections-required",
      },
    });
    const returned = await returnApplication(database.db, {
      applicationId: sent.applicationId,
      actor: adviser,
      now: new Date(),
      mail,
      checklist: {},
      reason: "Please describe the second gathering.",
      sections: ["activities", "not-a-step"],
    });
    expect(returned).toMatchObject({ ok: true, value: { to: "returned" } });
    const access = (await findCaseAccess(database.db, sent.applicationId, sent.applicant))!;
    expect(editableSections(access)).toEqual(["activities"]);
    expect(mayDo(access, "resubmit")).toBe(true);

    const row = await stateOf(sent.applicationId);
    const form = row.form as ApplicationForm;
    const activities = {
      items: [
        ...(form.activities?.items ?? []),
        { title: "Second gathering in Kirkenes", place: "Kirkenes" },
      ],
    };
    const saved = await saveSection(database.db, {
      applicationId: sent.applicationId,
      section: "activities",
      by: sent.applicant,
      values: activities,
      baseRevision: row.revision,
      baseValues: form.activities,
    });
    expect(saved.ok).toBe(true);
    const again = await submitApplication(database.db, {
      applicationId: sent.applicationId,
      user: { id: sent.userId },
      idempotencyKey: crypto.randomUUID(),
      now: new Date(),
      mail,
    });
    expect(again).toMatchObject({ ok: true, value: { caseNumber: sent.caseNumber, version: 2 } });
    const after = await stateOf(sent.applicationId);
    expect(after.status).toBe("submitted");
    expect(after.unlockedSections).toEqual([]);
    const versions = await database.db
      .select()
      .from(applicationVersions)
      .where(eq(applicationVersions.applicationId, sent.applicationId));
    expect(versions.map((v) => v.number).sort()).toEqual([1, 2]);
    const events = await listApplicationEvents(database.db, sent.applicationId);
    expect(events.map((e) => e.kind)).toEqual([
      "created",
      "submitted",
      "start_screening",
      "return_to_applicant",
      "resubmit",
    ]);
  });

  it("finds a case eligible only with the whole checklist ticked, and ineligible only with a reason", async () => {
    const sent = await caseInScreening();
    const base = {
      applicationId: sent.applicationId,
      actor: adviser,
      now: new Date(),
      mail,
      reason: "",
      sections: [],
    };
    expect(
      await markEligible(database.db, {
        ...base,
        checklist: { "applicant-registered": true },
      }),
    ).toMatchObject({ ok: false, why: "invalid", reason: "screening.problem.checklist-incomplete" });
    expect(await markIneligible(database.db, { ...base, checklist: {} })).toMatchObject({
      ok: false,
      fields: { reason: "screening.problem.reason-required" },
    });
    expect(
      await markEligible(database.db, {
        ...base,
        actor: otherAdviser,
        checklist: allTicked,
      }),
    ).toEqual(notFound()); // another office's case is not the adviser's to see
    expect(await markEligible(database.db, { ...base, checklist: allTicked })).toMatchObject({
      ok: true,
      value: { to: "in_assessment" },
    });
  });
});
