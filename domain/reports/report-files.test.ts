import { describe, expect, it } from "vitest";
import { outcomeOf } from "./compute-report.ts";
import { reportCsv } from "./report-csv.ts";
import type { ReportTable } from "./report-table.ts";
import { reportXlsx } from "./report-xlsx.server.ts";
import { readXlsxRows } from "./testing/read-xlsx.ts";

const table: ReportTable = {
  header: ["Område", "Mottatt"],
  rows: [
    ['Kor, "sang" & <joik>', 3],
    ['=HYPERLINK("http://evil")', 1],
    ["Мурманск\nобласть", 2],
    ["Totalt", 6],
  ],
};

describe("report files", () => {
  it("quotes CSV cells that need it and never lets a name run as a formula", () => {
    const csv = reportCsv(table);
    expect(csv).toBe(
      '\uFEFFOmråde,Mottatt\r\n"Kor, ""sang"" & <joik>",3\r\n"\'=HYPERLINK(""http://evil"")",1\r\n"Мурманск\nобласть",2\r\nTotalt,6\r\n',
    );
  });

  it("writes an XLSX whose cells read back as written, markup escaped", () => {
    const bytes = reportXlsx(table, "Rapport: [2026]");
    // A zip file ("PK\x03\x04").
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(readXlsxRows(bytes)).toEqual([table.header, ...table.rows]);
  });

  it("calls a case approved only with a grant", () => {
    expect(outcomeOf("running", true)).toBe("approved");
    expect(outcomeOf("closed", true)).toBe("approved");
    expect(outcomeOf("closed", false)).toBe("rejected");
    expect(outcomeOf("appealed", false)).toBe("pending");
    expect(outcomeOf("ineligible", false)).toBe("ineligible");
    expect(outcomeOf("withdrawn", false)).toBe("withdrawn");
  });
});
