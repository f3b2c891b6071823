import { sql } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { isCaseState } from "#vocabulary/vocabulary.ts";
import { projectFromCase } from "./project-from-case.ts";
import { deleteCaseProject, upsertCatalogueProject } from "./upsert-catalogue-project.server.ts";

// Keeps the catalogue in step with one case. The case workflow calls this after every transition,
// inside the transition's transaction, so the catalogue changes exactly when the case does: a
// case in a published state with a grant is written (again) from the latest version as sent, any
// other case is taken out. Cheap (one read of the facts, one write) and idempotent (the same case
// gives the same row however often it is called).

export type CatalogueSyncResult = "published" | "removed" | "absent";

export async function syncCaseToCatalogue(q: Queryable, applicationId: string): Promise<CatalogueSyncResult> {
  // One round trip for every fact the projection needs; the version and report are read by their
  // unique (application_id, number) indexes.
  const result = (await q.execute(sql`
    select a.status, a.case_number, a.programme_id, g.amount as grant_amount,
      (select v.content from application_version v where v.application_id = a.id
        order by v.number desc limit 1) as content,
      (select v.submitted_at from application_version v where v.application_id = a.id
        order by v.number asc limit 1) as first_submitted_at,
      (select r.content from final_report r where r.application_id = a.id and r.outcome = 'approved'
        order by r.number desc limit 1) as approved_report
    from application a left join "grant" g on g.application_id = a.id
    where a.id = ${applicationId}
  `)) as unknown as {
    rows: {
      status: string;
      case_number: string | null;
      programme_id: string;
      grant_amount: number | null;
      content: unknown;
      first_submitted_at: Date | string | null;
      approved_report: unknown;
    }[];
  };
  const row = result.rows[0];
  const project =
    row &&
    isCaseState(row.status) &&
    row.case_number !== null &&
    row.grant_amount !== null &&
    row.content !== null &&
    row.first_submitted_at !== null
      ? projectFromCase({
          applicationId,
          caseNumber: row.case_number,
          status: row.status,
          programmeId: row.programme_id,
          firstSubmittedAt: new Date(row.first_submitted_at),
          content: typeof row.content === "string" ? JSON.parse(row.content) : row.content,
          grantAmount: Number(row.grant_amount),
          approvedReport:
            typeof row.approved_report === "string" ? JSON.parse(row.approved_report) : row.approved_report,
        })
      : null;
  if (!project) return (await deleteCaseProject(q, applicationId)) ? "removed" : "absent";
  await upsertCatalogueProject(q, project);
  return "published";
}
