import { sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { testBackend } from "#tests/database.ts";
import { fixtureProjects } from "#tests/fixtures/catalogue/fixture-projects.ts";
import { createCatalogueCache } from "./catalogue-cache.server.ts";
import { defaultCatalogueQuery } from "./catalogue-query.ts";
import { catalogueRevision } from "./catalogue-revision.server.ts";
import { fixtureCatalogueDatabase } from "./testing/fixture-catalogue.ts";
import { upsertCatalogueProject, upsertCatalogueProjects } from "./upsert-catalogue-project.server.ts";

const database = fixtureCatalogueDatabase();

/** A change behind the catalogue's back (as another process would make it): no generation bump. */
const removeBehindTheBack = (caseNumber: string) =>
  database.db.execute(sql`delete from catalogue_project where case_number = ${caseNumber}`);

describe(`the catalogue cache (${testBackend})`, () => {
  it("serves a repeated search from memory, reuses counts for other pages, and forgets on a write here", async () => {
    let clock = 0;
    const cache = createCatalogueCache({ ttlMs: 1000, now: () => clock });
    const query = { ...defaultCatalogueQuery, year: [2019], pageSize: 1 };
    const first = await cache.search(database.db, query);
    expect(first.total).toBe(2);
    expect(await cache.search(database.db, query)).toBe(first);

    await removeBehindTheBack("F2019/008");
    // Another order and page of the same filters: a fresh page, the counts from before.
    const second = await cache.search(database.db, { ...query, page: 2, sort: "amount" });
    expect(second.total).toBe(2);
    expect(second.items).toEqual([]);

    // A write through the catalogue's own functions makes every answer stale at once.
    await upsertCatalogueProject(database.db, fixtureProjects.find((p) => p.caseNumber === "F2019/008")!);
    await removeBehindTheBack("F2019/009");
    const fresh = await cache.search(database.db, query);
    expect(fresh).not.toBe(first);
    expect(fresh.total).toBe(1);

    // A change it cannot see is picked up when the time limit has passed.
    await database.db.execute(sql`delete from catalogue_project where case_number = 'F2019/008'`);
    expect((await cache.search(database.db, query)).total).toBe(1);
    clock = 1000;
    expect((await cache.search(database.db, query)).total).toBe(0);
    await upsertCatalogueProjects(
      database.db,
      fixtureProjects.filter((p) => p.year === 2019),
    );
  });

  it("keeps serving a busy search while it reads it again in the background, never older than the limit", async () => {
    let clock = 0;
    const cache = createCatalogueCache({ ttlMs: 1000, refreshAfterMs: 600, now: () => clock });
    const query = { ...defaultCatalogueQuery, year: [2019] };
    const first = await cache.search(database.db, query);
    expect(first.total).toBe(2);

    await removeBehindTheBack("F2019/008");
    // Young enough: served as it is, and nothing is read again.
    clock = 500;
    expect(await cache.search(database.db, query)).toBe(first);
    // Due for a refresh: the reader still gets the answer at once, and the next one the new reading.
    clock = 700;
    expect(await cache.search(database.db, query)).toBe(first);
    await vi.waitFor(async () => expect((await cache.search(database.db, query)).total).toBe(1));
    const refreshed = await cache.search(database.db, query);
    expect(refreshed.items.map((item) => item.caseNumber)).not.toContain("F2019/008");

    // Nobody asked while it aged past the limit: the next reader waits for a new reading.
    await removeBehindTheBack("F2019/009");
    clock = 700 + 1000;
    expect((await cache.search(database.db, query)).total).toBe(0);
    await upsertCatalogueProjects(
      database.db,
      fixtureProjects.filter((p) => p.year === 2019),
    );
  });

  it("keeps an answer past its limit when the catalogue's revision says nothing changed", async () => {
    let clock = 0;
    const cache = createCatalogueCache({ ttlMs: 1000, now: () => clock });
    const query = { ...defaultCatalogueQuery, year: [2019], sort: "amount" as const };
    const first = await cache.search(database.db, query);
    expect(first.total).toBe(2);
    // Long past the limit, nobody wrote: one look at the revision, and the same answer.
    clock = 5000;
    expect(await cache.search(database.db, query)).toBe(first);
    // A write by another process raises the revision: the next reader past the limit gets it.
    await removeBehindTheBack("F2019/008");
    expect(await cache.search(database.db, query)).toBe(first);
    clock = 6000;
    const after = await cache.search(database.db, query);
    expect(after).not.toBe(first);
    expect(after.total).toBe(1);
    await upsertCatalogueProjects(
      database.db,
      fixtureProjects.filter((p) => p.year === 2019),
    );
  });

  it("raises the catalogue's revision with every statement that changes it, whoever runs it", async () => {
    const before = await catalogueRevision(database.db);
    await database.db.execute(sql`update catalogue_project set amount_nok = amount_nok where year = 2019`);
    const afterUpdate = await catalogueRevision(database.db);
    expect(afterUpdate).toBeGreaterThan(before);
    await database.db.execute(sql`select count(*) from catalogue_project`);
    expect(await catalogueRevision(database.db)).toBe(afterUpdate);
  });

  it("shares one database round between identical searches that arrive together, and stays small", async () => {
    const cache = createCatalogueCache({ maxEntries: 3 });
    const query = { ...defaultCatalogueQuery, q: "Murmansk" };
    const [a, b] = await Promise.all([cache.search(database.db, query), cache.search(database.db, query)]);
    expect(a).toBe(b);
    for (let page = 1; page <= 5; page++) await cache.search(database.db, { ...query, page });
    expect(cache.size).toBeLessThanOrEqual(3);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it("keeps statistics by their filters", async () => {
    const cache = createCatalogueCache();
    const stats = await cache.statistics(database.db, { source: ["synthetic"] });
    expect(stats.totals.projects).toBe(2);
    expect(await cache.statistics(database.db, { source: ["synthetic"] })).toBe(stats);
    expect((await cache.statistics(database.db)).totals.projects).toBe(fixtureProjects.length);
  });
});
