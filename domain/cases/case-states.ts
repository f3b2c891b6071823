import type { CaseState } from "#vocabulary/vocabulary.ts";

// Groups of case states (the states themselves are vocabulary: domain/vocabulary.ts).

/** States in which the applicant's text can change: a draft, or a case returned with named sections. */
export const editableStates: readonly CaseState[] = ["draft", "returned"];

/** States after which nothing more happens to the case. */
export const finalStates: readonly CaseState[] = ["ineligible", "closed", "withdrawn"];
