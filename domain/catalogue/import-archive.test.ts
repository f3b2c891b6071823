import fs from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { catalogueProjects } from "#db/schema.ts";
import { databaseForTheseTests, testBackend } from "#tests/database.ts";
import { checkArchiveAgainstCatalogue, importArchive, readArchiveCsv } from "./import-archive.server.ts";
import { upsertCatalogueProject } from "./upsert-catalogue-project.server.ts";

const fixtures = path.resolve(import.meta.dirname, "../../tests/fixtures/catalogue");
const file = (name: string) => fs.readFileSync(path.join(fixtures, name));

const database = databaseForTheseTests();

const count = async () =>
  (
    (await database.db.execute(sql`select count(*)::int as n from catalogue_project`)) as unknown as {
      rows: { n: number }[];
    }
  ).rows[0]!.n;

describe("reading an archive file", () => {
  it("reads quoted fields, line breaks and lists, and numbers rows by their first line", () => {
    const reading = readArchiveCsv(file("archive-valid.csv"));
    expect(reading.errors).toEqual([]);
    expect(reading.projects.map((p) => p.line)).toEqual([2, 3, 5]);
    const [spectacle, school, tourism] = reading.projects.map((p) => p.project);
    expect(spectacle).toMatchObject({
      caseNumber: "2003/00017",
      source: "archive",
      amountNok: 150_000,
      partners: [
        { name: "Murmansk Art Centre", country: "RU", region: "ru-murmansk" },
        { name: "Arkhangelsk Philharmonic", country: "RU", region: "ru-arkhangelsk" },
      ],
      partnerRegions: ["ru-murmansk", "ru-arkhangelsk"],
      summary: { nb: "Festival i Kirkenes med kunstnere fra Murmansk, Arkhangelsk og Kirkenes." },
    });
    expect(school).toMatchObject({
      title: { nb: 'Skole "Nord" og skole "Sever"', ru: "Школа «Север»" },
      summary: { nb: 'Elevene skrev:\n"Vi vil møtes igjen."' },
      partners: [{ name: "Школа № 5 Мурманска", country: "RU", region: "ru-murmansk" }],
    });
    expect(tourism).toMatchObject({
      status: "ongoing",
      partnerCountries: ["SE", "FI"],
      endsOn: "2026-12-31",
    });
  });

  it("reports every bad row with its line and reason", () => {
    const reading = readArchiveCsv(file("archive-bad-rows.csv"));
    expect(reading.projects.map((p) => p.line)).toEqual([2, 14]);
    const byLine = Object.fromEntries(reading.errors.map((e) => [e.line, e.reason]));
    expect(Object.keys(byLine).map(Number)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(byLine[3]).toContain('year "20X5"');
    expect(byLine[4]).toContain("no title");
    expect(byLine[5]).toContain('amount_nok "12,5"');
    expect(byLine[6]).toContain('status "done"');
    expect(byLine[7]).toContain('starts_on "2005-02-30"');
    expect(byLine[8]).toBe("case_number 2005/00001 is also on line 2");
    expect(byLine[9]).toContain("has 10 fields where the header has 9");
    expect(byLine[10]).toContain("synthetic");
    expect(byLine[11]).toContain("quote");
    expect(byLine[12]).toContain("ends_on is before starts_on");
    expect(byLine[13]).toContain('partner country "RUSSIA"');
  });

  it("lists missing required columns", () => {
    const reading = readArchiveCsv(file("archive-missing-columns.csv"));
    expect(reading.errors).toEqual([{ line: 1, reason: "missing required columns: applicant_name, status" }]);
  });

  it("names the line of a Windows-1252 file that is not UTF-8", () => {
    const reading = readArchiveCsv(file("archive-windows-1252.csv"));
    expect(reading.projects).toEqual([]);
    expect(reading.errors).toHaveLength(1);
    expect(reading.errors[0]).toMatchObject({ line: 3, reason: expect.stringContaining("not UTF-8") });
  });

  it("reads semicolon-separated files and reports an unclosed quote at its line", () => {
    expect(readArchiveCsv(file("archive-semicolons.csv"))).toMatchObject({
      errors: [],
      projects: [{ line: 2, project: { applicantName: "Tromsø kor" } }],
    });
    const unclosed = readArchiveCsv(file("archive-unclosed-quote.csv"));
    expect(unclosed.errors).toEqual([{ line: 2, reason: "a quoted field (field 3) is never closed" }]);
  });

  it("warns about columns it does not use, and refuses an empty file", () => {
    const reading = readArchiveCsv(
      new TextEncoder().encode(
        "case_number,year,title_nb,applicant_name,amount_nok,status,colour\n2007/1,2007,T,A,1,finished,red\n",
      ),
    );
    expect(reading.warnings).toEqual(["columns not used: colour"]);
    expect(reading.errors).toEqual([]);
    expect(readArchiveCsv(new Uint8Array()).errors[0]!.reason).toContain("empty");
  });
});

describe(`importing the archive (${testBackend})`, () => {
  it("writes the rows, and a second import updates them instead of adding new ones", async () => {
    const reading = readArchiveCsv(file("archive-valid.csv"));
    const first = await importArchive(
      database.db,
      reading.projects.map((p) => p.project),
    );
    expect(first).toEqual({ inserted: 3, updated: 0, skipped: [] });
    expect(await count()).toBe(3);

    const changed = reading.projects.map((p) => ({ ...p.project, amountNok: p.project.amountNok + 1 }));
    expect(await importArchive(database.db, changed)).toEqual({ inserted: 0, updated: 3, skipped: [] });
    expect(await count()).toBe(3);
    const [row] = await database.db
      .select()
      .from(catalogueProjects)
      .where(eq(catalogueProjects.caseNumber, "2003/00017"));
    expect(row).toMatchObject({ id: "2003-00017", amountNok: 150_001, source: "archive" });
  });

  it("writes all or nothing: a failure after the first batch leaves the catalogue as it was", async () => {
    const before = await count();
    const projects = readArchiveCsv(file("archive-valid.csv")).projects.map((p) => ({
      ...p.project,
      caseNumber: p.project.caseNumber.replace(/^20/, "19"),
    }));
    let batches = 0;
    await expect(
      importArchive(database.db, projects, {
        batchSize: 1,
        onProgress: () => {
          batches += 1;
          if (batches === 2) throw new Error("disk full");
        },
      }),
    ).rejects.toThrow("disk full");
    expect(await count()).toBe(before);
  });

  it("never replaces a project published from a case", async () => {
    await upsertCatalogueProject(database.db, {
      caseNumber: "2025/00300",
      source: "case",
      title: { nb: "Fra saksbehandlingen" },
      summary: {},
      applicantName: "Bodø reiselivslag",
      applicantCounty: "no-nordland",
      partners: [],
      priorityArea: null,
      programmeId: "no-se-fi-2024",
      year: 2025,
      amountNok: 1,
      startsOn: null,
      endsOn: null,
      status: "ongoing",
    });
    const reading = readArchiveCsv(file("archive-valid.csv"));
    await checkArchiveAgainstCatalogue(database.db, reading);
    expect(reading.errors).toEqual([
      { line: 5, reason: "case_number 2025/00300 belongs to a case already published from this system" },
    ]);
    // Even unchecked, the write refuses and writes nothing.
    const unchecked = readArchiveCsv(file("archive-valid.csv")).projects.map((p) => p.project);
    await expect(importArchive(database.db, unchecked)).rejects.toThrow(/2025\/00300.*nothing was imported/);
    const [row] = await database.db
      .select()
      .from(catalogueProjects)
      .where(eq(catalogueProjects.caseNumber, "2025/00300"));
    expect(row).toMatchObject({ source: "case", title: { nb: "Fra saksbehandlingen" } });
  });
});
