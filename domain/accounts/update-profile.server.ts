import { eq } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { users } from "#db/schema.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";

/** Name and preferred language (the language of the person's e-mails). */
export async function updateProfile(db: Db, userId: string, change: { name: string; locale: Locale }) {
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ name: users.name, locale: users.locale })
      .from(users)
      .where(eq(users.id, userId));
    if (!before) throw new Error("user not found");
    await tx
      .update(users)
      .set({ ...change, updatedAt: new Date() })
      .where(eq(users.id, userId));
    await recordAuditEntry(tx, {
      actor: { id: userId, label: `user:${userId}` },
      action: "user.update-profile",
      entityType: "user",
      entityId: userId,
      before,
      after: change,
    });
  });
}
