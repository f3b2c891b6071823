import { eq } from "drizzle-orm";
import type { Tx } from "#db/connection.ts";
import { type ApplicationRecord, members } from "#db/schema.ts";
import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { applicationTitle } from "#domain/applications/application-title.ts";
import { formatDate } from "#domain/i18n/format.ts";
import { translate } from "#domain/i18n/translate.ts";
import { sendNotification } from "#domain/notifications/send-notification.server.ts";

/**
 * The grantee's members are reminded of a final report due in `days` days, or told that it is
 * overdue ("final-report.reminder"). Not optional: a missed report blocks the organisation. The
 * e-mail is a "case-update" with the reminder as its sentence, leading to the report's page.
 */
export async function sendReportReminder(
  tx: Tx,
  reminder: {
    application: ApplicationRecord & { reportDueAt: Date };
    due: { kind: "reminder"; days: number } | { kind: "overdue" };
    mail: { smtpEnabled: boolean; baseUrl: string };
  },
): Promise<void> {
  const { application, due, mail } = reminder;
  const rows = await tx
    .select({ userId: members.userId })
    .from(members)
    .where(eq(members.organizationId, application.organizationId));
  await sendNotification(tx, {
    kind: "final-report.reminder",
    recipients: rows.map((row) => ({ userId: row.userId })),
    mail: ({ locale, name }) => {
      const date = formatDate(locale, application.reportDueAt);
      return {
        caseNumber: application.caseNumber ?? "",
        applicationTitle:
          applicationTitle(application.form as ApplicationForm, locale) ?? application.caseNumber ?? "",
        state:
          due.kind === "overdue"
            ? translate(locale, "finalReport.reminder.overdue", { date })
            : translate(locale, "finalReport.reminder.due", { date, count: due.days }),
        link: `${mail.baseUrl}/${locale}/applications/${application.id}/final-report`,
        name: name ?? undefined,
      };
    },
    smtpEnabled: mail.smtpEnabled,
  });
}
