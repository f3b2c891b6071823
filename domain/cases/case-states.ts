// The states of an application from the first draft to a closed grant. One list, used by the
// database column, the state machine (case-transitions.ts) and both vocabularies: what the
// applicant reads ("application.state.<state>") and what staff read ("case.state.<state>").
export const caseStates = [
  "draft",
  "submitted",
  "in_screening",
  "returned",
  "ineligible",
  "in_assessment",
  "ready_for_decision",
  "approved",
  "rejected",
  "appealed",
  "grant_accepted",
  "running",
  "final_report_submitted",
  "report_returned",
  "report_approved",
  "closed",
  "withdrawn",
] as const;
export type CaseState = (typeof caseStates)[number];

export function isCaseState(value: unknown): value is CaseState {
  return (caseStates as readonly unknown[]).includes(value);
}

/** States in which the applicant's text can change: a draft, or a case returned with named sections. */
export const editableStates: readonly CaseState[] = ["draft", "returned"];

/** States after which nothing more happens to the case. */
export const finalStates: readonly CaseState[] = ["ineligible", "closed", "withdrawn"];
