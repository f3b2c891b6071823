import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { applications, members, users } from "#db/schema.ts";
import type { Person } from "#domain/access/case-scope.ts";
import { type SentApplication, seedSentApplication } from "#domain/cases/testing/sent-application.ts";
import type { CaseState, Role } from "#vocabulary/vocabulary.ts";

// Test fixtures for assessment and decisions: staff accounts, and a sent application put straight
// into a later state (the workflow up to there is tested in domain/cases).

export const mail = { smtpEnabled: false, baseUrl: "http://localhost" };

export async function createStaff(db: Db, role: Role, officeId: string | null = null): Promise<Person> {
  const id = crypto.randomUUID();
  await db.insert(users).values({
    id,
    name: `${role} ${id.slice(0, 6)}`,
    email: `${role}-${id}@example.org`,
    emailVerified: true,
    role,
    officeId,
  });
  return { id, role, officeId };
}

export type SentCase = SentApplication;

/** A sent application (70,000 asked, end date 200 days ahead), put into `state`; board cases on request. */
export async function seedCase(
  db: Db,
  state: CaseState,
  options: { now?: Date; decidedBy?: "secretariat" | "board" } = {},
): Promise<SentCase> {
  const fixture = await seedSentApplication(db, { now: options.now ?? new Date(), mail });
  await db
    .update(applications)
    .set({ status: state, ...(options.decidedBy ? { decidedBy: options.decidedBy } : {}) })
    .where(eq(applications.id, fixture.applicationId));
  return fixture;
}

/** Another member for an organisation (to accept or appeal as someone other than the creator). */
export async function addMember(db: Db, organisationId: string): Promise<Person> {
  const user = await createStaff(db, "applicant");
  await db
    .insert(members)
    .values({ id: crypto.randomUUID(), organizationId: organisationId, userId: user.id, role: "member" });
  return user;
}
