import { and, asc, eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { invitations, members, organizations, users } from "#db/schema.ts";

export async function listMyOrganisations(q: Queryable, userId: string) {
  return q
    .select({ id: organizations.id, name: organizations.name, role: members.role })
    .from(members)
    .innerJoin(organizations, eq(members.organizationId, organizations.id))
    .where(eq(members.userId, userId))
    .orderBy(asc(organizations.name));
}

/** The organisation as one of its members sees it; null when the user is not a member (or it does not exist). */
export async function findOrganisationForMember(q: Queryable, organisationId: string, userId: string) {
  const [membership] = await q
    .select({ role: members.role })
    .from(members)
    .where(and(eq(members.organizationId, organisationId), eq(members.userId, userId)));
  if (!membership) return null;
  const [organisation] = await q.select().from(organizations).where(eq(organizations.id, organisationId));
  if (!organisation) return null;
  const memberRows = await q
    .select({
      id: members.id,
      userId: members.userId,
      role: members.role,
      name: users.name,
      email: users.email,
    })
    .from(members)
    .innerJoin(users, eq(members.userId, users.id))
    .where(eq(members.organizationId, organisationId))
    .orderBy(asc(users.name));
  const pending = await q
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .where(and(eq(invitations.organizationId, organisationId), eq(invitations.status, "pending")));
  return { organisation, myRole: membership.role, members: memberRows, invitations: pending };
}

/** An invitation addressed to this user's e-mail address; anyone else's is not found. */
export async function findInvitationForUser(q: Queryable, invitationId: string, email: string) {
  const [row] = await q
    .select({
      id: invitations.id,
      status: invitations.status,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      email: invitations.email,
      organisationName: organizations.name,
      organisationId: organizations.id,
    })
    .from(invitations)
    .innerJoin(organizations, eq(invitations.organizationId, organizations.id))
    .where(eq(invitations.id, invitationId));
  if (!row || row.email.toLowerCase() !== email.toLowerCase()) return null;
  return row;
}
