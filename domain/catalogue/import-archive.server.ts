import { and, inArray, ne, sql } from "drizzle-orm";
import type { Db, Queryable } from "#db/connection.ts";
import { catalogueProjects } from "#db/schema.ts";
import { isCalendarDate } from "#domain/eligibility/oslo-dates.ts";
import type { CataloguePartner, CatalogueProjectInput, LocalisedText } from "./catalogue-project.ts";
import { decodeUtf8, parseCsv } from "./csv/parse-csv.ts";
import { type UpsertSummary, upsertCatalogueProjects } from "./upsert-catalogue-project.server.ts";

// The historical archive (projects funded since 2003) from a CSV file: `npm run cli --
// import-projects FILE.csv [--dry-run]`. Reading checks everything first and reports every bad row
// by line number and reason; writing happens only when no row is bad, in one transaction, keyed by
// case number (a second import of the same file updates the rows instead of adding new ones).

export interface ArchiveColumn {
  name: string;
  required: boolean;
  description: string;
}

/** The import's columns (first line of the file, any order; names are case-insensitive). */
export const archiveColumns: readonly ArchiveColumn[] = [
  {
    name: "case_number",
    required: true,
    description: 'the case number, e.g. 2005/00123 (letters, digits, ".", "_", "/")',
  },
  { name: "year", required: true, description: "year of application, e.g. 2005" },
  { name: "programme", required: false, description: "programme id, e.g. no-ru-regular" },
  { name: "priority_area", required: false, description: "priority area id, e.g. culture-sport" },
  { name: "title_nb", required: false, description: "title in Norwegian (at least one title per row)" },
  { name: "title_en", required: false, description: "title in English" },
  { name: "title_ru", required: false, description: "title in Russian" },
  { name: "summary_nb", required: false, description: "summary in Norwegian" },
  { name: "summary_en", required: false, description: "summary in English" },
  { name: "summary_ru", required: false, description: "summary in Russian" },
  { name: "results_nb", required: false, description: "results in Norwegian" },
  { name: "results_en", required: false, description: "results in English" },
  { name: "results_ru", required: false, description: "results in Russian" },
  { name: "applicant_name", required: true, description: "applicant organisation" },
  { name: "applicant_county", required: false, description: "applicant's county id, e.g. no-finnmark" },
  { name: "partner_names", required: false, description: 'partner organisations, separated by "|"' },
  {
    name: "partner_countries",
    required: false,
    description: 'partner countries (ISO codes, e.g. RU), separated by "|": one per partner, or one for all',
  },
  {
    name: "partner_regions",
    required: false,
    description: 'partner region ids (e.g. ru-murmansk), separated by "|": one per partner, or one for all',
  },
  {
    name: "amount_nok",
    required: true,
    description: 'amount granted in whole NOK, e.g. 150000 or "150 000"',
  },
  { name: "starts_on", required: false, description: "start date, YYYY-MM-DD" },
  { name: "ends_on", required: false, description: "end date, YYYY-MM-DD" },
  { name: "status", required: true, description: "ongoing or finished" },
];

const titleColumns = ["title_nb", "title_en", "title_ru"];
/** Columns the catalogue's CSV export writes that the import does not read. */
const exportOnlyColumns = ["id", "source"];

export const archiveLimits = {
  titleLength: 500,
  textLength: 10_000,
  nameLength: 300,
  partners: 50,
  firstYear: 1990,
  lastYear: 2100,
  maxAmount: 2_147_483_647,
} as const;

export interface ArchiveRowError {
  line: number;
  reason: string;
}

export interface ArchiveReading {
  /** The rows that passed, with the line each started on. */
  projects: { line: number; project: CatalogueProjectInput }[];
  /** Every bad row (or a problem with the whole file, at line 1 or the line named). */
  errors: ArchiveRowError[];
  /** Things that do not stop the import (unknown columns). */
  warnings: string[];
  /** Data rows read. */
  rows: number;
}

const idPattern = /^[a-z0-9][a-z0-9_-]{0,59}$/;
const caseNumberPattern = /^[A-Za-z0-9._]+(\/[A-Za-z0-9._]+)*$/;

function splitList(value: string): string[] {
  return value
    .split("|")
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Reads and checks a whole archive file; writes nothing. */
export function readArchiveCsv(bytes: Uint8Array): ArchiveReading {
  const reading: ArchiveReading = { projects: [], errors: [], warnings: [], rows: 0 };
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    reading.errors.push({ line: decoded.line, reason: decoded.reason });
    return reading;
  }
  const parsed = parseCsv(decoded.text);
  const [header, ...records] = parsed.records;
  if (!header) {
    reading.errors.push({ line: 1, reason: "the file is empty: the first line must name the columns" });
    return reading;
  }
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    if (index.has(name)) reading.errors.push({ line: header.line, reason: `column "${name}" appears twice` });
    index.set(name, i);
  });
  const missing = archiveColumns.filter((c) => c.required && !index.has(c.name)).map((c) => c.name);
  if (!titleColumns.some((c) => index.has(c))) missing.push("title_nb (or title_en or title_ru)");
  if (missing.length > 0) {
    reading.errors.push({
      line: header.line,
      reason: `missing required column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}${
        parsed.delimiter === "," && names.length === 1 && names[0]!.includes(";")
          ? " (is the file separated by semicolons?)"
          : ""
      }`,
    });
  }
  const known = new Set([...archiveColumns.map((c) => c.name), ...exportOnlyColumns]);
  const unknown = names.filter((name) => name !== "" && !known.has(name));
  if (unknown.length > 0) reading.warnings.push(`columns not used: ${unknown.join(", ")}`);
  if (reading.errors.length > 0) return reading;

  const seen = new Map<string, number>();
  for (const record of records) {
    reading.rows += 1;
    if (record.error) {
      reading.errors.push({ line: record.line, reason: record.error });
      continue;
    }
    if (record.fields.length !== names.length) {
      reading.errors.push({
        line: record.line,
        reason: `has ${record.fields.length} fields where the header has ${names.length} (a comma inside a field must be quoted)`,
      });
      continue;
    }
    const get = (name: string) => {
      const i = index.get(name);
      return i === undefined ? "" : record.fields[i]!.trim();
    };
    const result = projectOfRow(get);
    if (result.ok) {
      const first = seen.get(result.project.caseNumber);
      if (first !== undefined) {
        reading.errors.push({
          line: record.line,
          reason: `case_number ${result.project.caseNumber} is also on line ${first}`,
        });
        continue;
      }
      seen.set(result.project.caseNumber, record.line);
      reading.projects.push({ line: record.line, project: result.project });
    } else {
      reading.errors.push({ line: record.line, reason: result.reasons.join("; ") });
    }
  }
  if (parsed.fatal) reading.errors.push(parsed.fatal);
  reading.errors.sort((a, b) => a.line - b.line);
  return reading;
}

type RowResult = { ok: true; project: CatalogueProjectInput } | { ok: false; reasons: string[] };

function projectOfRow(get: (name: string) => string): RowResult {
  const reasons: string[] = [];
  const quote = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

  const caseNumber = get("case_number");
  if (caseNumber === "") reasons.push("case_number is empty");
  else if (caseNumber.length > 40 || !caseNumberPattern.test(caseNumber))
    reasons.push(`case_number ${quote(caseNumber)} may hold only letters, digits, ".", "_" and "/"`);
  else if (/^S\d/i.test(caseNumber))
    reasons.push(
      `case_number ${quote(caseNumber)}: numbers starting with S and a digit are kept for synthetic data`,
    );

  const yearText = get("year");
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < archiveLimits.firstYear || year > archiveLimits.lastYear)
    reasons.push(
      `year ${quote(yearText)} is not a year between ${archiveLimits.firstYear} and ${archiveLimits.lastYear}`,
    );

  const id = (name: string) => {
    const value = get(name).toLowerCase();
    if (value !== "" && !idPattern.test(value))
      reasons.push(`${name} ${quote(get(name))} is not an id such as no-finnmark`);
    return value || null;
  };
  const programmeId = id("programme");
  const priorityArea = id("priority_area");
  const applicantCounty = id("applicant_county");

  const text = (prefix: string, max: number): LocalisedText => {
    const result: LocalisedText = {};
    for (const locale of ["nb", "en", "ru"] as const) {
      const value = get(`${prefix}_${locale}`);
      if (value.length > max) reasons.push(`${prefix}_${locale} is longer than ${max} characters`);
      else if (value !== "") result[locale] = value;
    }
    return result;
  };
  const title = text("title", archiveLimits.titleLength);
  if (Object.keys(title).length === 0) reasons.push("no title: fill in title_nb, title_en or title_ru");
  const summary = text("summary", archiveLimits.textLength);
  const results = text("results", archiveLimits.textLength);

  const applicantName = get("applicant_name");
  if (applicantName === "") reasons.push("applicant_name is empty");
  else if (applicantName.length > archiveLimits.nameLength)
    reasons.push(`applicant_name is longer than ${archiveLimits.nameLength} characters`);

  const partnerNames = splitList(get("partner_names"));
  if (partnerNames.length > archiveLimits.partners)
    reasons.push(`more than ${archiveLimits.partners} partners`);
  if (partnerNames.some((name) => name.length > archiveLimits.nameLength))
    reasons.push(`a partner name is longer than ${archiveLimits.nameLength} characters`);
  const countries = splitList(get("partner_countries")).map((c) => c.toUpperCase());
  for (const country of countries)
    if (!/^[A-Z]{2}$/.test(country))
      reasons.push(`partner country ${quote(country)} is not a two-letter ISO code`);
  const regions = splitList(get("partner_regions")).map((r) => r.toLowerCase());
  for (const region of regions)
    if (!idPattern.test(region))
      reasons.push(`partner region ${quote(region)} is not an id such as ru-murmansk`);
  // One value per partner, in order; or one value for all partners.
  const perPartner = (values: string[], i: number) =>
    values.length === partnerNames.length ? values[i]! : values.length === 1 ? values[0]! : null;
  const partners: CataloguePartner[] = partnerNames.map((name, i) => ({
    name,
    country: perPartner(countries, i) ?? "",
    region: perPartner(regions, i),
  }));

  const amountText = get("amount_nok");
  const compact = amountText.replace(/[\s\u00a0\u202f]/g, "");
  const amountNok = Number(compact);
  if (!/^\d{1,10}$/.test(compact) || amountNok > archiveLimits.maxAmount)
    reasons.push(`amount_nok ${quote(amountText)} is not a whole number of kroner`);

  const date = (name: string) => {
    const value = get(name);
    if (value !== "" && !isCalendarDate(value))
      reasons.push(`${name} ${quote(value)} is not a date written YYYY-MM-DD`);
    return value || null;
  };
  const startsOn = date("starts_on");
  const endsOn = date("ends_on");
  if (startsOn && endsOn && isCalendarDate(startsOn) && isCalendarDate(endsOn) && endsOn < startsOn)
    reasons.push("ends_on is before starts_on");

  const status = get("status").toLowerCase();
  if (status !== "ongoing" && status !== "finished")
    reasons.push(`status ${quote(get("status"))} must be ongoing or finished`);

  if (reasons.length > 0) return { ok: false, reasons };
  return {
    ok: true,
    project: {
      caseNumber,
      source: "archive",
      title,
      summary,
      results,
      applicantName,
      applicantCounty,
      partners,
      partnerCountries: countries,
      partnerRegions: regions,
      priorityArea,
      programmeId,
      year,
      amountNok,
      startsOn,
      endsOn,
      status: status as "ongoing" | "finished",
    },
  };
}

/**
 * Case numbers in the file that the catalogue holds from another source (an approved case, or
 * synthetic data): an archive row must never replace them.
 */
export async function findForeignCaseNumbers(q: Queryable, caseNumbers: string[]): Promise<Set<string>> {
  const foreign = new Set<string>();
  for (let i = 0; i < caseNumbers.length; i += 1000) {
    const rows = await q
      .select({ caseNumber: catalogueProjects.caseNumber })
      .from(catalogueProjects)
      .where(
        and(
          inArray(catalogueProjects.caseNumber, caseNumbers.slice(i, i + 1000)),
          ne(catalogueProjects.source, "archive"),
        ),
      );
    for (const row of rows) foreign.add(row.caseNumber);
  }
  return foreign;
}

/** Adds the database's objections (case numbers held by cases) to a reading's errors. */
export async function checkArchiveAgainstCatalogue(q: Queryable, reading: ArchiveReading): Promise<void> {
  const foreign = await findForeignCaseNumbers(
    q,
    reading.projects.map((p) => p.project.caseNumber),
  );
  if (foreign.size === 0) return;
  for (const { line, project } of reading.projects) {
    if (foreign.has(project.caseNumber))
      reading.errors.push({
        line,
        reason: `case_number ${project.caseNumber} belongs to a case already published from this system`,
      });
  }
  reading.projects = reading.projects.filter((p) => !foreign.has(p.project.caseNumber));
  reading.errors.sort((a, b) => a.line - b.line);
}

export class ArchiveImportError extends Error {}

/**
 * Writes the rows in one transaction: all of them or, on any failure, none. `onProgress` hears the
 * rows written so far after each batch.
 */
export async function importArchive(
  db: Db,
  projects: CatalogueProjectInput[],
  options: { onProgress?: (written: number) => void | Promise<void>; batchSize?: number } = {},
): Promise<UpsertSummary> {
  const result = await db.transaction(async (tx) => {
    const summary = await upsertCatalogueProjects(tx, projects, {
      batchSize: options.batchSize,
      onBatch: options.onProgress,
    });
    // Checked before, but a case may have been published since: then nothing is written.
    if (summary.skipped.length > 0)
      throw new ArchiveImportError(
        `case numbers held by published cases: ${summary.skipped.slice(0, 10).join(", ")}; nothing was imported`,
      );
    return summary;
  });
  // Fresh statistics for the planner after a big write (PGlite has no autovacuum to do it).
  await db.execute(sql`analyze catalogue_project`);
  return result;
}
