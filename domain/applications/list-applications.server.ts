import { desc, eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { applications, calls, organizations } from "#db/schema.ts";
import { caseTieCondition } from "#domain/access/case-access.server.ts";
import type { ApplicationForm } from "./application-form.ts";

/**
 * The applications a person works on: their organisations' and those they accepted an invitation
 * to as a partner (the access rules' tie, domain/access).
 */
export async function listMyApplications(q: Queryable, userId: string) {
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
    .where(caseTieCondition(userId))
    .orderBy(desc(applications.updatedAt))
    .limit(500);
  return rows.map((row) => ({ ...row, form: row.form as ApplicationForm }));
}
