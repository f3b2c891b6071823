import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { applications, auditLog, notifications } from "#db/schema.ts";
import type { Person } from "#domain/access/case-scope.ts";
import { forbidden, notFound } from "#domain/result.ts";
import { databaseForTheseTests } from "#tests/database.ts";
import { assignCase, listAssignees } from "./assign-case.server.ts";
import { insertStaff, seedCase } from "./testing/case-fixtures.ts";

let adviser: Person;
let colleague: Person;
let otherOffice: Person;
let manager: Person;
let board: Person;
const now = new Date();

const database = databaseForTheseTests(async () => {
  const db = database.db;
  adviser = { id: await insertStaff(db, "adviser", "kirkenes"), role: "adviser", officeId: "kirkenes" };
  colleague = { id: await insertStaff(db, "adviser", "kirkenes"), role: "adviser", officeId: "kirkenes" };
  otherOffice = { id: await insertStaff(db, "adviser", "murmansk"), role: "adviser", officeId: "murmansk" };
  manager = { id: await insertStaff(db, "programme_manager"), role: "programme_manager", officeId: null };
  board = { id: await insertStaff(db, "board_member"), role: "board_member", officeId: null };
});

async function caseRow(id: string) {
  const [row] = await database.db.select().from(applications).where(eq(applications.id, id));
  return row!;
}

describe("assigning a case", () => {
  it("lets an adviser take a case of their office, with an audit entry and no note to themself", async () => {
    const c = await seedCase(database.db, {}, now);
    const result = await assignCase(database.db, {
      applicationId: c.id,
      actor: adviser,
      officeId: "kirkenes",
      adviserId: adviser.id,
      now,
    });
    expect(result).toEqual({ ok: true, value: { changed: true } });
    expect(await caseRow(c.id)).toMatchObject({ assignedAdviserId: adviser.id, officeId: "kirkenes" });
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, c.id), eq(auditLog.action, "case.assign")));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: adviser.id,
      // The log keeps what changed: the office stayed.
      before: { assignedAdviserId: null },
      after: { assignedAdviserId: adviser.id },
    });
    expect(
      await database.db.select().from(notifications).where(eq(notifications.applicationId, c.id)),
    ).toEqual([]);
    // The same assignment again changes nothing and records nothing.
    expect(
      await assignCase(database.db, {
        applicationId: c.id,
        actor: adviser,
        officeId: "kirkenes",
        adviserId: adviser.id,
        now,
      }),
    ).toEqual({ ok: true, value: { changed: false } });
  });

  it("tells the newly assigned adviser in the app", async () => {
    const c = await seedCase(database.db, {}, now);
    await assignCase(database.db, {
      applicationId: c.id,
      actor: manager,
      officeId: "kirkenes",
      adviserId: colleague.id,
      now,
    });
    const notes = await database.db.select().from(notifications).where(eq(notifications.applicationId, c.id));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      userId: colleague.id,
      kind: "case.assigned",
      params: { caseNumber: c.caseNumber },
    });
  });

  it("refuses an adviser a case of another office as if it did not exist, and the board altogether", async () => {
    const c = await seedCase(database.db, {}, now);
    expect(
      await assignCase(database.db, {
        applicationId: c.id,
        actor: otherOffice,
        officeId: "kirkenes",
        adviserId: otherOffice.id,
        now,
      }),
    ).toEqual(notFound());
    expect(
      await assignCase(database.db, {
        applicationId: c.id,
        actor: board,
        officeId: "kirkenes",
        adviserId: null,
        now,
      }),
    ).toEqual(forbidden());
    expect((await caseRow(c.id)).assignedAdviserId).toBeNull();
  });

  it("refuses a closed or unknown office, an unknown adviser and an adviser of another office", async () => {
    const c = await seedCase(database.db, {}, now);
    const attempt = (officeId: string, adviserId: string | null) =>
      assignCase(database.db, { applicationId: c.id, actor: manager, officeId, adviserId, now });
    expect(await attempt("murmansk", null)).toMatchObject({
      reason: "workbench.assign.unknownOffice",
      fields: { officeId: "workbench.assign.unknownOffice" },
    });
    expect(await attempt("nowhere", null)).toMatchObject({
      reason: "workbench.assign.unknownOffice",
      fields: { officeId: "workbench.assign.unknownOffice" },
    });
    expect(await attempt("kirkenes", manager.id)).toMatchObject({
      reason: "workbench.assign.unknownAdviser",
      fields: { adviserId: "workbench.assign.unknownAdviser" },
    });
    expect(await attempt("kirkenes", crypto.randomUUID())).toMatchObject({
      reason: "workbench.assign.unknownAdviser",
      fields: { adviserId: "workbench.assign.unknownAdviser" },
    });
    expect(await attempt("kirkenes", otherOffice.id)).toMatchObject({
      reason: "workbench.assign.otherOffice",
      fields: { adviserId: "workbench.assign.otherOffice" },
    });
    expect(await caseRow(c.id)).toMatchObject({ assignedAdviserId: null, officeId: "kirkenes" });
  });

  it("refuses unknown ids and drafts", async () => {
    expect(
      await assignCase(database.db, {
        applicationId: crypto.randomUUID(),
        actor: manager,
        officeId: "kirkenes",
        adviserId: null,
        now,
      }),
    ).toEqual(notFound());
  });

  it("offers the open offices and the advisers who have an office", async () => {
    const assignees = await listAssignees(database.db);
    expect(assignees.offices.map((o) => o.id)).toEqual(["kirkenes"]);
    const ids = assignees.advisers.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining([adviser.id, colleague.id, otherOffice.id]));
    expect(ids).not.toContain(manager.id);
  });
});
