import { eq } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/pg-core";
import type { Queryable } from "#db/connection.ts";
import { applications, offices, organizations, programmes, users } from "#db/schema.ts";

// A case is shown with the names around it: the applying organisation, the programme, the adviser
// and the office. The case page, the workbench list and the meeting agenda read them with this one
// query start, so the joins (inner for what every case has, left for what it may lack) are written
// once and a new name for cases is added in one place.

/** The names a case is shown with; the adviser and the office are null until it is assigned. */
export const caseNames = {
  organisationName: organizations.name,
  programmeName: programmes.name,
  adviserName: users.name,
  officeName: offices.name,
};

/** Cases with `fields` and their names; the caller adds its own joins, conditions and order. */
export function selectCasesWithNames<T extends SelectedFields>(q: Queryable, fields: T) {
  return q
    .select({ ...fields, ...caseNames })
    .from(applications)
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .innerJoin(programmes, eq(programmes.id, applications.programmeId))
    .leftJoin(users, eq(users.id, applications.assignedAdviserId))
    .leftJoin(offices, eq(offices.id, applications.officeId))
    .$dynamic();
}
