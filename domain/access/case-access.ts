import { type Permission, permissionTable } from "#domain/accounts/permissions.ts";
import { type ApplicationSection, applicationSections } from "#domain/applications/application-sections.ts";
import { editableStates } from "#domain/cases/case-states.ts";
import {
  type CaseTransition,
  type CaseTransitionId,
  caseTransitionIds,
  caseTransitions,
} from "#domain/cases/case-transitions.ts";
import { advanceStates, finalPaymentStates } from "#domain/payments/payment-amounts.ts";
import { type CaseState, caseStates, type Role, staffRoles } from "#vocabulary/vocabulary.ts";
import { type CaseFacts, caseScopes, checkScope, type Person, type ScopeRefusal } from "./case-scope.ts";

// # Who may see and do what with one application or case
//
// The one module that answers it, for every page, action and domain operation. Rules as data (the
// table below, the workflow table it reads, the role table in domain/accounts/permissions.ts for
// platform rights, the scope of each role in case-scope.ts) and one pure function that judges a
// person, their tie to the case, the case and an action, and explains its verdict. The server
// part (case-access.server.ts) only reads the tie and the row; routes ask through
// app/web/case-access.server.ts (404 for "may not see", 403 for "may see but may not do").
//
// A person's verdict is built in this order, and the first refusal is the answer:
// 1. an action only staff do, and a role that never does it: refused without looking at the case;
// 2. seeing the case: through a tie (a member of the applying organisation, an invited partner) or
//    the role's scope (advisers their own office's sent cases, board members the board's cases
//    and every appeal, programme managers and administrators every sent case);
// 3. who: the side the person sees it from may do it (with a partner's rights, the deciding body);
// 4. when: the case's state; for a returned case, the steps it opened (a step it did not open stays
//    closed until another return, so that refusal is "forbidden", not "state").
// The verdicts for every role, tie, state and action are written out in case-access.snap.md.

/** How a person is tied to one application, beyond their platform role (read from the database). */
export type CaseTie =
  /** A member (owner or member) of the applying organisation. */
  | { kind: "applicant" }
  /** A partner who accepted an invitation to this application, with the rights it names. */
  | { kind: "collaborator"; canComment: boolean; editSections: readonly string[] }
  | { kind: "none" };

/** Everything a verdict needs: plain data, so a loader can hold it and a test can write it down. */
export interface CaseAccess<A extends CaseFacts = CaseFacts> {
  person: Person;
  tie: CaseTie;
  application: A;
}

/** The rule of one action. */
export interface CaseActionRule {
  /** Members of the applying organisation may. */
  applicant?: true;
  /** Invited partners may: every partner ("read"), or one whose invitation gives the right. */
  collaborator?: "read" | "comment" | "edit";
  /** Staff who see the case may, when their role holds this platform right, or is listed. */
  staff?: Permission | readonly Role[];
  /** Only in these states (otherwise whenever the person sees the case). */
  states?: readonly CaseState[];
  /** The step of the application it changes: a returned case opens only the steps it names. */
  section?: ApplicationSection;
  /** Made by the body that decides the case (the workflow table's decisions). */
  decision?: true;
  /** The workflow transition this action is. */
  transition?: CaseTransitionId;
}

const sentStates = caseStates.filter((state) => state !== "draft");

function staffActors(transition: CaseTransition): Role[] {
  return transition.actors.filter(
    (actor): actor is Exclude<typeof actor, "applicant"> => actor !== "applicant",
  );
}

/** The actions that are not themselves a step of the workflow. */
const namedRules = {
  /**
   * See the application or case at all: its pages, the application as sent (PDF), its attachments,
   * the decision letter, the payments and the final report as they stand.
   */
  view: { applicant: true, collaborator: "read", staff: "cases.read" },
  /** The secretariat's pages of a case: the case page, screening, assessment, the report review. */
  read_case_file: { staff: "cases.read" },
  /** Invite a partner to the application, while it is a draft. */
  invite_collaborator: { applicant: true, states: ["draft"] },
  /** Take a partner off, also after sending: a partner who keeps reading is the applicant's call. */
  revoke_collaborator: { applicant: true },
  /** The partners' e-mail addresses, which the applicant typed; partners see each other's names. */
  read_collaborator_contacts: { applicant: true },
  /** The team's conversation: the applicant's workroom with the partners, not part of the case. */
  read_team_thread: { applicant: true, collaborator: "read" },
  /** Write in it: members, and partners whose invitation says so. */
  comment: { applicant: true, collaborator: "comment" },
  /** The conversation with the secretariat. Partners are not in it: the applicant answers. */
  read_case_thread: { applicant: true, staff: "cases.read" },
  /** Write in it, once the application is sent. */
  message_case: { applicant: true, staff: "cases.read", states: sentStates },
  /** Ask for the advance or the final payment (the payment rules say which, and how much). */
  request_payment: { applicant: true, states: [...advanceStates, ...finalPaymentStates] },
  /** Screen: the checklist and the outcome (the same rule as the workflow's screening outcomes). */
  screen: { staff: staffActors(caseTransitions.mark_eligible), states: caseTransitions.mark_eligible.from },
  /** Assess: declare no conflict of interest, score, recommend. */
  assess: { staff: "cases.handle", states: ["in_assessment"] },
  /** Give the case to an office, and an adviser in it. */
  assign: { staff: "cases.handle" },
  /** Approve, mark as paid or refuse the grantee's payment requests. */
  decide_payment: { staff: "payments.manage" },
} as const satisfies Record<string, CaseActionRule>;

/** Changing one step of the application. */
export type EditAction = `edit_${ApplicationSection}`;

export function editAction(section: ApplicationSection): EditAction {
  return `edit_${section}`;
}

const editRules = Object.fromEntries(
  applicationSections.map((section): [EditAction, CaseActionRule] => [
    editAction(section),
    { applicant: true, collaborator: "edit", section, states: editableStates },
  ]),
) as Record<EditAction, CaseActionRule>;

/** A step of the workflow as an action: its actors and from-states, read from the table. */
function transitionRule(id: CaseTransitionId): CaseActionRule {
  const transition: CaseTransition = caseTransitions[id];
  return {
    ...(transition.actors.includes("applicant") ? { applicant: true as const } : {}),
    staff: staffActors(transition),
    states: transition.from,
    ...(transition.decision ? { decision: true as const } : {}),
    transition: id,
  };
}

export type CaseAction = keyof typeof namedRules | EditAction | CaseTransitionId;

/** Every action on an application or case, with its rule. */
export const caseActionRules: Readonly<Record<CaseAction, CaseActionRule>> = {
  ...namedRules,
  ...editRules,
  ...(Object.fromEntries(caseTransitionIds.map((id) => [id, transitionRule(id)])) as Record<
    CaseTransitionId,
    CaseActionRule
  >),
};

export const caseActions = Object.keys(caseActionRules) as CaseAction[];

/** Why an action is refused. */
export type CaseRefusal =
  | ScopeRefusal
  /** The person's role, or the side they see the case from, does not do this. */
  | "wrong-role"
  /** A programme manager and a decision the board makes (at or above the board threshold). */
  | "board-case"
  /** A board member and a decision the secretariat makes (below the board threshold). */
  | "secretariat-case"
  /** A partner whose invitation does not give this right (that step, or the conversation). */
  | "not-granted"
  /** A step of the workflow that does not start from the case's state. */
  | "illegal-transition"
  /** Not in the case's state. */
  | "wrong-state"
  /** A returned case, and a step the return did not open (it stays closed until another return). */
  | "section-locked";

/**
 * What a refusal means at the door: "hidden" is answered like an unknown id (404), "forbidden"
 * with 403 (the person sees the case but may not do this), "state" with 409 and the reason.
 */
export type CaseRefusalKind = "hidden" | "forbidden" | "state";

export const refusalKinds: Readonly<Record<CaseRefusal, CaseRefusalKind>> = {
  "no-tie": "hidden",
  "not-sent": "hidden",
  "wrong-office": "hidden",
  "no-office": "hidden",
  "not-board-case": "hidden",
  "wrong-role": "forbidden",
  "board-case": "forbidden",
  "secretariat-case": "forbidden",
  "not-granted": "forbidden",
  "section-locked": "forbidden",
  "illegal-transition": "state",
  "wrong-state": "state",
};

export function isCaseRefusal(value: unknown): value is CaseRefusal {
  return typeof value === "string" && Object.hasOwn(refusalKinds, value);
}

export type CaseVerdict =
  | { allowed: true; reason: string }
  | { allowed: false; refusal: CaseRefusal; kind: CaseRefusalKind; reason: string };

/** The side a person sees a case from. */
export type CaseSide = "applicant" | "collaborator" | "staff";

export type Sight =
  | { sees: true; as: CaseSide; reason: string }
  | { sees: false; refusal: ScopeRefusal; reason: string };

/** Whether the person sees the case, from which side, and why (or why not). */
export function seeCase(access: CaseAccess): Sight {
  const { person, tie, application } = access;
  if (tie.kind === "applicant")
    return { sees: true, as: "applicant", reason: "a member of the applying organisation" };
  if (tie.kind === "collaborator")
    return { sees: true, as: "collaborator", reason: "a partner invited to the application" };
  const scope = checkScope(person, application);
  if (scope.met) return { sees: true, as: "staff", reason: describeScope(person) };
  return { sees: false, refusal: scope.refusal, reason: explainHidden(scope.refusal, person, application) };
}

function describeScope(person: Person): string {
  switch (caseScopes[person.role]) {
    case "own-office":
      return `an adviser of ${person.officeId}, which handles the case`;
    case "board-cases-and-appeals":
      return "a board member (the board's cases and every appeal)";
    default:
      return `a ${person.role} (every sent case)`;
  }
}

function explainHidden(refusal: ScopeRefusal, person: Person, facts: CaseFacts): string {
  switch (refusal) {
    case "no-tie":
      return `a ${person.role} sees an application only as a member of the applying organisation or an invited partner`;
    case "not-sent":
      return "a draft is the applicant's own until it is sent";
    case "wrong-office":
      return `an adviser sees the cases of their own office (${person.officeId}); this case is ${facts.officeId ? `with ${facts.officeId}` : "with no office"}`;
    case "no-office":
      return "an adviser without an office sees no case";
    case "not-board-case":
      return "a board member sees the cases the board decides and every appeal; the secretariat decides this one";
  }
}

function staffRolesOf(rule: CaseActionRule): readonly Role[] {
  if (!rule.staff) return [];
  const roles: readonly Role[] = typeof rule.staff === "string" ? permissionTable[rule.staff] : rule.staff;
  return roles.filter((role) => staffRoles.includes(role));
}

function refuse(refusal: CaseRefusal, reason: string): CaseVerdict {
  return { allowed: false, refusal, kind: refusalKinds[refusal], reason };
}

/** Whether this person may do this to this application or case now, and if not, why. Pure. */
export function checkCaseAccess(access: CaseAccess, action: CaseAction): CaseVerdict {
  const rule = caseActionRules[action];
  const { person, tie, application } = access;
  const staff = staffRolesOf(rule);
  // 1. Only staff do it, and this role never does: nothing about the case is revealed by saying so.
  if (!rule.applicant && !rule.collaborator && !staff.includes(person.role))
    return refuse("wrong-role", `${action} is for ${staff.join(", ") || "nobody"}; not for ${person.role}`);
  // 2. Seeing the case.
  const sight = seeCase(access);
  if (!sight.sees) return refuse(sight.refusal, sight.reason);
  // 3. Who.
  if (sight.as === "applicant" && !rule.applicant)
    return refuse("wrong-role", `${action} is not for the applying organisation's members`);
  if (sight.as === "collaborator") {
    if (!rule.collaborator || tie.kind !== "collaborator")
      return refuse("wrong-role", `${action} is not for invited partners`);
    if (rule.collaborator === "comment" && !tie.canComment)
      return refuse("not-granted", "the partner's invitation does not let them write in the conversation");
    if (rule.collaborator === "edit" && !(rule.section && tie.editSections.includes(rule.section)))
      return refuse("not-granted", `the partner's invitation does not let them edit ${rule.section}`);
  }
  if (sight.as === "staff") {
    if (!staff.includes(person.role))
      return refuse(
        "wrong-role",
        `${action} is for ${staff.join(", ") || "no staff"}; not for ${person.role}`,
      );
    if (rule.decision) {
      const byBoard = application.decidedBy === "board";
      if (person.role === "programme_manager" && byBoard)
        return refuse("board-case", "the board decides this case (at or above the board threshold)");
      if (person.role === "board_member" && !byBoard)
        return refuse("secretariat-case", "the secretariat decides this case (below the board threshold)");
    }
  }
  // 4. When.
  if (rule.states && !rule.states.includes(application.status))
    return refuse(
      rule.transition ? "illegal-transition" : "wrong-state",
      `${action} is not possible while the case is ${application.status} (only ${rule.states.join(", ")})`,
    );
  if (
    rule.section &&
    application.status === "returned" &&
    !application.unlockedSections.includes(rule.section)
  )
    return refuse(
      "section-locked",
      `the return opened ${application.unlockedSections.join(", ") || "no step"}, not ${rule.section}`,
    );
  return { allowed: true, reason: `${sight.reason} may ${action} while the case is ${application.status}` };
}

/** Whether this person may do this now (the buttons and forms a page shows). */
export function mayDo(access: CaseAccess, action: CaseAction): boolean {
  return checkCaseAccess(access, action).allowed;
}

/** The steps of the application this person may change now, in the form's order. */
export function editableSections(access: CaseAccess): ApplicationSection[] {
  return applicationSections.filter((section) => mayDo(access, editAction(section)));
}

/** Sending the application is the workflow's "submit" from a draft, "resubmit" after a return. */
export function sendAction(status: CaseState): "submit" | "resubmit" {
  return status === "returned" ? "resubmit" : "submit";
}

/** The workflow steps this person may take on the case now, in table order (the buttons a page shows). */
export function availableTransitions(access: CaseAccess): CaseTransitionId[] {
  return caseTransitionIds.filter((id) => mayDo(access, id));
}
