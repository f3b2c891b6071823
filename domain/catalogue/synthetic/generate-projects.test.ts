import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "#db/connection.ts";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import { createTestDatabase, testBackend } from "#tests/database.ts";
import { defaultCatalogueQuery } from "../catalogue-query.ts";
import { searchCatalogue } from "../search-catalogue.server.ts";
import { upsertCatalogueProject } from "../upsert-catalogue-project.server.ts";
import { generateProjects, insertSyntheticProjects, syntheticProject } from "./generate-projects.server.ts";

describe("the synthetic project generator", () => {
  it("is deterministic: the same seed gives the same projects, a smaller corpus is a prefix", () => {
    const a = [...generateProjects({ count: 200, seed: "demo" })];
    const b = [...generateProjects({ count: 200, seed: "demo" })];
    expect(b).toEqual(a);
    expect([...generateProjects({ count: 50, seed: "demo" })]).toEqual(a.slice(0, 50));
    const other = [...generateProjects({ count: 200, seed: "other" })];
    expect(other.map((p) => p.title)).not.toEqual(a.map((p) => p.title));
    expect(syntheticProject(7, 3)).toEqual(syntheticProject("7", 3));
  });

  it("makes plausible, clearly labelled projects across years, programmes, areas and regions", () => {
    const projects = [...generateProjects({ count: 2000, seed: 1 })];
    const areas = new Set(programmeSeeds[0]!.rules.priorityAreas.map((a) => a.id));
    for (const project of projects) {
      expect(project.source).toBe("synthetic");
      expect(project.caseNumber).toMatch(/^S\d{4}\/\d{6}$/);
      expect(project.caseNumber.slice(1, 5)).toBe(String(project.year));
      expect(project.year).toBeGreaterThanOrEqual(2003);
      expect(project.year).toBeLessThanOrEqual(2026);
      expect(areas.has(project.priorityArea!)).toBe(true);
      const programme = programmeSeeds.find((p) => p.id === project.programmeId)!;
      for (const partner of project.partners)
        expect(programme.rules.partnerRegions).toContain(partner.region);
      if (project.programmeId === "no-se-fi-2024") expect(project.year).toBeGreaterThanOrEqual(2024);
      expect(project.title.nb).toBeTruthy();
      expect(project.summary.nb).toContain(project.applicantName.split(" ")[0]);
      expect(project.amountNok).toBeGreaterThanOrEqual(10_000);
      expect(project.amountNok % 1000).toBe(0);
      expect(project.endsOn! > project.startsOn!).toBe(true);
    }
    const years = new Set(projects.map((p) => p.year));
    expect(years.size).toBe(24);
    expect(new Set(projects.map((p) => p.priorityArea)).size).toBe(6);
    expect(new Set(projects.flatMap((p) => p.partners.map((x) => x.region))).size).toBe(10);
    expect(projects.filter((p) => p.title.ru).length).toBeGreaterThan(300);
    expect(projects.filter((p) => p.title.en).length).toBeGreaterThan(1000);
    expect(projects.filter((p) => p.status === "ongoing").length).toBeGreaterThan(0);
    expect(new Set(projects.map((p) => p.caseNumber)).size).toBe(projects.length);
  });
});

describe(`writing a synthetic corpus (${testBackend})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });
  const count = async (source: string) =>
    (
      (await database.db.execute(
        sql`select count(*)::int as n from catalogue_project where source = ${source}`,
      )) as unknown as { rows: { n: number }[] }
    ).rows[0]!.n;

  it("writes the corpus, updates it when run again, replaces it on request and never touches real rows", async () => {
    await upsertCatalogueProject(database.db, {
      caseNumber: "2010/00001",
      source: "archive",
      title: { nb: "Ekte prosjekt" },
      summary: {},
      applicantName: "Ekte forening",
      applicantCounty: "no-troms",
      partners: [],
      priorityArea: null,
      programmeId: null,
      year: 2010,
      amountNok: 10_000,
      startsOn: null,
      endsOn: null,
      status: "finished",
    });
    const progress: number[] = [];
    const first = await insertSyntheticProjects(database.db, {
      count: 1200,
      seed: 5,
      onProgress: (n) => progress.push(n),
    });
    expect(first).toEqual({ removed: 0, written: 1200 });
    expect(progress.at(-1)).toBe(1200);
    expect(await count("synthetic")).toBe(1200);
    expect(await insertSyntheticProjects(database.db, { count: 1200, seed: 5 })).toEqual({
      removed: 0,
      written: 1200,
    });
    expect(await count("synthetic")).toBe(1200);
    expect(await insertSyntheticProjects(database.db, { count: 100, seed: 6, replace: true })).toEqual({
      removed: 1200,
      written: 100,
    });
    expect(await count("synthetic")).toBe(100);
    expect(await count("archive")).toBe(1);

    // Searchable in each of their languages, and told apart by their source.
    const result = await searchCatalogue(database.db, { ...defaultCatalogueQuery, q: "Заявитель" });
    expect(result.total).toBeGreaterThan(0);
    expect(result.facets.source).toEqual([{ value: "synthetic", count: result.total }]);
  });
});
