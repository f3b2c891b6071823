import type { CatalogueProject } from "./catalogue-project.ts";

// The catalogue as CSV (RFC 4180: comma separated, fields with a comma, quote or line break in
// double quotes, quotes doubled, lines ending CRLF), UTF-8. The columns are the archive import's
// columns (import-archive.server.ts) plus id, source and results, in the same names, so an export can be
// imported again. Lists (partner names, countries, regions) are separated by "|".
//
// Spreadsheet safety: a text cell that starts with = + - @ or a tab is a formula to Excel, and the
// text comes from applicants; such a cell gets a leading apostrophe ("'=1+1"), the usual defence
// (OWASP "CSV injection"). Numbers and dates are written as they are.

export interface CsvColumn {
  name: string;
  description: string;
  value(project: CatalogueProject): string | number | null;
}

const list = (values: string[]) => values.join("|");

/**
 * Countries or regions in partner order ("RU|RU" for two Russian partners), so a re-import pairs
 * them with partner_names again; the project's own list when the partners do not say.
 */
function perPartner(
  project: CatalogueProject,
  pick: (partner: CatalogueProject["partners"][number]) => string | null,
  own: string[],
) {
  const values = project.partners.map(pick);
  return values.length > 0 && values.every(Boolean) ? list(values as string[]) : list(own);
}

export const catalogueCsvColumns: readonly CsvColumn[] = [
  { name: "id", description: "Stable public identifier (case number with / as -)", value: (p) => p.id },
  { name: "case_number", description: "Case number", value: (p) => p.caseNumber },
  {
    name: "source",
    description: "case (granted in this system), archive (imported history) or synthetic (made-up demo data)",
    value: (p) => p.source,
  },
  { name: "year", description: "Year of application", value: (p) => p.year },
  { name: "programme", description: "Programme id", value: (p) => p.programmeId },
  { name: "priority_area", description: "Priority area id", value: (p) => p.priorityArea },
  { name: "title_nb", description: "Title in Norwegian", value: (p) => p.title.nb ?? null },
  { name: "title_en", description: "Title in English", value: (p) => p.title.en ?? null },
  { name: "title_ru", description: "Title in Russian", value: (p) => p.title.ru ?? null },
  { name: "summary_nb", description: "Summary in Norwegian", value: (p) => p.summary.nb ?? null },
  { name: "summary_en", description: "Summary in English", value: (p) => p.summary.en ?? null },
  { name: "summary_ru", description: "Summary in Russian", value: (p) => p.summary.ru ?? null },
  {
    name: "results_nb",
    description: "Results (final report) in Norwegian",
    value: (p) => p.results.nb ?? null,
  },
  {
    name: "results_en",
    description: "Results (final report) in English",
    value: (p) => p.results.en ?? null,
  },
  {
    name: "results_ru",
    description: "Results (final report) in Russian",
    value: (p) => p.results.ru ?? null,
  },
  { name: "applicant_name", description: "Applicant organisation", value: (p) => p.applicantName },
  { name: "applicant_county", description: "Applicant's county id", value: (p) => p.applicantCounty },
  {
    name: "partner_names",
    description: "Partner organisations, separated by |",
    value: (p) => list(p.partners.map((x) => x.name)),
  },
  {
    name: "partner_countries",
    description: "Partner countries (ISO 3166-1 alpha-2), separated by |, one per partner when known",
    value: (p) => perPartner(p, (x) => x.country, p.partnerCountries),
  },
  {
    name: "partner_regions",
    description: "Partner region ids, separated by |, one per partner when known",
    value: (p) => perPartner(p, (x) => x.region, p.partnerRegions),
  },
  { name: "amount_nok", description: "Amount granted, whole NOK", value: (p) => p.amountNok },
  { name: "starts_on", description: "Planned start, YYYY-MM-DD", value: (p) => p.startsOn },
  { name: "ends_on", description: "Planned end, YYYY-MM-DD", value: (p) => p.endsOn },
  { name: "status", description: "ongoing or finished", value: (p) => p.status },
];

/** Excel reads a UTF-8 CSV as UTF-8 only with this mark first; other readers skip it. */
export const csvByteOrderMark = "\ufeff";

/** One field, quoted when needed (RFC 4180), with the spreadsheet formula guard for text. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

export function csvLine(fields: (string | number | null | undefined)[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

export function csvHeader(): string {
  return csvLine(catalogueCsvColumns.map((c) => c.name));
}

export function toCsvRow(project: CatalogueProject): string {
  return csvLine(catalogueCsvColumns.map((c) => c.value(project)));
}
