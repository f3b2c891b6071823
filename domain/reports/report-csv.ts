import type { ReportTable } from "./report-table.ts";

// CSV as spreadsheets open it: UTF-8 with a byte order mark (so Excel reads "Troms" and "Мурманск"
// right), comma-separated, CRLF, quoted where needed. A text that starts like a formula gets a
// leading apostrophe: names typed by applicants must never run as formulas in the ministry's Excel.

const formulaStart = /^[=+\-@\t\r]/;

function cell(value: string | number): string {
  if (typeof value === "number") return String(value);
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function reportCsv(table: ReportTable): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(cell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
