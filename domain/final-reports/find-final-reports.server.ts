import { desc, eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { finalReports } from "#db/schema.ts";
import type { FinalReportContent } from "./final-report-content.ts";

export type FinalReportRecord = Omit<typeof finalReports.$inferSelect, "content"> & {
  content: FinalReportContent;
};

/** The case's final reports, the latest first (a returned report is followed by a new one). */
export async function listFinalReports(q: Queryable, applicationId: string): Promise<FinalReportRecord[]> {
  const rows = await q
    .select()
    .from(finalReports)
    .where(eq(finalReports.applicationId, applicationId))
    .orderBy(desc(finalReports.number));
  return rows as FinalReportRecord[];
}
