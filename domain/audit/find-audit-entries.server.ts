import { and, count, desc, eq, gte, ilike, lte, type SQL } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { auditLog } from "#db/schema.ts";
import type { AuditEntry } from "./record-audit-entry.server.ts";

export interface AuditFilter {
  actorId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  /** Entries at or after this moment. */
  from?: Date;
  /** Entries at or before this moment (inclusive, so an end-of-day value covers that whole day). */
  to?: Date;
  /** Case-insensitive substring of the actor label. */
  actorText?: string;
  /** 1-based. */
  page?: number;
  /** 1..200, default 50. */
  pageSize?: number;
}

export const MAX_AUDIT_PAGE_SIZE = 200;

/** The audit log newest first, filtered and paged, with the number of matching entries. */
export async function findAuditEntries(
  q: Queryable,
  filter: AuditFilter = {},
): Promise<{ items: AuditEntry[]; total: number; page: number; pageSize: number }> {
  const pageSize = clampInteger(filter.pageSize, 1, MAX_AUDIT_PAGE_SIZE, 50);
  const page = clampInteger(filter.page, 1, Number.MAX_SAFE_INTEGER, 1);
  const conditions: SQL[] = [];
  if (filter.actorId) conditions.push(eq(auditLog.actorId, filter.actorId));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  if (filter.from) conditions.push(gte(auditLog.at, filter.from));
  if (filter.to) conditions.push(lte(auditLog.at, filter.to));
  if (filter.actorText) {
    // The user's % and _ are literal characters, not wildcards.
    const escaped = filter.actorText.replace(/[\\%_]/g, (c) => `\\${c}`);
    conditions.push(ilike(auditLog.actorLabel, `%${escaped}%`));
  }
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [totalRow] = await q.select({ n: count() }).from(auditLog).where(where);
  const items = await q
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { items, total: totalRow?.n ?? 0, page, pageSize };
}

function clampInteger(value: number | undefined, min: number, max: number, fallback: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}
