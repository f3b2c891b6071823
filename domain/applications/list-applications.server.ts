import { and, desc, eq, inArray, or } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { applicationCollaborators, applications, calls, members, organizations } from "#db/schema.ts";
import type { ApplicationForm } from "./application-form.ts";

/** The applications a person works on: their organisations' and those they were invited to as a partner. */
export async function listMyApplications(q: Queryable, userId: string) {
  const memberOf = q.select({ id: members.organizationId }).from(members).where(eq(members.userId, userId));
  const invitedTo = q
    .select({ id: applicationCollaborators.applicationId })
    .from(applicationCollaborators)
    .where(and(eq(applicationCollaborators.userId, userId), eq(applicationCollaborators.status, "accepted")));
  const rows = await q
    .select({
      id: applications.id,
      status: applications.status,
      caseNumber: applications.caseNumber,
      form: applications.form,
      updatedAt: applications.updatedAt,
      callTitle: calls.title,
      organisationName: organizations.name,
    })
    .from(applications)
    .innerJoin(calls, eq(calls.id, applications.callId))
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .where(or(inArray(applications.organizationId, memberOf), inArray(applications.id, invitedTo)))
    .orderBy(desc(applications.updatedAt))
    .limit(500);
  return rows.map((row) => ({ ...row, form: row.form as ApplicationForm }));
}
