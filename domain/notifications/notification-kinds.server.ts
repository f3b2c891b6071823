import { checkPermission } from "#domain/accounts/permissions.ts";
import { type CaseTransitionId, caseTransitionIds, caseTransitions } from "#domain/cases/case-transitions.ts";
import type { MailTemplate } from "#domain/mail/templates.ts";
import type { Role } from "#vocabulary/vocabulary.ts";

// Every kind of notification the platform sends, and what each leaves behind: a line in the person's
// notification list (`inApp`), an e-mail made from `template`, or both. sendNotification
// (send-notification.server.ts) writes exactly these; adding a kind starts with a row here.
//
// Case kinds, `case.<transition>`, come from the workflow table (case-transitions.ts `notifies`):
// applicants are told of what the secretariat does, advisers of what the applicant does; the
// decisions reach both. They are the only e-mails a person can turn off, and not all of them.

export interface NotificationChannels {
  /** Shown in the person's notification list (people with an account only). */
  inApp: boolean;
  /** The e-mail sent, or null for an in-app note only. */
  template: MailTemplate | null;
}

/** A case changed state: in the list, and a "case-update" e-mail in the reader's words. */
const caseUpdate = { inApp: true, template: "case-update" } as const satisfies NotificationChannels;

const otherKinds = {
  /** A case was given to an adviser: a note in their list, no e-mail. */
  "case.assigned": { inApp: true, template: null },
  /** The receipt for a sent application, to the sender and the contact person. */
  "application.received": { inApp: false, template: "application-received" },
  /** A new message on an application (never what it says). */
  "application.message": { inApp: false, template: "application-message" },
  /** A partner invited to one application; the link carries the only copy of the token. */
  "application.invitation": { inApp: false, template: "application-invitation" },
  /** A final report due in 30 or 7 days, or overdue. */
  "final-report.reminder": { inApp: false, template: "case-update" },
  /** Better Auth's mails: confirm an address, reset a password, join an organisation. */
  "account.verify-email": { inApp: false, template: "verify-email" },
  "account.reset-password": { inApp: false, template: "reset-password" },
  "organisation.invitation": { inApp: false, template: "organisation-invitation" },
} as const satisfies Record<string, NotificationChannels>;

export type CaseNotificationKind = `case.${CaseTransitionId}`;
export type NotificationKind = CaseNotificationKind | keyof typeof otherKinds;

/** What a kind leaves behind, as a type: sendNotification's request asks for exactly these parts. */
export type ChannelsOf<K extends NotificationKind> = K extends keyof typeof otherKinds
  ? (typeof otherKinds)[K]
  : typeof caseUpdate;

export function channelsOf(kind: NotificationKind): NotificationChannels {
  if (Object.hasOwn(otherKinds, kind)) return otherKinds[kind as keyof typeof otherKinds];
  if (transitionOfKind(kind) === null) throw new Error(`Unknown notification kind ${kind}`);
  return caseUpdate;
}

/** Which vocabulary and which pages a person sees: the applicant's or the secretariat's. */
export type NotificationSide = "applicant" | "staff";

/** Staff read cases (`cases.read`); everyone else reads their own applications. */
export function notificationSideOf(role: Role): NotificationSide {
  return checkPermission(role, "cases.read").allowed ? "staff" : "applicant";
}

export function kindOfTransition(id: CaseTransitionId): CaseNotificationKind {
  return `case.${id}`;
}

/** The transition a kind names ("case.approve" -> "approve"), or null for other kinds ("case.assigned"). */
export function transitionOfKind(kind: string): CaseTransitionId | null {
  if (!kind.startsWith("case.")) return null;
  const id = kind.slice("case.".length);
  return (caseTransitionIds as string[]).includes(id) ? (id as CaseTransitionId) : null;
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

/** An e-mail the person cannot turn off: the decisions and returns above. */
export function isMandatoryKind(kind: string): boolean {
  const transition = transitionOfKind(kind);
  return transition !== null && mandatoryNotifications.has(transition);
}

/**
 * Whether a person's opt-out stops this kind's e-mail: only for the case kinds the settings page
 * offers. Everything else (receipts, reminders, invitations, account mails, decisions and returns)
 * is sent whatever the opt-out table holds, so a row forged into it changes nothing.
 */
export function canTurnOff(kind: string): boolean {
  return transitionOfKind(kind) !== null && !isMandatoryKind(kind);
}

export interface EmailKind {
  kind: string;
  transition: CaseTransitionId;
  mandatory: boolean;
}

/**
 * The case e-mails this role can receive, in table order. Applicants and partners get those that
 * notify the applicant; the roles that handle cases (and so can be a case's adviser) those that
 * notify the adviser. Roles that are never told (board, administrators) get none.
 */
export function emailKindsFor(role: Role): EmailKind[] {
  const side = notificationSideOf(role);
  if (side === "staff" && !checkPermission(role, "cases.handle").allowed) return [];
  const who = side === "applicant" ? "applicant" : "adviser";
  return caseTransitionIds
    .filter((id) => (caseTransitions[id].notifies as readonly string[]).includes(who))
    .map((id) => ({ kind: kindOfTransition(id), transition: id, mandatory: mandatoryNotifications.has(id) }));
}
