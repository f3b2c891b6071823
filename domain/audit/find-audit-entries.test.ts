import { describe, expect, it } from "vitest";
import { databaseForTheseTests } from "#tests/database.ts";
import { findAuditEntries } from "./find-audit-entries.server.ts";
import { recordAuditEntry } from "./record-audit-entry.server.ts";

const database = databaseForTheseTests(async () => {
  const day = (d: number, h = 12) => new Date(Date.UTC(2025, 2, d, h));
  const rows = [
    {
      actor: { id: "u1", label: "user:u1" },
      action: "user.create",
      entityType: "user",
      entityId: "u7",
      at: day(1),
    },
    {
      actor: { id: "u1", label: "user:u1" },
      action: "user.change-role",
      entityType: "user",
      entityId: "u7",
      at: day(2),
    },
    {
      actor: { id: "u2", label: "user:u2" },
      action: "grant.approve",
      entityType: "grant",
      entityId: "g1",
      at: day(3),
    },
    {
      actor: { id: null, label: "demo-seed" },
      action: "programme.create",
      entityType: "programme",
      entityId: "p1",
      at: day(3, 23),
    },
    {
      actor: { id: null, label: "100%_done" },
      action: "programme.create",
      entityType: "programme",
      entityId: "p2",
      at: day(5),
    },
  ];
  for (const row of rows) await recordAuditEntry(database.db, row);
});

const ids = (result: { items: { entityId: string }[] }) => result.items.map((e) => e.entityId);

describe("findAuditEntries", () => {
  it("lists everything newest first", async () => {
    const result = await findAuditEntries(database.db);
    expect(result.total).toBe(5);
    expect(ids(result)).toEqual(["p2", "p1", "g1", "u7", "u7"]);
  });

  it("filters by actor, action, entity type and entity id", async () => {
    expect((await findAuditEntries(database.db, { actorId: "u1" })).total).toBe(2);
    expect(ids(await findAuditEntries(database.db, { action: "grant.approve" }))).toEqual(["g1"]);
    expect(ids(await findAuditEntries(database.db, { entityType: "programme" }))).toEqual(["p2", "p1"]);
    expect((await findAuditEntries(database.db, { entityType: "user", entityId: "u7" })).total).toBe(2);
    expect((await findAuditEntries(database.db, { entityType: "user", entityId: "g1" })).total).toBe(0);
  });

  it("filters by a date range that includes both ends", async () => {
    const result = await findAuditEntries(database.db, {
      from: new Date("2025-03-02T00:00:00Z"),
      to: new Date("2025-03-03T23:59:59.999Z"),
    });
    expect(ids(result)).toEqual(["p1", "g1", "u7"]);
  });

  it("matches the actor label case-insensitively, with % and _ taken literally", async () => {
    expect(ids(await findAuditEntries(database.db, { actorText: "DEMO" }))).toEqual(["p1"]);
    expect(ids(await findAuditEntries(database.db, { actorText: "%_" }))).toEqual(["p2"]);
    expect((await findAuditEntries(database.db, { actorText: "user:" })).total).toBe(3);
  });

  it("pages, keeping the page size within 1..200", async () => {
    const second = await findAuditEntries(database.db, { page: 2, pageSize: 2 });
    expect(second).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(ids(second)).toEqual(["g1", "u7"]);
    expect((await findAuditEntries(database.db, { page: 9, pageSize: 2 })).items).toEqual([]);
    expect((await findAuditEntries(database.db, { pageSize: 0 })).pageSize).toBe(1);
    expect((await findAuditEntries(database.db, { pageSize: 5000 })).pageSize).toBe(200);
    expect((await findAuditEntries(database.db, { page: -3, pageSize: Number.NaN })).page).toBe(1);
  });
});
