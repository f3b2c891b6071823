import { eq } from "drizzle-orm";
import type { Tx } from "#db/connection.ts";
import { applications, grants } from "#db/schema.ts";
import type { LatestVersion } from "#domain/assessment/find-latest-version.server.ts";
import { auditorRequired, endOfOsloDay, reportDueOn } from "./grant-terms.ts";

/**
 * Writes the grant a decision makes, inside the decision's transaction: the amount and conditions,
 * the advance share, report deadline and auditor requirement from the rules stored with the version
 * as sent, and the report's due moment on the application (which blocks the organisation's new
 * applications once it is overdue and unapproved).
 */
export async function writeGrant(
  tx: Tx,
  input: {
    applicationId: string;
    version: LatestVersion;
    amount: number;
    conditions: string | null;
    meetingId: string;
    decidedAt: Date;
  },
): Promise<void> {
  const { rules, content } = input.version;
  const dueOn = reportDueOn(content.form.project?.endDate, input.decidedAt);
  await tx.insert(grants).values({
    applicationId: input.applicationId,
    amount: input.amount,
    conditions: input.conditions,
    advanceMaxPercent: Math.floor(rules.advanceMaxPercent),
    reportDueOn: dueOn,
    auditorRequired: auditorRequired(input.amount, rules.finalReport.auditorAboveGrant),
    meetingId: input.meetingId,
    decidedAt: input.decidedAt,
  });
  await tx
    .update(applications)
    .set({ reportDueAt: endOfOsloDay(dueOn) })
    .where(eq(applications.id, input.applicationId));
}
