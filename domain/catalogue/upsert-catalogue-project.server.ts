import { and, eq, sql } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { catalogueProjects } from "#db/schema.ts";
import { noteCatalogueChanged } from "./catalogue-generation.ts";
import { type CatalogueProjectInput, catalogueIdOf, cleanLocalised, cleanText } from "./catalogue-project.ts";
import type { PublicRow } from "./find-catalogue-project.server.ts";

// Writes projects and their search documents. The documents are made by PostgreSQL itself, in the
// same statement, from the row's own text, so they can never disagree with it:
//   search_nb = title.nb (weight A) + summary.nb and results.nb (weight B), Norwegian stemming,
//               + the applicant's and partners' names unstemmed ('simple', so names match as typed);
//   search_en, search_ru the same with English and Russian stemming;
//   search_text = every title and name, lower-cased, for the trigram (typo-tolerant) match.
// Rows travel as one JSON parameter per batch (jsonb_to_recordset): one round trip for hundreds of
// rows, no limit on parameters, and no array encoding that differs between the two drivers.
//
// Keyed by case number: writing a project again updates it. A row of another source is left
// alone (an archive import or the generator never overwrites a case's projection), except that a
// case's projection takes over an archive row with its number: the case is the better record.

/** Rows per statement in bulk writes: big enough to amortise the round trip, small enough to stay quick. */
export const upsertBatchSize = 500;

export interface UpsertSummary {
  inserted: number;
  updated: number;
  /** Case numbers held by a row of another source, which were left unchanged. */
  skipped: string[];
}

/** A row as written: the public columns (but the time, which the database sets) and two inside ones. */
type RecordRow = Omit<PublicRow, "updated_at"> & {
  application_id: string | null;
  /** The applicant's and partners' names, for the search documents. */
  names: string;
};

function unique(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === "string" && v !== ""))].sort();
}

function toRecord(input: CatalogueProjectInput): RecordRow {
  const partners = input.partners
    .map((p) => ({
      name: cleanText(p.name),
      country: p.country.trim().toUpperCase(),
      region: p.region || null,
    }))
    .filter((p) => p.name !== "");
  const applicantName = cleanText(input.applicantName);
  return {
    id: catalogueIdOf(input.caseNumber),
    case_number: input.caseNumber,
    source: input.source,
    application_id: input.applicationId ?? null,
    title: cleanLocalised(input.title),
    summary: cleanLocalised(input.summary),
    results: cleanLocalised(input.results),
    applicant_name: applicantName,
    applicant_county: input.applicantCounty || null,
    partners,
    partner_countries: unique(input.partnerCountries ?? partners.map((p) => p.country)),
    partner_regions: unique(input.partnerRegions ?? partners.map((p) => p.region)),
    priority_area: input.priorityArea || null,
    programme_id: input.programmeId || null,
    year: input.year,
    amount_nok: input.amountNok,
    starts_on: input.startsOn || null,
    ends_on: input.endsOn || null,
    status: input.status,
    photos: input.photos ?? [],
    names: [applicantName, ...partners.map((p) => p.name)].join(" "),
  };
}

function document(config: string, locale: string) {
  const c = sql.raw(`'${config}'::regconfig`);
  const l = sql.raw(`'${locale}'`);
  return sql`setweight(to_tsvector(${c}, coalesce(r.title->>${l}, '')), 'A')
    || setweight(to_tsvector(${c}, concat_ws(' ', r.summary->>${l}, r.results->>${l})), 'B')
    || to_tsvector('simple'::regconfig, r.names)`;
}

async function writeBatch(q: Queryable, records: RecordRow[], summary: UpsertSummary): Promise<void> {
  const result = (await q.execute(sql`
    insert into catalogue_project as cp (
      id, case_number, source, application_id, title, summary, results, applicant_name, applicant_county,
      partners, partner_countries, partner_regions, priority_area, programme_id, year, amount_nok,
      starts_on, ends_on, status, photos, search_nb, search_en, search_ru, search_text, updated_at)
    select r.id, r.case_number, r.source, r.application_id, r.title, r.summary, r.results, r.applicant_name,
      r.applicant_county, r.partners, r.partner_countries, r.partner_regions, r.priority_area, r.programme_id,
      r.year, r.amount_nok, r.starts_on, r.ends_on, r.status, r.photos,
      ${document("norwegian", "nb")}, ${document("english", "en")}, ${document("russian", "ru")},
      lower(concat_ws(' ', r.title->>'nb', r.title->>'en', r.title->>'ru', r.names)),
      now()
    from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as r(
      id text, case_number text, source text, application_id text, title jsonb, summary jsonb, results jsonb,
      applicant_name text, applicant_county text, partners jsonb, partner_countries text[],
      partner_regions text[], priority_area text, programme_id text, year integer, amount_nok integer,
      starts_on text, ends_on text, status text, photos jsonb, names text)
    on conflict (case_number) do update set
      source = excluded.source, application_id = excluded.application_id, title = excluded.title,
      summary = excluded.summary, results = excluded.results, applicant_name = excluded.applicant_name,
      applicant_county = excluded.applicant_county, partners = excluded.partners,
      partner_countries = excluded.partner_countries, partner_regions = excluded.partner_regions,
      priority_area = excluded.priority_area, programme_id = excluded.programme_id, year = excluded.year,
      amount_nok = excluded.amount_nok, starts_on = excluded.starts_on, ends_on = excluded.ends_on,
      status = excluded.status, photos = excluded.photos, search_nb = excluded.search_nb,
      search_en = excluded.search_en, search_ru = excluded.search_ru, search_text = excluded.search_text,
      updated_at = excluded.updated_at
    where cp.source = excluded.source or (excluded.source = 'case' and cp.source = 'archive')
    returning cp.case_number, (cp.xmax = 0) as inserted
  `)) as unknown as { rows: { case_number: string; inserted: boolean }[] };
  const written = new Set<string>();
  for (const row of result.rows) {
    written.add(row.case_number);
    if (row.inserted) summary.inserted += 1;
    else summary.updated += 1;
  }
  for (const record of records)
    if (!written.has(record.case_number)) summary.skipped.push(record.case_number);
}

/**
 * Writes many projects, `upsertBatchSize` rows per statement. Not a transaction of its own: pass a
 * transaction to make the whole write all or nothing. A case number given twice: the last one wins.
 * `onBatch` is told the rows written so far after each statement (progress bars).
 */
export async function upsertCatalogueProjects(
  q: Queryable,
  inputs: Iterable<CatalogueProjectInput>,
  options: { batchSize?: number; onBatch?: (written: number) => void | Promise<void> } = {},
): Promise<UpsertSummary> {
  const batchSize = options.batchSize ?? upsertBatchSize;
  const summary: UpsertSummary = { inserted: 0, updated: 0, skipped: [] };
  let batch = new Map<string, RecordRow>();
  let done = 0;
  const flush = async () => {
    if (batch.size === 0) return;
    const records = [...batch.values()];
    batch = new Map();
    await writeBatch(q, records, summary);
    noteCatalogueChanged();
    done += records.length;
    await options.onBatch?.(done);
  };
  for (const input of inputs) {
    const record = toRecord(input);
    batch.set(record.case_number, record);
    if (batch.size >= batchSize) await flush();
  }
  await flush();
  return summary;
}

/** Writes one project; "skipped" when its case number belongs to a row of another source. */
export async function upsertCatalogueProject(
  q: Queryable,
  input: CatalogueProjectInput,
): Promise<"inserted" | "updated" | "skipped"> {
  const summary = await upsertCatalogueProjects(q, [input]);
  return summary.inserted ? "inserted" : summary.updated ? "updated" : "skipped";
}

/** Takes an application's projection out of the catalogue (a rejected, withdrawn or reopened case). */
export async function deleteCaseProject(q: Queryable, applicationId: string): Promise<boolean> {
  const removed = await q
    .delete(catalogueProjects)
    .where(and(eq(catalogueProjects.applicationId, applicationId), eq(catalogueProjects.source, "case")))
    .returning({ id: catalogueProjects.id });
  if (removed.length > 0) noteCatalogueChanged();
  return removed.length > 0;
}

/** Removes every generated project (before generating a new corpus). Returns how many went. */
export async function deleteSyntheticProjects(q: Queryable): Promise<number> {
  // Counted in the database: a benchmark corpus is 100,000 rows, no need to ship their ids back.
  const result = (await q.execute(
    sql`with gone as (delete from catalogue_project where source = 'synthetic' returning 1) select count(*)::int as n from gone`,
  )) as unknown as { rows: { n: number }[] };
  noteCatalogueChanged();
  return result.rows[0]?.n ?? 0;
}
