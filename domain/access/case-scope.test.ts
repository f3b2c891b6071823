import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "#db/connection.ts";
import { applicationCollaborators, applications, users } from "#db/schema.ts";
import { seedApplication } from "#domain/applications/testing/application-fixture.ts";
import { createTestDatabase, testBackend } from "#tests/database.ts";
import { caseStates, officeIds, roles } from "#vocabulary/vocabulary.ts";
import { caseTieCondition, findCaseAccess } from "./case-access.server.ts";
import { seeCase } from "./case-access.ts";
import { caseScopeCondition } from "./case-scope.server.ts";
import { type CaseFacts, checkScope, type Person } from "./case-scope.ts";

// The scope rule has two faces: the plain-code check (a case page, an action) and the SQL (the
// workbench's and the payments' lists). Over every role, every office a person may have (none
// included), every state, every office a case may have (none included) and every answer to who
// decides (not yet known included), both give the same answer, on the database this run uses. The
// same for the tie that shows an applicant or a partner their applications (caseTieCondition).

let database: Database;
let memberId: string;
const rows: (CaseFacts & { id: string })[] = [];
const offices = [null, ...officeIds.slice(0, 2)] as const;

beforeAll(async () => {
  database = await createTestDatabase();
  const fixture = await seedApplication(database.db);
  memberId = fixture.userId;
  const [template] = await database.db
    .select()
    .from(applications)
    .where(eq(applications.id, fixture.applicationId));
  for (const status of caseStates)
    for (const officeId of offices)
      for (const decidedBy of [null, "secretariat", "board"] as const)
        rows.push({ id: crypto.randomUUID(), status, officeId, decidedBy, unlockedSections: [] });
  await database.db.insert(applications).values(
    rows.map((row) => ({
      ...template!,
      id: row.id,
      status: row.status,
      officeId: row.officeId,
      decidedBy: row.decidedBy,
      caseNumber: null,
    })),
  );
}, 120_000);
afterAll(async () => {
  await database?.close();
});

describe(`who sees which case, in plain code and in SQL (${testBackend})`, () => {
  it(`agree for every role, office, state and deciding body (${roles.length * offices.length} people, cases of every kind)`, async () => {
    const ids = rows.map((row) => row.id);
    for (const role of roles)
      for (const officeId of offices) {
        const person: Person = { id: `${role}-${officeId}`, role, officeId };
        const bySql = await database.db
          .select({ id: applications.id })
          .from(applications)
          .where(and(inArray(applications.id, ids), caseScopeCondition(person)));
        const inCode = rows.filter((row) => checkScope(person, row).met).map((row) => row.id);
        expect(bySql.map((row) => row.id).sort(), `${role} of ${officeId ?? "no office"}`).toEqual(
          inCode.sort(),
        );
      }
  });

  it("shows an adviser without an office nothing, and an adviser with one only that office's sent cases", async () => {
    const seen = async (person: Person) =>
      database.db
        .select({ id: applications.id, status: applications.status, officeId: applications.officeId })
        .from(applications)
        .where(
          and(
            inArray(
              applications.id,
              rows.map((row) => row.id),
            ),
            caseScopeCondition(person),
          ),
        );
    expect(await seen({ id: "a", role: "adviser", officeId: null })).toEqual([]);
    const kirkenes = await seen({ id: "b", role: "adviser", officeId: "kirkenes" });
    expect(kirkenes.length).toBe((caseStates.length - 1) * 3);
    for (const row of kirkenes) expect(row).toMatchObject({ officeId: "kirkenes" });
    expect(kirkenes.some((row) => row.status === "draft")).toBe(false);
  });
});

describe(`who is tied to which application, in plain code and in SQL (${testBackend})`, () => {
  it("agree for a member, partners who accepted, revoked or only got the invitation, and a stranger", async () => {
    const db = database.db;
    const person = async (label: string): Promise<Person> => {
      const id = crypto.randomUUID();
      await db
        .insert(users)
        .values({ id, name: label, email: `${label}-${id}@example.org`, emailVerified: true });
      return { id, role: "partner", officeId: null };
    };
    const [accepted, revoked, invited, stranger] = await Promise.all(
      ["accepted", "revoked", "invited", "stranger"].map(person),
    );
    const some = rows.slice(0, 12);
    for (const [partner, status] of [
      [accepted, "accepted"],
      [revoked, "revoked"],
      [invited, "invited"],
    ] as const)
      for (const row of some.filter((_, i) => i % 2 === (status === "accepted" ? 0 : 1)))
        await db.insert(applicationCollaborators).values({
          id: crypto.randomUUID(),
          applicationId: row.id,
          email: `${status}@example.org`,
          name: status,
          kind: "person",
          country: "RU",
          status,
          userId: partner!.id,
          tokenHash: crypto.randomUUID(),
          invitedBy: memberId,
        });
    const member: Person = { id: memberId, role: "applicant", officeId: null };
    const seen = new Map<Person, number>();
    for (const who of [member, accepted!, revoked!, invited!, stranger!]) {
      const bySql = await db
        .select({ id: applications.id })
        .from(applications)
        .where(
          and(
            inArray(
              applications.id,
              some.map((row) => row.id),
            ),
            caseTieCondition(who.id),
          ),
        );
      const inCode: string[] = [];
      for (const row of some) {
        const access = await findCaseAccess(db, row.id, who);
        if (access && seeCase(access).sees) inCode.push(row.id);
      }
      expect(bySql.map((row) => row.id).sort()).toEqual(inCode.sort());
      seen.set(who, inCode.length);
    }
    // The member sees every one, the partner who accepted every other one, the others none.
    expect([member, accepted!, revoked!, invited!, stranger!].map((who) => seen.get(who))).toEqual([
      some.length,
      some.length / 2,
      0,
      0,
      0,
    ]);
  });
});
