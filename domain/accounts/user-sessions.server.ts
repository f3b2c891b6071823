import { and, desc, eq, gt, ne } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { sessions } from "#db/schema.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";

// A person's sessions (devices), shown on their account page and revocable one by one. Session
// tokens never leave the server: sessions are named by id.

export async function listUserSessions(db: Db, userId: string) {
  return db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      updatedAt: sessions.updatedAt,
      expiresAt: sessions.expiresAt,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, new Date())))
    .orderBy(desc(sessions.updatedAt));
}

/** Revokes one of the user's own sessions; another user's session id changes nothing. */
export async function revokeUserSession(db: Db, userId: string, sessionId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(sessions)
      .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)))
      .returning({ id: sessions.id });
    if (removed.length === 0) return false;
    await recordAuditEntry(tx, {
      actor: { id: userId, label: `user:${userId}` },
      action: "session.revoke",
      entityType: "session",
      entityId: sessionId,
    });
    return true;
  });
}

export async function revokeOtherSessions(db: Db, userId: string, keepSessionId: string): Promise<number> {
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)))
      .returning({ id: sessions.id });
    if (removed.length > 0) {
      await recordAuditEntry(tx, {
        actor: { id: userId, label: `user:${userId}` },
        action: "session.revoke-others",
        entityType: "user",
        entityId: userId,
        after: { revoked: removed.length },
      });
    }
    return removed.length;
  });
}
