import { asc, gt } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { auditLog } from "#db/schema.ts";
import { GENESIS_HASH, hashAuditEntry } from "./hash-audit-entry.server.ts";

export interface AuditChainReport {
  ok: boolean;
  checked: number;
  firstBroken?: { id: number; reason: string };
  /** The newest entry. Kept outside the database (a printout, a ticket) it also reveals entries cut off the end, which a chain alone cannot. */
  head?: { id: number; hash: string };
}

export const HASH_MISMATCH = "hash mismatch: the entry was altered";
export const LINK_MISMATCH = "prevHash mismatch: an entry before it was removed or inserted";

/**
 * Recomputes every entry's hash in id order and checks that each points at the one before it. Reads
 * in pages so a long log never sits in memory. Stops at the first broken entry: everything after it
 * is unverifiable anyway.
 */
export async function verifyAuditChain(
  q: Queryable,
  options: { pageSize?: number } = {},
): Promise<AuditChainReport> {
  const pageSize = options.pageSize ?? 500;
  let expectedPrev = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  let head: AuditChainReport["head"];
  for (;;) {
    const page = await q
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, lastId))
      .orderBy(asc(auditLog.id))
      .limit(pageSize);
    for (const entry of page) {
      // Checked before the link, so an edited entry is named as altered rather than the next one
      // being named as out of place.
      if (hashAuditEntry(entry) !== entry.hash) {
        return { ok: false, checked, firstBroken: { id: entry.id, reason: HASH_MISMATCH }, head };
      }
      if (entry.prevHash !== expectedPrev) {
        return { ok: false, checked, firstBroken: { id: entry.id, reason: LINK_MISMATCH }, head };
      }
      checked++;
      expectedPrev = entry.hash;
      lastId = entry.id;
      head = { id: entry.id, hash: entry.hash };
    }
    if (page.length < pageSize) return { ok: true, checked, head };
  }
}
