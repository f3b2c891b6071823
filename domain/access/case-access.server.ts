import { and, eq, or, type SQL, sql } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import {
  type ApplicationRecord,
  applicationCollaborators,
  applications,
  members,
  users,
} from "#db/schema.ts";
import type { CaseAccess, CaseTie } from "./case-access.ts";
import type { Person } from "./case-scope.ts";

// The database side of the access rules (case-access.ts): the application row and the person's tie
// to it, read in one query. Nothing is judged here; the verdicts come from the pure rules.

/** A person's access to one application, with its row: what routes and operations hold. */
export type ApplicationAccess = CaseAccess<ApplicationRecord>;

/** The person is a member of the applying organisation. */
function memberOf(personId: string): SQL<boolean> {
  return sql<boolean>`exists (select 1 from ${members} where ${members.organizationId} = ${applications.organizationId} and ${members.userId} = ${personId})`;
}

/** Only a partner who accepted is tied; an open, declined or revoked invitation ties nobody. */
function acceptedCollaborator(personId: string): SQL {
  return and(
    eq(applicationCollaborators.applicationId, applications.id),
    eq(applicationCollaborators.userId, personId),
    eq(applicationCollaborators.status, "accepted"),
  ) as SQL;
}

/**
 * The applications this person is tied to (a member of the applying organisation, or a partner who
 * accepted an invitation), as a condition on the application table: the applicant's own list.
 * The same parts as the tie `findCaseAccess` reads.
 */
export function caseTieCondition(personId: string): SQL {
  return or(
    memberOf(personId),
    sql`exists (select 1 from ${applicationCollaborators} where ${acceptedCollaborator(personId)})`,
  ) as SQL;
}

function tieColumns(personId: string) {
  return {
    member: memberOf(personId),
    canComment: applicationCollaborators.canComment,
    editSections: applicationCollaborators.editSections,
  };
}

function tieOf(row: { member: boolean; canComment: boolean | null; editSections: string[] | null }): CaseTie {
  // Membership first: a member who was also invited as a partner keeps a member's rights.
  if (row.member) return { kind: "applicant" };
  if (row.canComment !== null)
    return { kind: "collaborator", canComment: row.canComment, editSections: row.editSections ?? [] };
  return { kind: "none" };
}

/**
 * The application and this person's tie to it, or null when there is no such application. The
 * caller asks the rules what the person may see and do (routes: app/web/case-access.server.ts).
 */
export async function findCaseAccess(
  q: Queryable,
  applicationId: string,
  person: Person,
): Promise<ApplicationAccess | null> {
  const [row] = await q
    .select({ application: applications, ...tieColumns(person.id) })
    .from(applications)
    .leftJoin(applicationCollaborators, acceptedCollaborator(person.id))
    .where(eq(applications.id, applicationId))
    .limit(1);
  return row ? { person, tie: tieOf(row), application: row.application } : null;
}

/**
 * This person's access to an application already read (an operation holds the row under its lock):
 * the tie is read in the same transaction.
 */
export async function caseAccessOf<A extends Pick<ApplicationRecord, "id"> & CaseAccess["application"]>(
  q: Queryable,
  application: A,
  person: Person,
): Promise<CaseAccess<A>> {
  const [row] = await q
    .select(tieColumns(person.id))
    .from(applications)
    .leftJoin(applicationCollaborators, acceptedCollaborator(person.id))
    .where(eq(applications.id, application.id))
    .limit(1);
  return { person, tie: row ? tieOf(row) : { kind: "none" }, application };
}

/**
 * The person behind a user id, for the operations whose callers name the actor by id only. An id
 * without an account is an applicant with no tie to anything.
 */
export async function findPerson(q: Queryable, userId: string): Promise<Person> {
  const [row] = await q
    .select({ id: users.id, role: users.role, officeId: users.officeId })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? { id: userId, role: "applicant", officeId: null };
}
