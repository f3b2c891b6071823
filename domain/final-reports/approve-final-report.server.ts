import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { applications, finalReports } from "#db/schema.ts";
import type { Person } from "#domain/access/case-scope.ts";
import { type TransitionResult, transitionCase } from "#domain/cases/transition-case.server.ts";
import { refused } from "#domain/result.ts";

export interface ReportDecisionInput {
  applicationId: string;
  actor: Person;
  now: Date;
  mail: { smtpEnabled: boolean; baseUrl: string };
}

/**
 * The adviser approves the latest report (the case may then get its final payment, and the
 * organisation may apply again) or returns it with a note the grantee reads before sending a new
 * one. Through transitionCase: the table decides who may (advisers of the case's office, programme
 * managers), and the applicant is told in-app and by e-mail.
 */
export function approveFinalReport(db: Db, input: ReportDecisionInput): Promise<TransitionResult> {
  return decideOnReport(db, "approve", input, "");
}

/** The adviser returns the report with a note (required) that says what the grantee must change. */
export function returnFinalReport(
  db: Db,
  input: ReportDecisionInput & { note: string },
): Promise<TransitionResult> {
  return decideOnReport(db, "return", input, input.note.trim());
}

async function decideOnReport(
  db: Db,
  decision: "approve" | "return",
  input: ReportDecisionInput,
  note: string,
): Promise<TransitionResult> {
  return transitionCase(db, {
    applicationId: input.applicationId,
    transition: decision === "approve" ? "approve_report" : "return_report",
    actor: input.actor,
    now: input.now,
    mail: input.mail,
    apply: async (tx, application) => {
      if (decision === "return" && !note) return refused("finalReport.refused.note-required");
      const [report] = await tx
        .select({ id: finalReports.id, number: finalReports.number })
        .from(finalReports)
        .where(and(eq(finalReports.applicationId, application.id), isNull(finalReports.outcome)))
        .orderBy(desc(finalReports.number))
        .limit(1);
      if (!report) return refused("finalReport.refused.no-report");
      await tx
        .update(finalReports)
        .set({
          outcome: decision === "approve" ? "approved" : "returned",
          reviewNote: decision === "return" ? note : null,
          reviewedBy: input.actor.id,
          reviewedAt: input.now,
        })
        .where(eq(finalReports.id, report.id));
      if (decision === "approve")
        await tx
          .update(applications)
          .set({ reportApprovedAt: input.now })
          .where(eq(applications.id, application.id));
      return undefined;
    },
  });
}
