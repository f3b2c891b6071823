import crypto from "node:crypto";
import type { Queryable } from "#db/connection.ts";
import { applications, calls, members, organizations, users } from "#db/schema.ts";
import type { CaseState } from "#vocabulary/vocabulary.ts";

// Rows for tests that need an application without going through the application form.

export async function insertUser(q: Queryable, label: string): Promise<string> {
  const id = crypto.randomUUID();
  await q.insert(users).values({ id, name: `Test ${label}`, email: `${label}-${id}@example.org` });
  return id;
}

/** An organisation with the given user as owner. */
export async function insertOrganisation(q: Queryable, ownerId: string): Promise<string> {
  const id = crypto.randomUUID();
  await q.insert(organizations).values({ id, name: `Organisation ${id.slice(0, 8)}`, slug: `org-${id}` });
  await q
    .insert(members)
    .values({ id: crypto.randomUUID(), organizationId: id, userId: ownerId, role: "owner" });
  return id;
}

/** An open call of the programme and an application of the organisation to it. */
export async function insertApplication(
  q: Queryable,
  input: { organizationId: string; createdBy: string; programmeId: string; status?: CaseState },
): Promise<string> {
  const callId = crypto.randomUUID();
  await q.insert(calls).values({
    id: callId,
    programmeId: input.programmeId,
    title: { nb: "Testutlysning", en: "Test call", ru: "Тестовый конкурс" },
    kind: "continuous",
    opensAt: new Date(Date.now() - 86_400_000),
    budgetNok: 1_000_000,
  });
  const id = crypto.randomUUID();
  await q.insert(applications).values({
    id,
    organizationId: input.organizationId,
    callId,
    programmeId: input.programmeId,
    createdBy: input.createdBy,
    status: input.status ?? "draft",
  });
  return id;
}
