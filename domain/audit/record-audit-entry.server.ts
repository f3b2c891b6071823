import { desc, is, sql } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import type { Queryable, Tx } from "#db/connection.ts";
import { auditLog } from "#db/schema.ts";
import { GENESIS_HASH, hashAuditEntry } from "./hash-audit-entry.server.ts";
import { summariseChange } from "./summarise-change.server.ts";

export type AuditEntry = typeof auditLog.$inferSelect;

export interface AuditActor {
  /** The user's id; null for the system (seeding, jobs, the CLI without a user). */
  id: string | null;
  /** How the actor is shown in the log. Use an id-based label (`user:<id>`), not a name or e-mail. */
  label: string;
}

/** A person as the log names them: by id, never by name or e-mail. */
export function userActor(userId: string): AuditActor {
  return { id: userId, label: `user:${userId}` };
}

export interface NewAuditEntry {
  actor: AuditActor;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  at?: Date;
}

/**
 * Every append takes this transaction-scoped advisory lock, so appends happen one at a time and each
 * sees the entry before it: two writers reading the same head would fork the chain.
 */
const AUDIT_CHAIN_LOCK = 4_170_926_551;

/**
 * Appends one entry to the hash-chained audit log. Pass the transaction that makes the audited
 * change, so the entry is written if and only if the change is; given the database itself, the entry
 * gets a transaction of its own. The lock is held until that transaction ends, so keep audited
 * transactions short. before/after are reduced to the changed fields, truncated and stripped of
 * credentials (see summariseChange).
 */
export async function recordAuditEntry(q: Queryable, entry: NewAuditEntry): Promise<AuditEntry> {
  if (is(q, PgTransaction)) return append(q as Tx, entry);
  return q.transaction((tx) => append(tx, entry), { isolationLevel: "read committed" });
}

async function append(tx: Tx, entry: NewAuditEntry): Promise<AuditEntry> {
  // Both drivers answer raw SQL with { rows }; Drizzle's generic result type cannot say so.
  const lock = (await tx.execute(
    sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK}), current_setting('transaction_isolation') as isolation`,
  )) as unknown as { rows: { isolation: string }[] };
  const isolation = lock.rows[0]?.isolation;
  // A snapshot taken before the lock was granted cannot see the head another writer just committed.
  if (isolation !== "read committed") {
    throw new Error(`recordAuditEntry needs a read committed transaction, not ${isolation}`);
  }
  const [head] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const { before, after } = summariseChange(entry.before, entry.after);
  const fields = {
    prevHash: head?.hash ?? GENESIS_HASH,
    at: entry.at ?? new Date(),
    actorId: entry.actor.id,
    actorLabel: entry.actor.label,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: before ?? null,
    after: after ?? null,
  };
  const [row] = await tx
    .insert(auditLog)
    .values({ ...fields, hash: hashAuditEntry(fields) })
    .returning();
  return row!;
}
