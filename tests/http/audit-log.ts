import { desc, eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { auditLog } from "#db/schema.ts";

/** The newest audit entry about a record (`entityId`) or by a person (`actorId`). */
export async function latestAuditEntry(db: Queryable, who: { entityId: string } | { actorId: string }) {
  const [entry] = await db
    .select()
    .from(auditLog)
    .where("entityId" in who ? eq(auditLog.entityId, who.entityId) : eq(auditLog.actorId, who.actorId))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return entry;
}
