import { checkPermission } from "#domain/accounts/permissions.ts";
import { type CaseTransitionId, caseTransitionIds, caseTransitions } from "#domain/cases/case-transitions.ts";
import { mandatoryNotifications } from "#domain/cases/transition-case.server.ts";
import type { Role } from "#vocabulary/vocabulary.ts";

// The kinds of notification a person receives, by the workflow table: `case.<transition>` for each
// transition that tells someone (case-transitions.ts `notifies`). Applicants are told of what the
// secretariat does, advisers of what the applicant does; the decisions reach both.

/** Which vocabulary and which pages a person sees: the applicant's or the secretariat's. */
export type NotificationSide = "applicant" | "staff";

/** Staff read cases (`cases.read`); everyone else reads their own applications. */
export function notificationSideOf(role: Role): NotificationSide {
  return checkPermission(role, "cases.read").allowed ? "staff" : "applicant";
}

export function kindOfTransition(id: CaseTransitionId): string {
  return `case.${id}`;
}

/** The transition a kind names ("case.approve" -> "approve"), or null for other kinds ("case.assigned"). */
export function transitionOfKind(kind: string): CaseTransitionId | null {
  if (!kind.startsWith("case.")) return null;
  const id = kind.slice("case.".length);
  return (caseTransitionIds as string[]).includes(id) ? (id as CaseTransitionId) : null;
}

/** An e-mail the person cannot turn off: the decisions and returns listed in transition-case.server.ts. */
export function isMandatoryKind(kind: string): boolean {
  const transition = transitionOfKind(kind);
  return transition !== null && mandatoryNotifications.has(transition);
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
