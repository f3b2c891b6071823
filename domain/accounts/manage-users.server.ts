import { and, asc, count, eq, ilike, or, type SQL } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { offices, users } from "#db/schema.ts";
import { recordAuditEntry, userActor } from "#domain/audit/record-audit-entry.server.ts";
import { done, type Result, refused } from "#domain/result.ts";
import { officeRoles, type Role, roles } from "#vocabulary/vocabulary.ts";

export async function listUsers(
  db: Db,
  filter: { query?: string; role?: Role; page: number; pageSize: number },
) {
  const conditions: SQL[] = [];
  if (filter.query) {
    const pattern = `%${filter.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.email, pattern), ilike(users.name, pattern))!);
  }
  if (filter.role) conditions.push(eq(users.role, filter.role));
  const where = conditions.length ? and(...conditions) : undefined;
  const [total] = await db.select({ n: count() }).from(users).where(where);
  const items = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      officeId: users.officeId,
      emailVerified: users.emailVerified,
    })
    .from(users)
    .where(where)
    .orderBy(asc(users.email))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { items, total: total?.n ?? 0 };
}

// Every refusal is the request's fault (400): an administrator's own role is refused as a mistake in
// the form, not as a permission they lack.
const unknownUser = () => refused("admin.users.unknownUser", { why: "invalid" });

/**
 * Gives a user a role (and an office for advisers). An administrator cannot take the role from
 * themselves, so the installation never loses its last way in by accident.
 */
export async function changeUserRole(
  db: Db,
  actor: { id: string },
  change: { userId: string; role: Role; officeId: string | null },
): Promise<Result> {
  if (!roles.includes(change.role)) return unknownUser();
  const needsOffice = officeRoles.includes(change.role);
  if (needsOffice && !change.officeId) return refused("admin.users.officeRequired", { why: "invalid" });
  if (actor.id === change.userId && change.role !== "administrator")
    return refused("admin.users.ownRole", { why: "invalid" });
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ role: users.role, officeId: users.officeId })
      .from(users)
      .where(eq(users.id, change.userId));
    if (!before) return unknownUser();
    const officeId = needsOffice ? change.officeId : null;
    if (officeId) {
      const [office] = await tx.select({ id: offices.id }).from(offices).where(eq(offices.id, officeId));
      if (!office) return refused("form.invalid", { why: "invalid" });
    }
    await tx
      .update(users)
      .set({ role: change.role, officeId, updatedAt: new Date() })
      .where(eq(users.id, change.userId));
    await recordAuditEntry(tx, {
      actor: userActor(actor.id),
      action: "user.change-role",
      entityType: "user",
      entityId: change.userId,
      before,
      after: { role: change.role, officeId },
    });
    return done();
  });
}
