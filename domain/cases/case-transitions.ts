import type { CaseState, Role } from "#vocabulary/vocabulary.ts";

/**
 * # The case workflow: one table
 *
 * Every change of a case's state is one row here: from which states, to which state, and who may
 * make it. `transitionCase` (transition-case.server.ts) refuses anything not in this table, checks the
 * actor's role and (for office-bound roles) office, and writes the change, one history event, one
 * audit entry and the notifications in one transaction. Tests walk every state x transition x role.
 *
 * `actor` "applicant" means a member of the applying organisation (not the platform role, which
 * partners and applicants share); staff roles are platform roles. Advisers act only on cases of
 * their own office; programme managers on all; board members decide board cases.
 */
export type CaseActor = "applicant" | Extract<Role, "adviser" | "programme_manager" | "board_member">;

export interface CaseTransition {
  from: readonly CaseState[];
  to: CaseState;
  actors: readonly CaseActor[];
  /** Who must be told (in-app and e-mail): the applicant organisation's members, or the case's adviser. */
  notifies: readonly ("applicant" | "adviser")[];
}

export const caseTransitions = {
  submit: { from: ["draft"], to: "submitted", actors: ["applicant"], notifies: ["adviser"] },
  start_screening: {
    from: ["submitted"],
    to: "in_screening",
    actors: ["adviser", "programme_manager"],
    notifies: ["applicant"],
  },
  return_to_applicant: {
    from: ["in_screening"],
    to: "returned",
    actors: ["adviser", "programme_manager"],
    notifies: ["applicant"],
  },
  resubmit: { from: ["returned"], to: "submitted", actors: ["applicant"], notifies: ["adviser"] },
  mark_ineligible: {
    from: ["in_screening"],
    to: "ineligible",
    actors: ["adviser", "programme_manager"],
    notifies: ["applicant"],
  },
  mark_eligible: {
    from: ["in_screening"],
    to: "in_assessment",
    actors: ["adviser", "programme_manager"],
    notifies: ["applicant"],
  },
  complete_assessment: {
    from: ["in_assessment"],
    to: "ready_for_decision",
    actors: ["adviser", "programme_manager"],
    notifies: [],
  },
  approve: {
    from: ["ready_for_decision"],
    to: "approved",
    actors: ["programme_manager", "board_member"],
    notifies: ["applicant", "adviser"],
  },
  reject: {
    from: ["ready_for_decision"],
    to: "rejected",
    actors: ["programme_manager", "board_member"],
    notifies: ["applicant", "adviser"],
  },
  appeal: { from: ["rejected"], to: "appealed", actors: ["applicant"], notifies: ["adviser"] },
  uphold_appeal: {
    from: ["appealed"],
    to: "approved",
    actors: ["board_member"],
    notifies: ["applicant", "adviser"],
  },
  dismiss_appeal: {
    from: ["appealed"],
    to: "closed",
    actors: ["board_member"],
    notifies: ["applicant", "adviser"],
  },
  accept_grant: { from: ["approved"], to: "grant_accepted", actors: ["applicant"], notifies: ["adviser"] },
  start_project: {
    from: ["grant_accepted"],
    to: "running",
    actors: ["adviser", "programme_manager"],
    notifies: ["applicant"],
  },
  submit_final_report: {
    from: ["running", "report_returned"],
    to: "final_report_submitted",
    actors: ["applicant"],
    notifies: ["adviser"],
  },
  return_report: {
    from: ["final_report_submitted"],
    to: "report_returned",
    actors: ["adviser", "programme_manager"],
    notifies: ["applicant"],
  },
  approve_report: {
    from: ["final_report_submitted"],
    to: "report_approved",
    actors: ["adviser", "programme_manager"],
    notifies: ["applicant"],
  },
  close: {
    from: ["report_approved"],
    to: "closed",
    actors: ["adviser", "programme_manager"],
    notifies: ["applicant"],
  },
  withdraw: {
    from: ["submitted", "in_screening", "returned", "in_assessment", "ready_for_decision"],
    to: "withdrawn",
    actors: ["applicant"],
    notifies: ["adviser"],
  },
} as const satisfies Record<string, CaseTransition>;

export type CaseTransitionId = keyof typeof caseTransitions;
export const caseTransitionIds = Object.keys(caseTransitions) as CaseTransitionId[];

export type TransitionVerdict =
  | { allowed: true }
  | {
      allowed: false;
      reason: "illegal-transition" | "wrong-role" | "wrong-office" | "not-board-case" | "board-case";
    };

export interface TransitionActor {
  /** "applicant" when the person is a member of the applying organisation; otherwise their platform role. */
  as: CaseActor | "other";
  officeId?: string | null;
}

export interface CaseFacts {
  state: CaseState;
  officeId: string | null;
  /** Decided by the board (amount at or above the programme's threshold) or by the secretariat. */
  decidedBy: "secretariat" | "board";
}

/**
 * Whether this actor may make this transition on this case now, and if not, why. Pure: the same
 * verdict for the page (which buttons to show) and the action (which refuses).
 */
export function checkTransition(
  id: CaseTransitionId,
  facts: CaseFacts,
  actor: TransitionActor,
): TransitionVerdict {
  const transition: CaseTransition = caseTransitions[id];
  if (!transition.from.includes(facts.state)) return { allowed: false, reason: "illegal-transition" };
  if (actor.as === "other" || !transition.actors.includes(actor.as))
    return { allowed: false, reason: "wrong-role" };
  if (actor.as === "adviser" && facts.officeId && actor.officeId !== facts.officeId) {
    return { allowed: false, reason: "wrong-office" };
  }
  // Decisions: the secretariat (programme managers) decides below the threshold, the board at or above.
  if (id === "approve" || id === "reject") {
    if (actor.as === "board_member" && facts.decidedBy !== "board")
      return { allowed: false, reason: "not-board-case" };
    if (actor.as === "programme_manager" && facts.decidedBy === "board")
      return { allowed: false, reason: "board-case" };
  }
  return { allowed: true };
}

/** The transitions this actor may make on this case now, in table order (the buttons a page shows). */
export function availableTransitions(facts: CaseFacts, actor: TransitionActor): CaseTransitionId[] {
  return caseTransitionIds.filter((id) => checkTransition(id, facts, actor).allowed);
}
