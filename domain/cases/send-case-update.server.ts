import { eq } from "drizzle-orm";
import type { Tx } from "#db/connection.ts";
import { type ApplicationRecord, members } from "#db/schema.ts";
import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { applicationTitle } from "#domain/applications/application-title.ts";
import { translate } from "#domain/i18n/translate.ts";
import { kindOfTransition } from "#domain/notifications/notification-kinds.server.ts";
import { type NotifiedPerson, sendNotification } from "#domain/notifications/send-notification.server.ts";
import { type CaseTransitionId, caseTransitions } from "./case-transitions.ts";

// What a state change tells whom, as the workflow table says (`notifies`): the applying
// organisation's members in the applicant's words, and the case's adviser in the secretariat's.
// Each gets the in-app note and the "case-update" e-mail of kind `case.<transition>`.

type Side = "applicant" | "adviser";

export interface CaseUpdate {
  /** The case as it is after the change (its new state). */
  application: ApplicationRecord;
  transition: CaseTransitionId;
  actorId: string;
  mail: { smtpEnabled: boolean; baseUrl: string };
}

export async function sendCaseUpdate(tx: Tx, update: CaseUpdate): Promise<void> {
  const { application } = update;
  const who: readonly Side[] = caseTransitions[update.transition].notifies;
  const told: { side: Side; userIds: string[] }[] = [];
  if (who.includes("applicant")) {
    const rows = await tx
      .select({ userId: members.userId })
      .from(members)
      .where(eq(members.organizationId, application.organizationId));
    told.push({ side: "applicant", userIds: rows.map((row) => row.userId) });
  }
  if (who.includes("adviser") && application.assignedAdviserId) {
    told.push({ side: "adviser", userIds: [application.assignedAdviserId] });
  }
  for (const { side, userIds } of told) {
    await sendNotification(tx, {
      kind: kindOfTransition(update.transition),
      recipients: userIds.map((userId) => ({ userId })),
      actorId: update.actorId,
      inApp: {
        applicationId: application.id,
        params: { caseNumber: application.caseNumber, state: application.status },
      },
      mail: (to) => caseUpdateMail(application, side, to, update.mail.baseUrl),
      smtpEnabled: update.mail.smtpEnabled,
    });
  }
}

/** The state in the reader's words (the applicant's status or the secretariat's case state) and their page. */
function caseUpdateMail(application: ApplicationRecord, side: Side, to: NotifiedPerson, baseUrl: string) {
  const { locale } = to;
  const state = translate(
    locale,
    side === "applicant" ? `application.status.${application.status}` : `case.state.${application.status}`,
  );
  const page = side === "applicant" ? `applications/${application.id}/status` : `cases/${application.id}`;
  return {
    caseNumber: application.caseNumber ?? "",
    applicationTitle:
      applicationTitle(application.form as ApplicationForm, locale) ?? application.caseNumber ?? "",
    state,
    link: `${baseUrl}/${locale}/${page}`,
    name: to.name ?? undefined,
  };
}
