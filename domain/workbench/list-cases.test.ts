import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "#db/connection.ts";
import { checkScope, type Person } from "#domain/access/case-scope.ts";
import { seedApplication } from "#domain/applications/testing/application-fixture.ts";
import { createTestDatabase } from "#tests/database.ts";
import type { Role } from "#vocabulary/vocabulary.ts";
import { countQueues, listCases } from "./list-cases.server.ts";
import { findQueue, isInQueue, queueIds } from "./queues.ts";
import { type CaseSpec, insertStaff, type SeededCase, seedCase } from "./testing/case-fixtures.ts";
import { defaultQuery, maxPageSize, type WorkbenchFilters, type WorkbenchQuery } from "./workbench-query.ts";

// The workbench's list against the same cases read in plain code: every queue, every filter and
// the paging give exactly the cases an independent reading of the fixtures says they should.

let database: Database;
const now = new Date();
const day = 86_400_000;
const staff: Record<string, Person> = {};
const cases: SeededCase[] = [];
let draftId: string;

const defaults = {
  requested: 70_000,
  priorityArea: "culture-sport",
  partnerRegions: ["ru-murmansk"],
  county: "no-finnmark",
};

function facts(c: SeededCase) {
  return {
    status: c.spec.status ?? "submitted",
    officeId: c.spec.officeId ?? "kirkenes",
    decidedBy: c.spec.decidedBy ?? "secretariat",
    assignedAdviserId: c.spec.assignedAdviserId ?? null,
    reportDueAt: c.spec.reportDueAt ?? null,
    reportApprovedAt: c.spec.reportApprovedAt ?? null,
    requested: c.spec.requested ?? defaults.requested,
    priorityArea: c.spec.priorityArea ?? defaults.priorityArea,
    partnerRegions: c.spec.partnerRegions ?? defaults.partnerRegions,
    county: c.spec.county ?? defaults.county,
    programmeId: c.spec.otherCall ? "no-se-fi-2024" : "no-ru-regular",
  } as const;
}

async function allIds(user: Person, query: Partial<WorkbenchQuery>): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; page < 100; page += 1) {
    const result = await listCases(
      database.db,
      user,
      { ...defaultQuery, pageSize: maxPageSize, ...query, page },
      now,
    );
    ids.push(...result.rows.map((row) => row.id));
    if (result.rows.length < maxPageSize) break;
  }
  return ids.sort();
}

function expectedIds(user: Person, keep: (c: SeededCase) => boolean): string[] {
  return cases
    .filter((c) => checkScope(user, facts(c)).met)
    .filter(keep)
    .map((c) => c.id)
    .sort();
}

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const roles: [string, Role, string | null][] = [
    ["adviserA", "adviser", "kirkenes"],
    ["adviserB", "adviser", "kirkenes"],
    ["adviserM", "adviser", "murmansk"],
    ["adviserNoOffice", "adviser", null],
    ["manager", "programme_manager", null],
    ["board", "board_member", null],
    ["admin", "administrator", null],
    ["applicant", "applicant", null],
  ];
  for (const [name, role, officeId] of roles)
    staff[name] = { id: await insertStaff(db, role, officeId), role, officeId };
  const A = staff.adviserA!.id;
  const B = staff.adviserB!.id;
  const M = staff.adviserM!.id;
  const specs: CaseSpec[] = [
    {
      requested: 50_000,
      priorityArea: "culture-sport",
      partnerRegions: ["ru-murmansk"],
      county: "no-finnmark",
    },
    {
      assignedAdviserId: A,
      requested: 120_000,
      priorityArea: "indigenous",
      partnerRegions: ["ru-arkhangelsk", "fi-lapland"],
      county: "no-troms",
    },
    {
      status: "in_screening",
      assignedAdviserId: A,
      requested: 300_000,
      priorityArea: "business",
      partnerRegions: ["se-norrbotten"],
      county: "no-nordland",
    },
    { status: "returned", assignedAdviserId: B },
    { status: "ready_for_decision", assignedAdviserId: A, decidedBy: "board", requested: 450_000 },
    { status: "approved", officeId: "murmansk", assignedAdviserId: M, decidedBy: "board", otherCall: true },
    { status: "running", assignedAdviserId: A, reportDueAt: new Date(now.getTime() + 10 * day) },
    { status: "running", assignedAdviserId: B, reportDueAt: new Date(now.getTime() - 5 * day) },
    { status: "report_returned", assignedAdviserId: A, reportDueAt: new Date(now.getTime() - day) },
    { status: "running", reportDueAt: new Date(now.getTime() + 60 * day) },
    { status: "closed", assignedAdviserId: A },
    { officeId: "murmansk", otherCall: true, county: "no-finnmark", partnerRegions: ["ru-komi"] },
    { status: "rejected", requested: 10_000, county: "no-troms" },
    {
      status: "running",
      reportDueAt: new Date(now.getTime() - 3 * day),
      reportApprovedAt: new Date(now.getTime() - day),
    },
    { status: "grant_accepted", decidedBy: "board", assignedAdviserId: B, requested: 500_000 },
  ];
  for (const spec of specs) cases.push(await seedCase(db, spec, now));
  draftId = (await seedApplication(db, { now })).applicationId;
}, 120_000);

afterAll(async () => {
  await database?.close();
});

describe("who sees which cases", () => {
  it("advisers see their office's cases, the board its cases, managers and administrators all; never drafts", async () => {
    for (const name of [
      "adviserA",
      "adviserM",
      "adviserNoOffice",
      "manager",
      "board",
      "admin",
      "applicant",
    ]) {
      const user = staff[name]!;
      const ids = await allIds(user, {});
      expect(ids, name).toEqual(expectedIds(user, () => true));
      expect(ids).not.toContain(draftId);
    }
    expect((await allIds(staff.adviserA!, {})).length).toBe(13);
    expect(await allIds(staff.adviserNoOffice!, {})).toEqual([]);
    expect(await allIds(staff.applicant!, {})).toEqual([]);
    expect((await allIds(staff.board!, {})).length).toBe(3);
  });
});

describe("queues", () => {
  it("hold exactly the cases the queue's definition names, for each person, and the counts agree", async () => {
    for (const name of ["adviserA", "adviserB", "adviserM", "manager", "board"]) {
      const user = staff[name]!;
      const counts = await countQueues(database.db, user, now);
      expect(counts.all).toBe(expectedIds(user, () => true).length);
      for (const queue of queueIds) {
        const expected = expectedIds(user, (c) => isInQueue(findQueue(queue), facts(c), user.id, now));
        expect(await allIds(user, { queue }), `${name} ${queue}`).toEqual(expected);
        expect(counts[queue], `${name} ${queue} count`).toBe(expected.length);
      }
    }
  });

  it("put a new unassigned case in 'new', an assigned one in 'mine', and overdue reports apart from approved ones", async () => {
    const A = staff.adviserA!;
    const byIndex = (i: number) => cases[i]!.id;
    expect(await allIds(A, { queue: "new" })).toEqual([byIndex(0)]);
    expect(await allIds(A, { queue: "mine" })).toEqual(
      [1, 2, 4, 6, 8].map(byIndex).sort(), // not the closed case (10)
    );
    expect(await allIds(A, { queue: "waiting" })).toEqual([3, 8].map(byIndex).sort());
    expect(await allIds(A, { queue: "reports-due" })).toEqual([byIndex(6)]);
    expect(await allIds(A, { queue: "reports-overdue" })).toEqual([7, 8].map(byIndex).sort());
    expect(await allIds(A, { queue: "decided" })).toEqual([12, 14].map(byIndex).sort());
    expect(await allIds(A, { queue: "ready" })).toEqual([byIndex(4)]);
  });
});

describe("filters", () => {
  const manager = () => staff.manager!;
  const cases_ = (filters: WorkbenchFilters) => allIds(manager(), { filters });
  const where = (keep: (f: ReturnType<typeof facts>) => boolean) =>
    expectedIds(manager(), (c) => keep(facts(c)));

  it("narrow by programme, call, office, status and county, matching an independent count", async () => {
    const checks: [WorkbenchFilters, (f: ReturnType<typeof facts>) => boolean][] = [
      [{ programme: "no-se-fi-2024" }, (f) => f.programmeId === "no-se-fi-2024"],
      [{ programme: "no-ru-regular" }, (f) => f.programmeId === "no-ru-regular"],
      [{ call: "workbench-other-call" }, (f) => f.programmeId === "no-se-fi-2024"],
      [{ office: "murmansk" }, (f) => f.officeId === "murmansk"],
      [{ status: "running" }, (f) => f.status === "running"],
      [{ county: "no-troms" }, (f) => f.county === "no-troms"],
      [
        { county: "no-finnmark", office: "kirkenes" },
        (f) => f.county === "no-finnmark" && f.officeId === "kirkenes",
      ],
    ];
    for (const [filters, keep] of checks) {
      const expected = where(keep);
      expect(expected.length, JSON.stringify(filters)).toBeGreaterThan(0);
      expect(expected.length, JSON.stringify(filters)).toBeLessThan(cases.length);
      expect(await cases_(filters), JSON.stringify(filters)).toEqual(expected);
    }
  });

  it("narrow by what the latest version says: priority area, partner region, requested amount", async () => {
    const checks: [WorkbenchFilters, (f: ReturnType<typeof facts>) => boolean][] = [
      [{ priority: "indigenous" }, (f) => f.priorityArea === "indigenous"],
      [{ priority: "culture-sport" }, (f) => f.priorityArea === "culture-sport"],
      [{ region: "fi-lapland" }, (f) => f.partnerRegions.includes("fi-lapland")],
      [{ region: "ru-murmansk" }, (f) => f.partnerRegions.includes("ru-murmansk")],
      [{ amountMin: 100_000 }, (f) => f.requested >= 100_000],
      [{ amountMax: 70_000 }, (f) => f.requested <= 70_000],
      [{ amountMin: 100_000, amountMax: 450_000 }, (f) => f.requested >= 100_000 && f.requested <= 450_000],
      [
        { amountMin: 60_000, region: "ru-murmansk", status: "returned" },
        (f) => f.requested >= 60_000 && f.partnerRegions.includes("ru-murmansk") && f.status === "returned",
      ],
    ];
    for (const [filters, keep] of checks) {
      const expected = where(keep);
      expect(expected.length, JSON.stringify(filters)).toBeGreaterThan(0);
      expect(expected.length, JSON.stringify(filters)).toBeLessThan(cases.length);
      expect(await cases_(filters), JSON.stringify(filters)).toEqual(expected);
      const page = await listCases(database.db, manager(), { ...defaultQuery, filters }, now);
      expect(page.total, JSON.stringify(filters)).toBe(expected.length);
    }
  });

  it("find nothing for an unknown id, and still only within the person's scope", async () => {
    expect(await cases_({ programme: "no-such-programme" })).toEqual([]);
    expect(await allIds(staff.adviserA!, { filters: { office: "murmansk" } })).toEqual([]);
  });
});

describe("sorting and paging", () => {
  it("pages through every case once, in order, never more than the page size", async () => {
    const manager = staff.manager!;
    const seen: string[] = [];
    const amounts: number[] = [];
    for (let page = 1; page <= 5; page += 1) {
      const result = await listCases(
        database.db,
        manager,
        { ...defaultQuery, sort: "amount", dir: "desc", pageSize: 4, page },
        now,
      );
      expect(result.rows.length).toBeLessThanOrEqual(4);
      expect(result.total).toBe(cases.length);
      seen.push(...result.rows.map((row) => row.id));
      amounts.push(...result.rows.map((row) => row.requested ?? 0));
    }
    expect(new Set(seen).size).toBe(cases.length);
    expect(seen.sort()).toEqual(cases.map((c) => c.id).sort());
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(amounts[0]).toBe(500_000);
  });

  it("answers a page past the end with no rows and the true total", async () => {
    const result = await listCases(database.db, staff.manager!, { ...defaultQuery, page: 9999 }, now);
    expect(result.rows).toEqual([]);
    expect(result.total).toBe(cases.length);
  });

  it("sorts by case number both ways", async () => {
    const asc = await listCases(
      database.db,
      staff.manager!,
      { ...defaultQuery, sort: "case", dir: "asc", pageSize: 50 },
      now,
    );
    const numbers = asc.rows.map((row) => row.caseNumber);
    expect(numbers).toEqual([...numbers].sort());
    const desc = await listCases(
      database.db,
      staff.manager!,
      { ...defaultQuery, sort: "case", dir: "desc", pageSize: 50 },
      now,
    );
    expect(desc.rows.map((row) => row.caseNumber)).toEqual([...numbers].reverse());
  });

  it("shows the latest version's title and amount, the organisation, programme and adviser", async () => {
    const result = await listCases(
      database.db,
      staff.manager!,
      { ...defaultQuery, filters: { priority: "indigenous" } },
      now,
    );
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({
      requested: 120_000,
      status: "submitted",
      officeId: "kirkenes",
      title: { nb: "Joik og sang over grensen" },
      programmeName: { en: "Norwegian-Russian regular project funds" },
      adviserName: expect.stringMatching(/^adviser /),
    });
  });
});
