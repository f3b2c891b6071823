import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { notifications } from "#db/schema.ts";

/**
 * Marks one of the person's own notifications as read. Someone else's id, or an unknown one, finds
 * nothing and changes nothing (false); one already read stays read as it was (true).
 */
export async function markNotificationRead(
  q: Queryable,
  userId: string,
  notificationId: string,
  now: Date,
): Promise<boolean> {
  const [own] = await q
    .select({ id: notifications.id, readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, notificationId), eq(notifications.userId, userId)));
  if (!own) return false;
  if (own.readAt) return true;
  await q
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.id, notificationId), eq(notifications.userId, userId)));
  return true;
}

/** Marks all the person's unread notifications as read; returns how many were unread. */
export async function markAllNotificationsRead(q: Queryable, userId: string, now: Date): Promise<number> {
  const marked = await q
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return marked.length;
}
