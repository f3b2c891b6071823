import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "#db/connection.ts";
import {
  type ApplicationRecord,
  applications,
  members,
  notificationOptOuts,
  notifications,
  users,
} from "#db/schema.ts";
import { recordApplicationEvent } from "#domain/applications/application-events.server.ts";
import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { applicationTitle } from "#domain/applications/application-title.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { syncCaseToCatalogue } from "#domain/catalogue/sync-case-to-catalogue.server.ts";
import { translate } from "#domain/i18n/translate.ts";
import { queueMail } from "#domain/mail/queue-mail.server.ts";
import type { CaseState } from "#vocabulary/vocabulary.ts";
import { isLocale, type Locale, type Role } from "#vocabulary/vocabulary.ts";
import {
  type CaseActor,
  type CaseTransitionId,
  caseTransitions,
  checkTransition,
  type TransitionActor,
} from "./case-transitions.ts";

export interface CaseUser {
  id: string;
  role: Role;
  officeId: string | null;
}

export interface TransitionInput {
  applicationId: string;
  transition: CaseTransitionId;
  actor: CaseUser;
  now: Date;
  /** Shown in the history (a reason, a decision's amount); never personal data. */
  data?: Record<string, unknown>;
  mail: { smtpEnabled: boolean; baseUrl: string };
  /**
   * The transition's own writes (a screening outcome, a grant, a decision), in the same transaction
   * after the checks and before the state changes. Return a refusal to abort with nothing written.
   */
  apply?: (tx: Tx, application: ApplicationRecord) => Promise<{ refused: string } | undefined>;
}

export type TransitionResult =
  | { ok: true; from: CaseState; to: CaseState; mailIds: string[] }
  | { ok: false; error: "not-found" }
  | { ok: false; error: "refused"; reason: string; state: CaseState };

/** How the person stands to this case: a member of the applying organisation, or their staff role. */
export async function caseActorOf(
  q: Db | Tx,
  application: Pick<ApplicationRecord, "organizationId">,
  user: CaseUser,
): Promise<TransitionActor> {
  const [membership] = await q
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.organizationId, application.organizationId), eq(members.userId, user.id)));
  if (membership) return { as: "applicant" };
  const staff: readonly CaseActor[] = ["adviser", "programme_manager", "board_member"];
  return {
    as: staff.includes(user.role as CaseActor) ? (user.role as CaseActor) : "other",
    officeId: user.officeId,
  };
}

/**
 * Moves a case along the workflow: the one door every state change goes through. Under the
 * application's row lock it checks the table (state, role, office, who decides), runs the
 * transition's own writes, changes the state, and records one history event, one audit entry and
 * the notifications (in-app, and e-mail unless the person turned that kind off). All or nothing.
 * Given a transaction, it runs inside it (a savepoint), so a caller's own writes and the state
 * change commit together.
 */
export async function transitionCase(db: Db | Tx, input: TransitionInput): Promise<TransitionResult> {
  return db.transaction(async (tx) => {
    const [application] = await tx
      .select()
      .from(applications)
      .where(eq(applications.id, input.applicationId))
      .for("update");
    if (!application) return { ok: false as const, error: "not-found" as const };
    const from = application.status;
    const actor = await caseActorOf(tx, application, input.actor);
    const verdict = checkTransition(
      input.transition,
      { state: from, officeId: application.officeId, decidedBy: application.decidedBy ?? "secretariat" },
      actor,
    );
    if (!verdict.allowed)
      return { ok: false as const, error: "refused" as const, reason: verdict.reason, state: from };
    const refusal = input.apply ? await input.apply(tx, application) : undefined;
    if (refusal)
      return { ok: false as const, error: "refused" as const, reason: refusal.refused, state: from };

    const transition = caseTransitions[input.transition];
    const to: CaseState = transition.to;
    await tx
      .update(applications)
      .set({ status: to, updatedAt: input.now })
      .where(eq(applications.id, application.id));
    await recordApplicationEvent(tx, {
      applicationId: application.id,
      kind: input.transition,
      actorId: input.actor.id,
      at: input.now,
      data: { from, to, ...input.data },
    });
    await recordAuditEntry(tx, {
      actor: { id: input.actor.id, label: `user:${input.actor.id}` },
      action: `case.${input.transition}`,
      entityType: "application",
      entityId: application.id,
      before: { status: from },
      after: { status: to, ...input.data },
      at: input.now,
    });
    // The public catalogue shows a project from its approval on, and never a case that is not.
    await syncCaseToCatalogue(tx, application.id);
    const mailIds = await notify(tx, { ...application, status: to }, transition.notifies, input);
    return { ok: true as const, from, to, mailIds };
  });
}

async function notify(
  tx: Tx,
  application: ApplicationRecord,
  who: readonly ("applicant" | "adviser")[],
  input: TransitionInput,
): Promise<string[]> {
  const recipients: {
    id: string;
    email: string;
    locale: string;
    name: string;
    side: "applicant" | "adviser";
  }[] = [];
  if (who.includes("applicant")) {
    const rows = await tx
      .select({ id: users.id, email: users.email, locale: users.locale, name: users.name })
      .from(members)
      .innerJoin(users, eq(users.id, members.userId))
      .where(eq(members.organizationId, application.organizationId));
    recipients.push(...rows.map((row) => ({ ...row, side: "applicant" as const })));
  }
  if (who.includes("adviser") && application.assignedAdviserId) {
    const [row] = await tx
      .select({ id: users.id, email: users.email, locale: users.locale, name: users.name })
      .from(users)
      .where(eq(users.id, application.assignedAdviserId));
    if (row) recipients.push({ ...row, side: "adviser" });
  }
  const kind = `case.${input.transition}`;
  const mailIds: string[] = [];
  for (const recipient of recipients) {
    if (recipient.id === input.actor.id) continue;
    await tx.insert(notifications).values({
      id: crypto.randomUUID(),
      userId: recipient.id,
      kind,
      applicationId: application.id,
      params: { caseNumber: application.caseNumber, state: application.status },
    });
    const [optedOut] = await tx
      .select({ kind: notificationOptOuts.kind })
      .from(notificationOptOuts)
      .where(and(eq(notificationOptOuts.userId, recipient.id), eq(notificationOptOuts.kind, kind)));
    if (optedOut && !mandatoryNotifications.has(input.transition)) continue;
    const locale: Locale = isLocale(recipient.locale) ? recipient.locale : "nb";
    const state = translate(
      locale,
      recipient.side === "applicant"
        ? `application.status.${application.status}`
        : `case.state.${application.status}`,
    );
    const path = recipient.side === "applicant" ? "applications" : "cases";
    mailIds.push(
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
            state,
            link: `${input.mail.baseUrl}/${locale}/${path}/${application.id}${recipient.side === "applicant" ? "/status" : ""}`,
            name: recipient.name,
          },
        },
        { smtpEnabled: input.mail.smtpEnabled },
      ),
    );
  }
  return mailIds;
}

/** E-mails a person cannot turn off: decisions and returns the applicant must act on in time. */
export const mandatoryNotifications: ReadonlySet<CaseTransitionId> = new Set([
  "return_to_applicant",
  "mark_ineligible",
  "approve",
  "reject",
  "uphold_appeal",
  "dismiss_appeal",
  "return_report",
]);
