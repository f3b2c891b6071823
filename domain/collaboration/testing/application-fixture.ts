import crypto from "node:crypto";
import type { Queryable } from "#db/connection.ts";
import { applications, calls, members, organizations, programmes, users } from "#db/schema.ts";
import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import type { Locale, Role } from "#vocabulary/vocabulary.ts";

// Rows for tests of one application: a programme, a call, an applicant organisation with its owner
// and a draft. Written straight to the tables, so the tests do not depend on the application pages.

export interface FixtureUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
}

/** A user row without a password (domain tests); HTTP tests use createUser, which can log in. */
export async function insertUser(
  q: Queryable,
  fields: { email: string; name: string; role?: Role; locale?: Locale },
): Promise<FixtureUser> {
  const user = {
    id: crypto.randomUUID(),
    email: fields.email.toLowerCase(),
    name: fields.name,
    role: fields.role ?? "applicant",
    locale: fields.locale ?? "nb",
  };
  await q.insert(users).values({ ...user, emailVerified: true });
  return user;
}

export async function insertOrganisation(
  q: Queryable,
  ownerId: string,
  name = "Pasvik Kulturlag",
): Promise<string> {
  const id = crypto.randomUUID();
  await q.insert(organizations).values({ id, name, slug: `org-${id}` });
  await q
    .insert(members)
    .values({ id: crypto.randomUUID(), organizationId: id, userId: ownerId, role: "owner" });
  return id;
}

export async function addMember(q: Queryable, organisationId: string, userId: string): Promise<void> {
  await q
    .insert(members)
    .values({ id: crypto.randomUUID(), organizationId: organisationId, userId, role: "member" });
}

/** A continuous call of the first seeded programme (inserted if missing), open since yesterday. */
export async function insertCall(q: Queryable): Promise<{ callId: string; programmeId: string }> {
  const programme = programmeSeeds[0]!;
  await q.insert(programmes).values(programme).onConflictDoNothing();
  const callId = crypto.randomUUID();
  await q.insert(calls).values({
    id: callId,
    programmeId: programme.id,
    title: { nb: "Løpende søknader", en: "Rolling call", ru: "Постоянный приём заявок" },
    kind: "continuous",
    opensAt: new Date(Date.now() - 86_400_000),
    budgetNok: 1_000_000,
  });
  return { callId, programmeId: programme.id };
}

export async function insertApplication(
  q: Queryable,
  fields: {
    organisationId: string;
    createdBy: string;
    callId: string;
    programmeId: string;
    form?: ApplicationForm;
    status?: "draft" | "submitted" | "withdrawn";
    caseNumber?: string;
  },
): Promise<string> {
  const id = crypto.randomUUID();
  const submitted = fields.status === "submitted";
  await q.insert(applications).values({
    id,
    organizationId: fields.organisationId,
    callId: fields.callId,
    programmeId: fields.programmeId,
    createdBy: fields.createdBy,
    status: fields.status ?? "draft",
    form: fields.form ?? {
      project: { title: { nb: "Grenseløst kor", en: "Choir without borders", ru: "Хор без границ" } },
    },
    caseNumber: fields.caseNumber ?? null,
    submittedAt: submitted ? new Date() : null,
  });
  return id;
}
