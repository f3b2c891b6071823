import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "#db/schema.ts";
import { databaseForTheseTests } from "#tests/database.ts";
import { hashAuditEntry } from "./hash-audit-entry.server.ts";
import { type AuditEntry, recordAuditEntry } from "./record-audit-entry.server.ts";
import { HASH_MISMATCH, LINK_MISMATCH, verifyAuditChain } from "./verify-audit-chain.server.ts";

let entries: AuditEntry[];
const database = databaseForTheseTests(async () => {
  entries = [];
  for (let i = 1; i <= 7; i++) {
    entries.push(
      await recordAuditEntry(database.db, {
        actor: { id: `u${i}`, label: `user:u${i}` },
        action: "grant.update",
        entityType: "grant",
        entityId: String(i),
        before: { amount: i * 1000, note: { b: 1, a: [1, 2] } },
        after: { amount: i * 2000, note: { a: [1, 2], b: 2 } },
      }),
    );
  }
});

/** What a database owner could do behind the application's back: switch the guard off, edit, switch it on. */
async function asOwner(statement: ReturnType<typeof sql>) {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await tx.execute(statement);
    await tx.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
  });
}

describe("verifyAuditChain", () => {
  it("accepts an intact chain, reading it in pages", async () => {
    expect(await verifyAuditChain(database.db, { pageSize: 3 })).toEqual({
      ok: true,
      checked: 7,
      head: { id: entries[6]!.id, hash: entries[6]!.hash },
    });
  });

  it("names an altered entry, and accepts the chain again once it is restored", async () => {
    const target = entries[3]!;
    await asOwner(sql`update audit_log set after = '{"amount": 1}' where id = ${target.id}`);
    const report = await verifyAuditChain(database.db, { pageSize: 2 });
    expect(report).toMatchObject({
      ok: false,
      checked: 3,
      firstBroken: { id: target.id, reason: HASH_MISMATCH },
    });
    await asOwner(
      sql`update audit_log set after = ${JSON.stringify(target.after)}::jsonb where id = ${target.id}`,
    );
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it("names the entry after one that was altered and re-hashed", async () => {
    const target = entries[2]!;
    const forged = hashAuditEntry({ ...target, actorLabel: "user:someone-else" });
    await asOwner(
      sql`update audit_log set actor_label = 'user:someone-else', hash = ${forged} where id = ${target.id}`,
    );
    expect(await verifyAuditChain(database.db)).toMatchObject({
      ok: false,
      firstBroken: { id: entries[3]!.id, reason: LINK_MISMATCH },
    });
    await asOwner(
      sql`update audit_log set actor_label = ${target.actorLabel}, hash = ${target.hash} where id = ${target.id}`,
    );
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it("names the entry after a removed one", async () => {
    const target = entries[1]!;
    await asOwner(sql`delete from audit_log where id = ${target.id}`);
    expect(await verifyAuditChain(database.db)).toMatchObject({
      ok: false,
      checked: 1,
      firstBroken: { id: entries[2]!.id, reason: LINK_MISMATCH },
    });
    await asOwner(
      sql`insert into audit_log select * from json_populate_record(null::audit_log, ${JSON.stringify(toRow(target))}::json)`,
    );
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it("names an entry slipped in with a valid hash but the wrong place in the chain", async () => {
    const forged = {
      at: new Date(),
      actorId: null,
      actorLabel: "user:intruder",
      action: "grant.update",
      entityType: "grant",
      entityId: "99",
      before: null,
      after: { amount: 1 },
      prevHash: entries[3]!.hash,
    };
    const [row] = await database.db
      .insert(auditLog)
      .values({ ...forged, hash: hashAuditEntry(forged) })
      .returning({ id: auditLog.id });
    expect(await verifyAuditChain(database.db)).toEqual({
      ok: false,
      checked: 7,
      firstBroken: { id: row!.id, reason: LINK_MISMATCH },
      head: { id: entries[6]!.id, hash: entries[6]!.hash },
    });
  });
});

function toRow(entry: AuditEntry) {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    actor_id: entry.actorId,
    actor_label: entry.actorLabel,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    before: entry.before,
    after: entry.after,
    prev_hash: entry.prevHash,
    hash: entry.hash,
  };
}
