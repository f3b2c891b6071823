import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { notifications } from "#db/schema.ts";

export interface NotificationRow {
  id: string;
  kind: string;
  applicationId: string | null;
  params: Record<string, unknown>;
  createdAt: Date;
  readAt: Date | null;
}

/** A person's newest notifications (only ever their own), newest first. */
export async function listNotifications(
  q: Queryable,
  userId: string,
  limit = 50,
): Promise<NotificationRow[]> {
  const rows = await q
    .select({
      id: notifications.id,
      kind: notifications.kind,
      applicationId: notifications.applicationId,
      params: notifications.params,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
  return rows.map((row) => ({
    ...row,
    params: row.params && typeof row.params === "object" ? (row.params as Record<string, unknown>) : {},
  }));
}

/** How many of the person's notifications are unread (the header's count). */
export async function countUnreadNotifications(q: Queryable, userId: string): Promise<number> {
  const [row] = await q
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}
