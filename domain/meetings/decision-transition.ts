import type { CaseTransitionId } from "#domain/cases/case-transitions.ts";

// Which step of the workflow a meeting's decision is: an appeal is upheld or dismissed, any other
// case ready for decision is approved or rejected.

/** The transition a decision makes on a case in this state: an appeal's outcome, or the first decision. */
export function decisionTransition(state: string, outcome: "approve" | "reject"): CaseTransitionId {
  if (state === "appealed") return outcome === "approve" ? "uphold_appeal" : "dismiss_appeal";
  return outcome === "approve" ? "approve" : "reject";
}
