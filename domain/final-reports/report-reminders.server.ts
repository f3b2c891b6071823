import { and, eq, inArray, isNotNull, isNull, lt } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { applicationEvents, applications } from "#db/schema.ts";
import { recordApplicationEvent } from "#domain/applications/application-events.server.ts";
import { lockApplication } from "#domain/cases/lock-application.server.ts";
import { osloDate } from "#domain/eligibility/oslo-dates.ts";
import type { CaseState } from "#vocabulary/vocabulary.ts";
import { sendReportReminder } from "./send-report-reminder.server.ts";

// The daily look at final reports that are due (jobs/report-reminders.ts runs it). The grantee's
// members are e-mailed 30 and 7 days before the report is due, once each, and once when it is
// overdue; each is recorded as an event of the case ("report-reminder" with {days},
// "report-overdue"), which is also how a second run (or a second worker) knows it was done. An
// overdue report blocks the organisation's new applications (submitApplication reads reportDueAt
// and reportApprovedAt); the flag here is what people see.
//
// The e-mails themselves: send-report-reminder.server.ts.

export const reminderDays = [30, 7] as const;
/** Cases whose report is still to be written (a report sent and waiting for review is not late). */
export const reportPendingStates: readonly CaseState[] = ["grant_accepted", "running", "report_returned"];

/** Calendar days from one Oslo date (YYYY-MM-DD) to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type ReminderDue = { kind: "reminder"; days: (typeof reminderDays)[number] } | { kind: "overdue" };

/**
 * What is due for one case today: the overdue flag once the due moment has passed, otherwise the
 * nearest reminder whose day has come (a run missed on day 30 still reminds on day 29; once the
 * 7-day reminder is due, the 30-day one is no longer sent). Null when nothing is due.
 */
export function reminderDue(
  now: Date,
  dueAt: Date,
  sent: { reminders: readonly number[]; overdue: boolean },
): ReminderDue | null {
  if (now.getTime() > dueAt.getTime()) return sent.overdue ? null : { kind: "overdue" };
  const left = daysBetween(osloDate(now), osloDate(dueAt));
  const days = [...reminderDays].sort((a, b) => a - b).find((d) => left <= d);
  if (days === undefined || sent.reminders.includes(days)) return null;
  return { kind: "reminder", days };
}

export interface ReminderRun {
  reminders: number;
  overdue: number;
}

export async function runReportReminders(
  db: Db,
  options: { now: Date; mail: { smtpEnabled: boolean; baseUrl: string } },
): Promise<ReminderRun> {
  const horizon = new Date(options.now.getTime() + (Math.max(...reminderDays) + 1) * 86_400_000);
  const candidates = await db
    .select({ id: applications.id })
    .from(applications)
    .where(
      and(
        isNotNull(applications.reportDueAt),
        isNull(applications.reportApprovedAt),
        inArray(applications.status, [...reportPendingStates]),
        lt(applications.reportDueAt, horizon),
      ),
    );
  const run: ReminderRun = { reminders: 0, overdue: 0 };
  for (const { id } of candidates) {
    // One case per transaction, under its row lock: a concurrent run waits and then finds the event.
    const outcome = await db.transaction(async (tx) => {
      const application = await lockApplication(tx, id);
      if (
        !application?.reportDueAt ||
        application.reportApprovedAt ||
        !reportPendingStates.includes(application.status)
      )
        return null;
      const events = await tx
        .select({ kind: applicationEvents.kind, data: applicationEvents.data })
        .from(applicationEvents)
        .where(
          and(
            eq(applicationEvents.applicationId, id),
            inArray(applicationEvents.kind, ["report-reminder", "report-overdue"]),
          ),
        );
      const due = reminderDue(options.now, application.reportDueAt, {
        reminders: events
          .filter((e) => e.kind === "report-reminder")
          .map((e) => Number((e.data as { days?: unknown }).days)),
        overdue: events.some((e) => e.kind === "report-overdue"),
      });
      if (!due) return null;
      await recordApplicationEvent(tx, {
        applicationId: id,
        kind: due.kind === "overdue" ? "report-overdue" : "report-reminder",
        actorId: null,
        at: options.now,
        data: due.kind === "overdue" ? { dueAt: application.reportDueAt.toISOString() } : { days: due.days },
      });
      await sendReportReminder(tx, {
        application: { ...application, reportDueAt: application.reportDueAt },
        due,
        mail: options.mail,
      });
      return due;
    });
    if (!outcome) continue;
    if (outcome.kind === "overdue") run.overdue += 1;
    else run.reminders += 1;
  }
  return run;
}
