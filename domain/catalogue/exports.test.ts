import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testBackend } from "#tests/database.ts";
import { fixtureProjects } from "#tests/fixtures/catalogue/fixture-projects.ts";
import { isStatementTimeout, withCatalogueLimits } from "./catalogue-conditions.server.ts";
import { catalogueCsvColumns, csvField, csvHeader, toCsvRow } from "./catalogue-csv.ts";
import { type CatalogueFilters, defaultCatalogueQuery } from "./catalogue-query.ts";
import { parseCsv } from "./csv/parse-csv.ts";
import { findCatalogueProject } from "./find-catalogue-project.server.ts";
import { readArchiveCsv } from "./import-archive.server.ts";
import { searchCatalogue } from "./search-catalogue.server.ts";
import { catalogueStatistics } from "./statistics.server.ts";
import { streamCatalogue } from "./stream-catalogue.server.ts";
import { fixtureCatalogueDatabase } from "./testing/fixture-catalogue.ts";
import { to360Giving } from "./to-360giving.server.ts";

const database = fixtureCatalogueDatabase();

async function collect(filters: CatalogueFilters, pageSize?: number) {
  const projects = [];
  for await (const project of streamCatalogue(database.db, filters, { pageSize })) projects.push(project);
  return projects;
}

describe(`exports (${testBackend})`, () => {
  const searches: CatalogueFilters[] = [
    {},
    { q: "Murmansk" },
    { q: "Murmnsk" },
    { q: "samarbeid", status: ["finished"] },
    { partnerCountry: ["SE", "FI"], amountBand: ["50k-100k", "100k-400k"] },
    { programme: ["nothing"] },
  ];
  for (const filters of searches) {
    it(`holds exactly the search result for ${JSON.stringify(filters)}, page after page`, async () => {
      const result = await searchCatalogue(database.db, {
        ...defaultCatalogueQuery,
        ...filters,
        pageSize: 100,
      });
      const exported = await collect(filters, 3);
      expect(exported.map((p) => p.id).sort()).toEqual(result.items.map((i) => i.id).sort());
      expect(exported.map((p) => p.id)).toEqual([...exported.map((p) => p.id)].sort());
    });
  }

  it("writes CSV that reads back to the same projects, and that the archive import accepts", async () => {
    const archive = (await collect({ source: ["archive"] })).sort((a, b) => a.id.localeCompare(b.id));
    const text = csvHeader() + archive.map(toCsvRow).join("");
    const parsed = parseCsv(text);
    expect(parsed.fatal).toBeUndefined();
    expect(parsed.records[0]!.fields).toEqual(catalogueCsvColumns.map((c) => c.name));
    expect(parsed.records).toHaveLength(archive.length + 1);
    const html = archive.find((p) => p.caseNumber === "F2021/011")!;
    const row = parsed.records.find((r) => r.fields[1] === "F2021/011")!.fields;
    expect(row[catalogueCsvColumns.findIndex((c) => c.name === "title_nb")]).toBe(html.title.nb);

    const reading = readArchiveCsv(new TextEncoder().encode(text));
    expect(reading.errors).toEqual([]);
    expect(reading.projects).toHaveLength(archive.length);
    const again = reading.projects.find((p) => p.project.caseNumber === "F2014/006")!.project;
    const original = archive.find((p) => p.caseNumber === "F2014/006")!;
    expect(again).toMatchObject({
      title: original.title,
      summary: original.summary,
      partners: original.partners,
      amountNok: original.amountNok,
      year: original.year,
      status: original.status,
    });
  });

  it("guards CSV cells against spreadsheet formulas", () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("+47 1")).toBe("'+47 1");
    expect(csvField("@home")).toBe("'@home");
    expect(csvField(-5)).toBe("-5");
    expect(csvField(null)).toBe("");
    expect(csvField("plain")).toBe("plain");
  });

  it("maps a project to a 360Giving grant", async () => {
    const project = (await findCatalogueProject(database.db, "F2019-008"))!;
    const grant = to360Giving(project);
    expect(grant).toEqual({
      id: "360G-barentsbridge-F2019-008",
      title: "Skiing without borders",
      description: "Ski clubs in Alta, Kiruna and Rovaniemi hold joint races for children.",
      currency: "NOK",
      amountAwarded: 150_000,
      awardDate: "2019-01-01",
      plannedDates: [{ startDate: "2019-01-10", endDate: "2019-04-10" }],
      recipientOrganization: [
        {
          id: expect.stringMatching(/^360G-barentsbridge-org-alta-skiklubb-[0-9a-f]{8}$/),
          name: "Alta skiklubb",
        },
      ],
      fundingOrganization: [{ id: "360G-barentssecretariat", name: "Barents Secretariat" }],
      beneficiaryLocation: [
        { name: "Finnmark", countryCode: "NO" },
        { name: "Lapland", countryCode: "FI" },
        { name: "Norrbotten", countryCode: "SE" },
      ],
      grantProgramme: [{ code: "no-se-fi-2024" }],
      lastModified: project.updatedAt.toISOString(),
    });
    const norwegianOnly = to360Giving((await findCatalogueProject(database.db, "F2012-004"))!);
    expect(norwegianOnly).toMatchObject({ title: "Reindrift og klima" });
    expect(norwegianOnly.plannedDates).toBeDefined();
    expect(to360Giving((await findCatalogueProject(database.db, "F2019-009"))!).plannedDates).toBeUndefined();
  });

  it("finds one project by its public id, and nothing for an unknown or absurd id", async () => {
    expect(await findCatalogueProject(database.db, "F2010-003")).toMatchObject({ caseNumber: "F2010/003" });
    expect(await findCatalogueProject(database.db, "nope")).toBeNull();
    expect(await findCatalogueProject(database.db, "x".repeat(5000))).toBeNull();
  });
});

describe(`statistics (${testBackend})`, () => {
  it("agree with figures computed from the fixture", async () => {
    const stats = await catalogueStatistics(database.db);
    const sum = (list: typeof fixtureProjects) => list.reduce((total, p) => total + p.amountNok, 0);
    expect(stats.totals).toEqual({ projects: fixtureProjects.length, amountNok: sum(fixtureProjects) });
    const finnmark = fixtureProjects.filter((p) => p.applicantCounty === "no-finnmark");
    expect(stats.byCounty.find((c) => c.county === "no-finnmark")).toEqual({
      county: "no-finnmark",
      projects: finnmark.length,
      amountNok: sum(finnmark),
    });
    const murmansk = fixtureProjects.filter((p) => p.partners.some((x) => x.region === "ru-murmansk"));
    expect(stats.byPartnerRegion.find((r) => r.region === "ru-murmansk")).toEqual({
      region: "ru-murmansk",
      projects: murmansk.length,
      amountNok: sum(murmansk),
    });
    const culture2019 = fixtureProjects.filter((p) => p.year === 2019 && p.priorityArea === "culture-sport");
    expect(stats.byYearAndTheme.find((r) => r.year === 2019 && r.priorityArea === "culture-sport")).toEqual({
      year: 2019,
      priorityArea: "culture-sport",
      projects: culture2019.length,
      amountNok: sum(culture2019),
    });
    expect(stats.byYearAndTheme.find((r) => r.year === 2017)?.priorityArea).toBeNull();
    expect(stats.byPartnerRegion[0]!.projects).toBeGreaterThanOrEqual(stats.byPartnerRegion.at(-1)!.projects);
  });

  it("take the search's filters, e.g. leaving synthetic data out", async () => {
    const real = await catalogueStatistics(database.db, { source: ["archive", "case"] });
    const synthetic = fixtureProjects.filter((p) => p.source === "synthetic");
    expect(real.totals.projects).toBe(fixtureProjects.length - synthetic.length);
    expect((await catalogueStatistics(database.db, { q: "Murmansk", year: [2018] })).totals.projects).toBe(1);
  });
});

describe(`bounded work (${testBackend})`, () => {
  it(
    testBackend === "postgresql"
      ? "cancels a statement that runs past the time limit"
      : "accepts the time limit on PGlite, which cannot enforce it",
    async () => {
      const sleep = withCatalogueLimits(database.db, (tx) => tx.execute(sql`select pg_sleep(0.5)`), {
        timeoutMs: 50,
      });
      if (testBackend === "postgresql") {
        const error = await sleep.then(
          () => null,
          (e: unknown) => e,
        );
        expect(isStatementTimeout(error)).toBe(true);
      } else {
        await expect(sleep).resolves.toBeDefined();
      }
      // The limit ended with its transaction.
      await expect(database.db.execute(sql`select pg_sleep(0.1)`)).resolves.toBeDefined();
    },
  );

  it("refuses writes inside a catalogue read", async () => {
    await expect(
      withCatalogueLimits(database.db, (tx) => tx.execute(sql`delete from catalogue_project`)),
    ).rejects.toThrow();
    expect((await catalogueStatistics(database.db)).totals.projects).toBe(fixtureProjects.length);
  });
});
