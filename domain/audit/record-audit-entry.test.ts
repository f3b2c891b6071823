import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "#db/schema.ts";
import { databaseForTheseTests } from "#tests/database.ts";
import { GENESIS_HASH } from "./hash-audit-entry.server.ts";
import { recordAuditEntry } from "./record-audit-entry.server.ts";
import { REDACTED } from "./redact-audit-value.ts";
import { verifyAuditChain } from "./verify-audit-chain.server.ts";

const database = databaseForTheseTests();

const actor = { id: "u1", label: "user:u1" };

describe("recordAuditEntry", () => {
  it("grows a chain that starts at the genesis hash and verifies", async () => {
    const first = await recordAuditEntry(database.db, {
      actor,
      action: "a.create",
      entityType: "a",
      entityId: "1",
    });
    const second = await recordAuditEntry(database.db, {
      actor: { id: null, label: "system" },
      action: "a.update",
      entityType: "a",
      entityId: "1",
      before: { name: "Old", locale: "nb", passwordHash: "h1" },
      after: { name: "New", locale: "nb", passwordHash: "h2" },
      at: new Date("2025-06-01T12:00:00.123Z"),
    });
    expect(first.prevHash).toBe(GENESIS_HASH);
    expect(second.prevHash).toBe(first.hash);
    expect(second.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(second.at.toISOString()).toBe("2025-06-01T12:00:00.123Z");
    expect(second.before).toEqual({ name: "Old", passwordHash: REDACTED });
    expect(second.after).toEqual({ name: "New", passwordHash: REDACTED });
    const report = await verifyAuditChain(database.db);
    expect(report).toMatchObject({ ok: true, checked: 2, head: { id: second.id, hash: second.hash } });
  });

  it("writes inside the caller's transaction and disappears with its rollback", async () => {
    const countBefore = await countEntries();
    await expect(
      database.db.transaction(async (tx) => {
        await recordAuditEntry(tx, { actor, action: "b.create", entityType: "b", entityId: "9" });
        throw new Error("the audited change failed");
      }),
    ).rejects.toThrow("the audited change failed");
    expect(await countEntries()).toBe(countBefore);
    await database.db.transaction(async (tx) => {
      await recordAuditEntry(tx, { actor, action: "b.create", entityType: "b", entityId: "9" });
      await recordAuditEntry(tx, { actor, action: "b.update", entityType: "b", entityId: "9" });
    });
    expect(await countEntries()).toBe(countBefore + 2);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it("refuses a transaction whose snapshot could miss the newest entry", async () => {
    await expect(
      database.db.transaction(
        (tx) => recordAuditEntry(tx, { actor, action: "c", entityType: "c", entityId: "1" }),
        { isolationLevel: "repeatable read" },
      ),
    ).rejects.toThrow(/read committed/);
  });

  it("keeps a single chain when 50 writers append at once", async () => {
    const countBefore = await countEntries();
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        recordAuditEntry(database.db, { actor, action: "concurrent", entityType: "n", entityId: String(i) }),
      ),
    );
    expect(await countEntries()).toBe(countBefore + 50);
    const report = await verifyAuditChain(database.db);
    expect(report).toMatchObject({ ok: true, checked: countBefore + 50 });
    const rows = await database.db.select({ prevHash: auditLog.prevHash }).from(auditLog);
    expect(new Set(rows.map((r) => r.prevHash)).size).toBe(rows.length);
  });

  it("is append-only: the database refuses UPDATE, DELETE and TRUNCATE", async () => {
    expect(await refusal(sql`update audit_log set action = 'x'`)).toMatch(/append-only \(UPDATE refused\)/);
    expect(await refusal(sql`delete from audit_log`)).toMatch(/append-only \(DELETE refused\)/);
    expect(await refusal(sql`truncate audit_log`)).toMatch(/append-only \(TRUNCATE refused\)/);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });
});

/** The database's own message; Drizzle wraps it in an error that only names the query. */
async function refusal(statement: ReturnType<typeof sql>): Promise<string> {
  try {
    await database.db.execute(statement);
  } catch (error) {
    return String((error as Error & { cause?: Error }).cause?.message ?? (error as Error).message);
  }
  return "not refused";
}

async function countEntries(): Promise<number> {
  const rows = await database.db.select({ id: auditLog.id }).from(auditLog);
  return rows.length;
}
