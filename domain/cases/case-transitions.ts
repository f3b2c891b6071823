import type { CaseState, Role } from "#vocabulary/vocabulary.ts";

/**
 * # The case workflow: one table
 *
 * Every change of a case's state is one row here: from which states, to which state, and who may
 * make it. `transitionCase` (transition-case.server.ts) refuses anything not in this table and
 * writes the change, one history event, one audit entry and the notifications in one transaction.
 *
 * `actors` "applicant" means a member of the applying organisation (not the platform role, which
 * partners and applicants share); staff roles are platform roles. The access module
 * (domain/access/case-access.ts) reads this table: each transition is an action there, judged with
 * the same rules as every other (the staff member must see the case: advisers their own office's,
 * board members the board's cases and appeals; decisions go to the body that decides the case).
 * The verdicts are written out in domain/access/case-access.snap.md.
 */
export type CaseActor = "applicant" | Extract<Role, "adviser" | "programme_manager" | "board_member">;

export interface CaseTransition {
  from: readonly CaseState[];
  to: CaseState;
  actors: readonly CaseActor[];
  /**
   * A decision on the application: made by the body that decides the case, the secretariat
   * (programme managers) below the programme's board threshold, the board at or above it.
   */
  decision?: true;
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
    decision: true,
    notifies: ["applicant", "adviser"],
  },
  reject: {
    from: ["ready_for_decision"],
    to: "rejected",
    actors: ["programme_manager", "board_member"],
    decision: true,
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
