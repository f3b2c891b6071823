import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { applications, auditLog, calls, organizations, programmes, users } from "#db/schema.ts";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import { databaseForTheseTests, testBackend } from "#tests/database.ts";
import type { CallInput } from "./call-input.ts";
import { createCall } from "./create-call.server.ts";
import {
  findPublishedCall,
  listAllCalls,
  listOpenCalls,
  listOpenCallsOfProgramme,
} from "./find-calls.server.ts";
import { updateCall } from "./update-call.server.ts";

const actor = { id: null, label: "user:manager" };
const database = databaseForTheseTests(async () => {
  await database.db.insert(programmes).values(programmeSeeds);
  await database.db.insert(users).values({ id: "u1", name: "Ingrid", email: "i@example.org" });
  await database.db.insert(organizations).values({ id: "o1", name: "Org", slug: "org" });
});

const spring: CallInput = {
  title: { nb: "Vår", en: "Spring", ru: "Весна" },
  kind: "deadline",
  opensAt: new Date("2026-10-01T22:00:00Z"),
  closesAt: new Date("2027-03-01T22:59:59.999Z"),
  budgetNok: 8_000_000,
};

describe(`creating and editing calls (${testBackend})`, () => {
  it("names a call after its programme and deadline, a second one with a suffix, and audits both", async () => {
    const first = await createCall(database.db, actor, "no-ru-regular", spring);
    const second = await createCall(database.db, actor, "no-ru-regular", spring);
    const continuous = await createCall(database.db, actor, "no-se-fi-2024", {
      ...spring,
      kind: "continuous",
      closesAt: null,
    });
    expect(first).toEqual({ ok: true, value: "no-ru-regular-2027-03-01" });
    expect(second).toEqual({ ok: true, value: "no-ru-regular-2027-03-01-2" });
    expect(continuous).toEqual({ ok: true, value: "no-se-fi-2024-continuous-2026-10-02" });
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "call.create"), eq(auditLog.entityId, "no-ru-regular-2027-03-01")));
    expect(entry?.after).toMatchObject({
      programmeId: "no-ru-regular",
      closesAt: "2027-03-01T22:59:59.999Z",
      budgetNok: 8_000_000,
    });
    expect(await createCall(database.db, actor, "no-such-programme", spring)).toMatchObject({
      ok: false,
      kind: "refused",
      reason: "manage.call.error.unknownProgramme",
    });
    expect((await listAllCalls(database.db)).map((c) => c.id)).toContain("no-ru-regular-2027-03-01-2");
  });

  it("edits a call and records what changed, before and after", async () => {
    const result = await updateCall(database.db, actor, "no-ru-regular-2027-03-01-2", {
      ...spring,
      budgetNok: 9_000_000,
      title: { ...spring.title, en: "Spring round" },
    });
    expect(result).toMatchObject({ ok: true });
    const [row] = await database.db.select().from(calls).where(eq(calls.id, "no-ru-regular-2027-03-01-2"));
    expect(row).toMatchObject({ budgetNok: 9_000_000, title: { en: "Spring round" } });
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "call.update"), eq(auditLog.entityId, "no-ru-regular-2027-03-01-2")));
    expect(entry?.before).toEqual({ budgetNok: 8_000_000, title: spring.title });
    expect(entry?.after).toEqual({ budgetNok: 9_000_000, title: { ...spring.title, en: "Spring round" } });
    expect(await updateCall(database.db, actor, "nope", spring)).toEqual({ ok: false, kind: "not-found" });
  });

  it("keeps the window around the applications already sent; drafts do not count", async () => {
    const callId = "no-ru-regular-2027-03-01";
    const sentAt = new Date("2026-11-15T10:00:00Z");
    const base = { organizationId: "o1", callId, programmeId: "no-ru-regular", createdBy: "u1" };
    await database.db.insert(applications).values([
      { id: "a-sent", ...base, status: "submitted", submittedAt: sentAt, caseNumber: "2026/00001" },
      { id: "a-draft", ...base, status: "draft" },
    ]);
    const later = await updateCall(database.db, actor, callId, {
      ...spring,
      opensAt: new Date("2026-12-01T00:00:00Z"),
    });
    expect(later).toMatchObject({
      ok: false,
      reason: "manage.call.error.opensAfterSent",
      params: { date: sentAt.toISOString() },
      fields: { opensDate: "manage.call.error.opensAfterSent" },
    });
    const earlyClose = await updateCall(database.db, actor, callId, {
      ...spring,
      closesAt: new Date("2026-11-01T00:00:00Z"),
    });
    expect(earlyClose).toMatchObject({
      ok: false,
      reason: "manage.call.error.closesBeforeSent",
      params: { date: sentAt.toISOString() },
      fields: { closesDate: "manage.call.error.closesBeforeSent" },
    });
    const [row] = await database.db.select().from(calls).where(eq(calls.id, callId));
    expect(row?.opensAt).toEqual(spring.opensAt);
    expect(row?.closesAt).toEqual(spring.closesAt);
    // Opening or closing at the very moment it was sent is fine, and so is anything else about the call.
    expect(
      await updateCall(database.db, actor, callId, {
        ...spring,
        opensAt: sentAt,
        closesAt: sentAt,
        budgetNok: 1,
      }),
    ).toMatchObject({ ok: true });
  });

  it("lists the calls open at a moment, and shows the public only calls that have opened", async () => {
    const before = new Date("2026-10-01T21:59:59Z");
    const during = new Date("2027-01-10T12:00:00Z");
    expect((await listOpenCallsOfProgramme(database.db, "no-ru-regular", during)).map((c) => c.id)).toEqual([
      "no-ru-regular-2027-03-01-2",
    ]);
    expect((await listOpenCalls(database.db, during)).map((c) => c.id)).toEqual([
      "no-ru-regular-2027-03-01-2",
      "no-se-fi-2024-continuous-2026-10-02",
    ]);
    expect(await findPublishedCall(database.db, "no-ru-regular-2027-03-01-2", before)).toBeNull();
    expect((await findPublishedCall(database.db, "no-ru-regular-2027-03-01-2", during))?.id).toBe(
      "no-ru-regular-2027-03-01-2",
    );
    // A closed call can still be read about; a call of a closed programme cannot.
    const afterDeadline = new Date("2027-06-01T00:00:00Z");
    expect(await findPublishedCall(database.db, "no-ru-regular-2027-03-01-2", afterDeadline)).not.toBeNull();
    await database.db.update(programmes).set({ active: false }).where(eq(programmes.id, "no-ru-regular"));
    expect(await findPublishedCall(database.db, "no-ru-regular-2027-03-01-2", during)).toBeNull();
    await database.db.update(programmes).set({ active: true }).where(eq(programmes.id, "no-ru-regular"));
  });
});
