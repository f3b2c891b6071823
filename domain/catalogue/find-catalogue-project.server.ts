import { type SQL, sql } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import type { CatalogueSource, CatalogueStatus } from "../../vocabulary/vocabulary.ts";
import type { CatalogueProject } from "./catalogue-project.ts";

// Reading whole projects: the project page and GET /api/v1/projects/{id} (one), the exports (many,
// see stream-catalogue.server.ts). The search documents and the internal application id stay inside.

export const publicColumns = sql`id, case_number, source, title, summary, results, applicant_name,
  applicant_county, partners, partner_countries, partner_regions, priority_area, programme_id, year,
  amount_nok, starts_on, ends_on, status, photos, updated_at`;

export interface PublicRow {
  id: string;
  case_number: string;
  source: CatalogueSource;
  title: CatalogueProject["title"];
  summary: CatalogueProject["summary"];
  results: CatalogueProject["results"];
  applicant_name: string;
  applicant_county: string | null;
  partners: CatalogueProject["partners"];
  partner_countries: string[];
  partner_regions: string[];
  priority_area: string | null;
  programme_id: string | null;
  year: number;
  amount_nok: number;
  starts_on: string | null;
  ends_on: string | null;
  status: CatalogueStatus;
  photos: CatalogueProject["photos"];
  updated_at: Date | string;
}

export function projectOfRow(row: PublicRow): CatalogueProject {
  return {
    id: row.id,
    caseNumber: row.case_number,
    source: row.source,
    title: row.title,
    summary: row.summary,
    results: row.results,
    applicantName: row.applicant_name,
    applicantCounty: row.applicant_county,
    partners: row.partners,
    partnerCountries: row.partner_countries,
    partnerRegions: row.partner_regions,
    priorityArea: row.priority_area,
    programmeId: row.programme_id,
    year: row.year,
    amountNok: row.amount_nok,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    status: row.status,
    photos: row.photos,
    updatedAt: new Date(row.updated_at),
  };
}

export async function selectProjects(
  q: Queryable,
  where: SQL,
  tail: SQL = sql``,
): Promise<CatalogueProject[]> {
  const result = (await q.execute(
    sql`select ${publicColumns} from catalogue_project where ${where} ${tail}`,
  )) as unknown as { rows: PublicRow[] };
  return result.rows.map(projectOfRow);
}

/** One project by its public id ("2026-00012"); null when there is none (a 404, as for any unknown id). */
export async function findCatalogueProject(q: Queryable, id: string): Promise<CatalogueProject | null> {
  if (id.length > 100) return null;
  const [project] = await selectProjects(q, sql`id = ${id}`);
  return project ?? null;
}
