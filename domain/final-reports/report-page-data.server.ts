import type { Queryable } from "#db/connection.ts";
import type { ApplicationRecord } from "#db/schema.ts";
import { listFinalReports } from "./find-final-reports.server.ts";
import { loadReportContext } from "./report-context.server.ts";

// What both final-report pages (the grantee's and the adviser's, report-pages.ts) are built from:
// what the report is judged against, and every report sent so far.
export async function loadReportPageData(q: Queryable, application: Pick<ApplicationRecord, "id">) {
  const [context, reports] = await Promise.all([
    loadReportContext(q, application),
    listFinalReports(q, application.id),
  ]);
  return { context, reports };
}
