import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "#db/connection.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { createTestDatabase, testBackend } from "#tests/database.ts";
import { buildReport, type Report } from "./build-report.server.ts";
import type { ReportFigures } from "./compute-report.ts";
import { reportCsv } from "./report-csv.ts";
import { reportTable } from "./report-table.ts";
import { reportXlsx } from "./report-xlsx.server.ts";
import { readXlsxRows } from "./testing/read-xlsx.ts";
import { seedReportCases } from "./testing/report-fixture.ts";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedReportCases(database.db);
}, 60_000);
afterAll(async () => {
  await database.close();
});

/** received, approved, requested, granted, paid: the figures written out by hand from the fixture. */
const f = (received: number, approved: number, requested: number, granted: number, paid: number) =>
  ({ received, approved, requested, granted, paid }) satisfies ReportFigures;

const byKey = (report: Report) => Object.fromEntries(report.rows.map((row) => [row.key, row.figures]));

describe(`the ministry's figures (${testBackend})`, () => {
  it("counts the applications received (not the draft) and what was approved, granted and paid", async () => {
    const report = await buildReport(database.db, { groupBy: "programme", locale: "en" });
    // A-F and H received; B, C and H approved with a grant; E closed without one (a dismissed appeal).
    expect(report.totals).toEqual(f(7, 3, 480_000, 175_000, 90_000));
    expect(byKey(report)).toEqual({
      "no-ru-regular": f(5, 3, 340_000, 175_000, 90_000),
      "no-se-fi-2024": f(2, 0, 140_000, 0, 0),
    });
    expect(report.rows.map((r) => r.label)).toEqual([
      "Norwegian-Russian regular project funds",
      "Norwegian-Swedish-Finnish project funds 2024",
    ]);
  });

  it("takes the year of the first submission in Oslo time (23:30 on 31 December is still that year)", async () => {
    const report = await buildReport(database.db, { groupBy: "year", locale: "nb" });
    expect(report.rows.map((r) => r.key)).toEqual(["2025", "2026"]);
    expect(byKey(report)).toEqual({
      "2025": f(2, 1, 140_000, 50_000, 50_000),
      "2026": f(5, 2, 340_000, 125_000, 40_000),
    });
    expect(report.years).toEqual([2026, 2025]);
  });

  it("groups by the applicant's county as registered when it applied, named in the reader's language", async () => {
    const report = await buildReport(database.db, { groupBy: "county", locale: "ru" });
    expect(byKey(report)).toEqual({
      "no-finnmark": f(4, 2, 280_000, 120_000, 90_000),
      "no-troms": f(2, 1, 130_000, 55_000, 0),
      "no-nordland": f(1, 0, 70_000, 0, 0),
    });
    expect(report.rows.map((r) => r.label).sort()).toEqual(["Нурланн", "Тромс", "Финнмарк"].sort());
  });

  it("groups by priority area, partner region and outcome", async () => {
    const areas = await buildReport(database.db, { groupBy: "priorityArea", locale: "en" });
    expect(byKey(areas)).toEqual({
      "culture-sport": f(4, 1, 280_000, 70_000, 40_000),
      indigenous: f(1, 1, 60_000, 55_000, 0),
      media: f(1, 0, 70_000, 0, 0),
      "competence-education": f(1, 1, 70_000, 50_000, 50_000),
    });
    expect(areas.rows.find((r) => r.key === "indigenous")?.label).toBe("Indigenous peoples");

    const regions = await buildReport(database.db, { groupBy: "partnerRegion", locale: "en" });
    // B has partners in two regions and counts in both; the totals count it once.
    expect(byKey(regions)).toEqual({
      "ru-murmansk": f(4, 2, 270_000, 105_000, 50_000),
      "ru-arkhangelsk": f(1, 1, 60_000, 55_000, 0),
      "ru-karelia": f(1, 1, 70_000, 70_000, 40_000),
      "se-norrbotten": f(1, 0, 70_000, 0, 0),
      "fi-lapland": f(1, 0, 70_000, 0, 0),
    });
    expect(regions.totals).toEqual(f(7, 3, 480_000, 175_000, 90_000));

    const outcomes = await buildReport(database.db, { groupBy: "outcome", locale: "en" });
    expect(outcomes.rows.map((r) => [r.label, r.figures])).toEqual([
      ["Being processed", f(1, 0, 70_000, 0, 0)],
      ["Approved", f(3, 3, 200_000, 175_000, 90_000)],
      ["Rejected", f(2, 0, 140_000, 0, 0)],
      ["Withdrawn", f(1, 0, 70_000, 0, 0)],
    ]);
  });

  it("filters by programme and year", async () => {
    const report = await buildReport(database.db, {
      groupBy: "county",
      programmeId: "no-ru-regular",
      year: 2026,
      locale: "en",
    });
    expect(byKey(report)).toEqual({
      "no-finnmark": f(2, 1, 140_000, 70_000, 40_000),
      "no-troms": f(1, 1, 60_000, 55_000, 0),
    });
    expect(report.totals).toEqual(f(3, 2, 200_000, 125_000, 40_000));
    const none = await buildReport(database.db, { groupBy: "county", year: 2019, locale: "en" });
    expect(none.rows).toEqual([]);
    expect(none.totals).toEqual(f(0, 0, 0, 0, 0));
  });

  it("writes the same table to CSV (UTF-8 with BOM, header row) and XLSX", async () => {
    const report = await buildReport(database.db, { groupBy: "county", locale: "ru" });
    const table = reportTable(report, createTranslator("ru"));
    const csv = reportCsv(table);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "Губерния заявителя,Получено,Одобрено,Запрошено (NOK),Выделено (NOK),Выплачено (NOK)",
    );
    expect(lines).toContain("Финнмарк,4,2,280000,120000,90000");
    expect(lines.at(-1)).toBe("Итого,7,3,480000,175000,90000");
    expect(readXlsxRows(reportXlsx(table, "Отчёт"))).toEqual([table.header, ...table.rows]);
  });
});
