import crypto from "node:crypto";
import { desc, eq } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { finalReports } from "#db/schema.ts";
import type { Person } from "#domain/access/case-scope.ts";
import { transitionCase } from "#domain/cases/transition-case.server.ts";
import { type Done, done, type Failure, refused } from "#domain/result.ts";
import type { CaseState } from "#vocabulary/vocabulary.ts";
import { buildReportContent, findReportProblems, type ReportProblem } from "./check-final-report.ts";
import type { FinalReportValues } from "./final-report-content.ts";
import { loadReportContext } from "./report-context.server.ts";
import { listReportPhotos } from "./report-photos.server.ts";

export interface SubmitReportInput {
  applicationId: string;
  values: FinalReportValues;
  user: Person;
  now: Date;
  mail: { smtpEnabled: boolean; baseUrl: string };
}

export type SubmitReportResult =
  | Done<{ from: CaseState; to: CaseState; number: number }>
  | Failure
  | { ok: false; error: "invalid"; problems: ReportProblem[] };

/**
 * The grantee sends the final report: the rules are checked again on the server (own funding
 * share, the auditor's confirmation, the grant), the report is stored with the next number, and
 * the case moves to "final report submitted" (which tells the adviser). All in one transaction
 * through transitionCase: a refusal anywhere stores nothing.
 */
export async function submitFinalReport(db: Db, input: SubmitReportInput): Promise<SubmitReportResult> {
  let problems: ReportProblem[] = [];
  let number = 0;
  const result = await transitionCase(db, {
    applicationId: input.applicationId,
    transition: "submit_final_report",
    actor: input.user,
    now: input.now,
    mail: input.mail,
    apply: async (tx, application) => {
      const context = await loadReportContext(tx, application);
      problems = findReportProblems(input.values, context);
      if (problems.length > 0) return refused("form.errorSummary", { why: "invalid" });
      const [latest] = await tx
        .select({ number: finalReports.number })
        .from(finalReports)
        .where(eq(finalReports.applicationId, application.id))
        .orderBy(desc(finalReports.number))
        .limit(1);
      number = (latest?.number ?? 0) + 1;
      const photos = await listReportPhotos(tx, application.id);
      await tx.insert(finalReports).values({
        id: crypto.randomUUID(),
        applicationId: application.id,
        number,
        content: buildReportContent(input.values, context, photos),
        submittedBy: input.user.id,
        submittedAt: input.now,
      });
      return undefined;
    },
    data: {},
  });
  if (!result.ok && problems.length > 0) return { ok: false, error: "invalid", problems };
  if (!result.ok) return result;
  return done({ ...result.value, number });
}
