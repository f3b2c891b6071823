import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { applications, applicationVersions, calls, mailOutbox, programmes } from "#db/schema.ts";
import { findCaseAccess } from "#domain/access/case-access.server.ts";
import { mayDo } from "#domain/access/case-access.ts";
import { forbidden, notFound, refused } from "#domain/result.ts";
import { databaseForTheseTests, testBackend } from "#tests/database.ts";
import { listApplicationEvents } from "./application-events.server.ts";
import { saveSection } from "./save-section.server.ts";
import { submitApplication } from "./submit-application.server.ts";
import { completeForm, seedApplication } from "./testing/application-fixture.ts";
import { withdrawApplication } from "./withdraw-application.server.ts";

const database = databaseForTheseTests();

const mail = { smtpEnabled: false, baseUrl: "https://grants.example" };
const key = () => crypto.randomUUID();

/** The user sends the application, each time as a new submission (a fresh idempotency key). */
const sendAs = (sender: { applicationId: string; userId: string }, now = new Date()) =>
  submitApplication(database.db, {
    applicationId: sender.applicationId,
    user: { id: sender.userId },
    idempotencyKey: key(),
    now,
    mail,
  });

describe("submitting an application", () => {
  it("freezes it as sent, gives it a case number, records the history and writes the receipt", async () => {
    const now = new Date("2026-11-23T10:00:00Z");
    const fixture = await seedApplication(database.db, { now });
    const result = await sendAs(fixture, now);
    expect(result).toMatchObject({ ok: true, value: { repeated: false, version: 1 } });
    if (!result.ok) return;
    expect(result.value.caseNumber).toMatch(/^2026\/\d{5}$/);
    const [row] = await database.db
      .select()
      .from(applications)
      .where(eq(applications.id, fixture.applicationId));
    expect(row).toMatchObject({ status: "submitted", caseNumber: result.value.caseNumber });
    const [version] = await database.db
      .select()
      .from(applicationVersions)
      .where(eq(applicationVersions.applicationId, fixture.applicationId));
    expect(version?.content).toMatchObject({ form: { project: { priorityArea: "culture-sport" } } });
    expect((version!.eligibility as { outcome: string }[]).some((r) => r.outcome === "fail")).toBe(false);
    const events = await listApplicationEvents(database.db, fixture.applicationId);
    expect(events.map((e) => e.kind)).toEqual(["created", "submitted"]);
    const receipts = await database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.template, "application-received"));
    const mine = receipts.filter((m) => m.text.includes(result.value.caseNumber));
    // The sender and the contact person (a different address) each get one.
    expect(mine.map((m) => m.recipient).sort()).toEqual(
      [expect.stringMatching(/^kari-/), "kari@example.org"].sort(),
    );
    expect(mine[0]?.text).toContain("/applications/");
    // Sent is sent: no more edits, and the database refuses to change the version.
    const save = await saveSection(database.db, {
      applicationId: fixture.applicationId,
      section: "financing",
      by: { id: fixture.userId, role: "applicant", officeId: null },
      values: { requested: "1" },
      baseRevision: row!.revision,
      baseValues: {},
    });
    expect(save).toEqual(refused("application.error.notDraft"));
    await expect(
      database.db.execute(sql`update application_version set case_number = 'x' where id = ${version!.id}`),
    ).rejects.toThrow();
  });

  it("is idempotent: a double click or a retry with the same key is one submission", async () => {
    const fixture = await seedApplication(database.db);
    const idempotencyKey = key();
    const input = {
      applicationId: fixture.applicationId,
      user: { id: fixture.userId },
      idempotencyKey,
      now: new Date(),
      mail,
    };
    const [first, second] = await Promise.all([
      submitApplication(database.db, input),
      submitApplication(database.db, input),
    ]);
    const third = await submitApplication(database.db, input);
    expect(first.ok && second.ok && third.ok).toBe(true);
    if (!first.ok || !second.ok || !third.ok) return;
    expect(new Set([first.value.caseNumber, second.value.caseNumber, third.value.caseNumber]).size).toBe(1);
    expect([first.value.repeated, second.value.repeated].sort()).toEqual([false, true]);
    const versions = await database.db
      .select()
      .from(applicationVersions)
      .where(eq(applicationVersions.applicationId, fixture.applicationId));
    expect(versions).toHaveLength(1);
    // A new key on a sent application is told it was sent, with its number.
    const again = await submitApplication(database.db, { ...input, idempotencyKey: key() });
    expect(again).toEqual(
      refused("application.submit.alreadySent", { params: { caseNumber: first.value.caseNumber } }),
    );
  });

  it(`numbers concurrent submissions without gaps or duplicates (${testBackend})`, async () => {
    const fixtures = [];
    for (let i = 0; i < 12; i += 1) fixtures.push(await seedApplication(database.db));
    const results = await Promise.all(fixtures.map((f) => sendAs(f)));
    const numbers = results
      .map((r) => (r.ok ? Number(r.value.caseNumber.split("/")[1]) : -1))
      .sort((a, b) => a - b);
    expect(numbers.includes(-1)).toBe(false);
    for (let i = 1; i < numbers.length; i += 1) expect(numbers[i]).toBe(numbers[i - 1]! + 1);
  });

  it("refuses an application that breaks a rule, and says which, using no case number", async () => {
    const fixture = await seedApplication(database.db);
    const form = completeForm(new Date());
    form.financing = { ...form.financing, requested: "78000", ownFunds: "2000" };
    await database.db.update(applications).set({ form }).where(eq(applications.id, fixture.applicationId));
    const before = await database.db.execute(
      sql`select coalesce(max(last), 0) as last from case_number_counter`,
    );
    const result = await sendAs(fixture);
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ reason: "application.submit.notEligible" });
    if (result.ok || result.kind !== "refused") throw new Error("expected a refusal");
    expect(String(result.params?.rules).split(", ")).toContain("funding-share");
    const after = await database.db.execute(
      sql`select coalesce(max(last), 0) as last from case_number_counter`,
    );
    expect((after as unknown as { rows: unknown[] }).rows).toEqual(
      (before as unknown as { rows: unknown[] }).rows,
    );
    const [row] = await database.db
      .select()
      .from(applications)
      .where(eq(applications.id, fixture.applicationId));
    expect(row?.status).toBe("draft");
  });

  it("accepts the deadline second itself and refuses one second after it", async () => {
    const closesAt = new Date("2027-03-01T22:59:59Z"); // 23:59:59 in Oslo
    await seedApplication(database.db); // programme exists
    await database.db.insert(calls).values({
      id: "deadline-2027-03",
      programmeId: "no-ru-regular",
      title: { nb: "Frist", en: "Deadline", ru: "Срок" },
      kind: "deadline",
      opensAt: new Date("2026-01-01T00:00:00Z"),
      closesAt,
      budgetNok: 1_000_000,
    });
    // Drafted ten days before the deadline, so the project still starts after it.
    const now = new Date("2027-02-19T10:00:00Z");
    const late = await seedApplication(database.db, { callId: "deadline-2027-03", now });
    const onTime = await seedApplication(database.db, { callId: "deadline-2027-03", now });
    expect(await sendAs(late, new Date(closesAt.getTime() + 1000))).toEqual(
      refused("application.submit.callClosed", { params: { date: closesAt.toISOString() } }),
    );
    expect((await sendAs(onTime, closesAt)).ok).toBe(true);
  });

  it("is blocked while the organisation has an overdue final report, and says which case", async () => {
    const fixture = await seedApplication(database.db);
    const earlier = await seedApplication(database.db);
    await database.db
      .update(applications)
      .set({
        organizationId: fixture.organisationId,
        status: "submitted",
        caseNumber: "2024/00042",
        reportDueAt: new Date(Date.now() - 86_400_000),
      })
      .where(eq(applications.id, earlier.applicationId));
    const input = {
      applicationId: fixture.applicationId,
      user: { id: fixture.userId },
      idempotencyKey: key(),
      now: new Date(),
      mail,
    };
    expect(await submitApplication(database.db, input)).toEqual(
      refused("application.submit.reportOverdue", { params: { cases: "2024/00042" } }),
    );
    await database.db
      .update(applications)
      .set({ reportApprovedAt: new Date() })
      .where(eq(applications.id, earlier.applicationId));
    expect((await submitApplication(database.db, input)).ok).toBe(true);
  });

  it("keeps the rules in force when it was sent: a later change to the programme changes nothing sent", async () => {
    const fixture = await seedApplication(database.db, { programmeId: "no-se-fi-2024" });
    const result = await sendAs(fixture);
    // (The fixture's Russian partner is wrong for the Nordic programme: refused, nothing frozen.)
    expect(result.ok).toBe(false);
    const good = await seedApplication(database.db);
    const sent = await sendAs(good);
    expect(sent.ok).toBe(true);
    const [programme] = await database.db.select().from(programmes).where(eq(programmes.id, "no-ru-regular"));
    const changed = structuredClone(programme!.rules) as { funding: { maxSharePercent: number } };
    changed.funding.maxSharePercent = 50;
    await database.db.update(programmes).set({ rules: changed }).where(eq(programmes.id, "no-ru-regular"));
    const [version] = await database.db
      .select()
      .from(applicationVersions)
      .where(eq(applicationVersions.applicationId, good.applicationId));
    expect(
      (version!.programmeRules as { funding: { maxSharePercent: number } }).funding.maxSharePercent,
    ).toBe(70);
    (programme!.rules as { funding: { maxSharePercent: number } }).funding.maxSharePercent = 70;
    await database.db
      .update(programmes)
      .set({ rules: programme!.rules })
      .where(eq(programmes.id, "no-ru-regular"));
  });

  it("can be withdrawn once sent, by the applicant, and the history says so", async () => {
    const fixture = await seedApplication(database.db);
    const applicant = { id: fixture.userId, role: "applicant" as const, officeId: null };
    const withdraw = () =>
      withdrawApplication(database.db, {
        applicationId: fixture.applicationId,
        user: applicant,
        now: new Date(),
        mail,
      });
    expect(await withdraw()).toMatchObject({
      ok: false,
      kind: "refused",
      reason: "case.refused.illegal-transition",
      params: { state: { message: "case.state.draft" } },
    });
    await sendAs(fixture);
    const access = await findCaseAccess(database.db, fixture.applicationId, applicant);
    expect(access && mayDo(access, "withdraw")).toBe(true);
    expect(await withdraw()).toMatchObject({ ok: true, value: { from: "submitted", to: "withdrawn" } });
    const events = await listApplicationEvents(database.db, fixture.applicationId);
    expect(events.map((e) => e.kind)).toEqual(["created", "submitted", "withdraw"]);
  });
});

describe("who may change and send a draft", () => {
  it("refuses a save and a sending by someone outside the applying organisation, writing nothing", async () => {
    const fixture = await seedApplication(database.db);
    const other = await seedApplication(database.db);
    const outsider = { id: other.userId, role: "applicant" as const, officeId: null };
    const [before] = await database.db
      .select()
      .from(applications)
      .where(eq(applications.id, fixture.applicationId));
    // Even a route that forgot to ask is refused by the operation itself.
    expect(
      await saveSection(database.db, {
        applicationId: fixture.applicationId,
        section: "financing",
        by: outsider,
        values: { requested: "1" },
        baseRevision: before!.revision,
        baseValues: {},
      }),
    ).toEqual(forbidden());
    // As an unknown id: the draft does not exist for them.
    expect(await sendAs({ applicationId: fixture.applicationId, userId: other.userId })).toEqual(notFound());
    const [after] = await database.db
      .select()
      .from(applications)
      .where(eq(applications.id, fixture.applicationId));
    expect(after).toMatchObject({ status: "draft", revision: before!.revision, caseNumber: null });
  });
});

describe("saving a step of the draft", () => {
  it("refuses a stale save that would overwrite someone else's change, naming the field and its new value", async () => {
    const fixture = await seedApplication(database.db);
    const [row] = await database.db
      .select()
      .from(applications)
      .where(eq(applications.id, fixture.applicationId));
    const base = { revision: row!.revision, values: (row!.form as { financing: object }).financing };
    // The applicant saves the financing step from the page as it was loaded.
    const saveFinancing = (values: object, loaded: { revision: number; values: unknown }) =>
      saveSection(database.db, {
        applicationId: fixture.applicationId,
        section: "financing",
        by: { id: fixture.userId, role: "applicant", officeId: null },
        values,
        baseRevision: loaded.revision,
        baseValues: loaded.values,
      });
    // Ingrid saves first, changing own funds.
    const ingrid = await saveFinancing({ ...base.values, ownFunds: "15000" }, base);
    expect(ingrid.ok).toBe(true);
    // Kari, still on the old page, changes the requested amount and saves.
    const kari = await saveFinancing({ ...base.values, requested: "65000" }, base);
    expect(kari).toMatchObject({
      ok: false,
      kind: "conflict",
      details: { fields: [{ path: "ownFunds", theirs: "15000" }] },
    });
    // Kari chooses to keep hers, now based on what is stored: saved.
    if (kari.ok || kari.kind !== "conflict") return;
    const again = await saveFinancing(
      { ...base.values, requested: "65000" },
      { revision: kari.details.revision, values: kari.details.current },
    );
    expect(again.ok).toBe(true);
    // A save of another step by an older page is no conflict: it writes only its own step.
    const other = await saveSection(database.db, {
      applicationId: fixture.applicationId,
      section: "applicant",
      by: { id: fixture.userId, role: "applicant", officeId: null },
      values: { contactName: "Ola" },
      baseRevision: base.revision,
      baseValues: {
        contactName: "Kari Nordmann",
        contactEmail: "kari@example.org",
        contactPhone: "+47 912 34 567",
      },
    });
    expect(other.ok).toBe(true);
  });
});
