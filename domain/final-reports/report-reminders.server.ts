import { and, eq, inArray, isNotNull, isNull, lt } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { type ApplicationRecord, applicationEvents, applications, members, users } from "#db/schema.ts";
import { recordApplicationEvent } from "#domain/applications/application-events.server.ts";
import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { applicationTitle } from "#domain/applications/application-title.ts";
import { osloDate } from "#domain/eligibility/oslo-dates.ts";
import { formatDate } from "#domain/i18n/format.ts";
import { translate } from "#domain/i18n/translate.ts";
import { queueMail } from "#domain/mail/queue-mail.server.ts";
import { type CaseState, isLocale, type Locale } from "#vocabulary/vocabulary.ts";

// The daily look at final reports that are due (jobs/report-reminders.ts runs it). The grantee's
// members are e-mailed 30 and 7 days before the report is due, once each, and once when it is
// overdue; each is recorded as an event of the case ("report-reminder" with {days},
// "report-overdue"), which is also how a second run (or a second worker) knows it was done. An
// overdue report blocks the organisation's new applications (submitApplication reads reportDueAt
// and reportApprovedAt); the flag here is what people see.
//
// These e-mails are not optional (a missed report blocks the organisation), so opt-outs do not
// apply. They reuse the "case-update" template with the reminder as its sentence.

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
  mailIds: string[];
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
  const run: ReminderRun = { reminders: 0, overdue: 0, mailIds: [] };
  for (const { id } of candidates) {
    // One case per transaction, under its row lock: a concurrent run waits and then finds the event.
    const outcome = await db.transaction(async (tx) => {
      const [application] = await tx.select().from(applications).where(eq(applications.id, id)).for("update");
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
      const mailIds = await mailMembers(tx, application, due, options.mail);
      return { due, mailIds };
    });
    if (!outcome) continue;
    if (outcome.due.kind === "overdue") run.overdue += 1;
    else run.reminders += 1;
    run.mailIds.push(...outcome.mailIds);
  }
  return run;
}

async function mailMembers(
  tx: Parameters<Parameters<Db["transaction"]>[0]>[0],
  application: ApplicationRecord,
  due: ReminderDue,
  mail: { smtpEnabled: boolean; baseUrl: string },
): Promise<string[]> {
  const recipients = await tx
    .select({ email: users.email, locale: users.locale, name: users.name })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(members.organizationId, application.organizationId));
  const ids: string[] = [];
  for (const recipient of recipients) {
    const locale: Locale = isLocale(recipient.locale) ? recipient.locale : "nb";
    const date = formatDate(locale, application.reportDueAt!);
    const sentence =
      due.kind === "overdue"
        ? translate(locale, "finalReport.reminder.overdue", { date })
        : translate(locale, "finalReport.reminder.due", { date, count: due.days });
    ids.push(
      await queueMail(
        tx,
        {
          to: recipient.email,
          locale,
          template: "case-update",
          params: {
            caseNumber: application.caseNumber ?? "",
            applicationTitle:
              applicationTitle(application.form as ApplicationForm, locale) ?? application.caseNumber ?? "",
            state: sentence,
            link: `${mail.baseUrl}/${locale}/applications/${application.id}/final-report`,
            name: recipient.name,
          },
        },
        { smtpEnabled: mail.smtpEnabled },
      ),
    );
  }
  return ids;
}
