import type { Db } from "#db/connection.ts";
import { type OutcomeInput, recordScreeningOutcome } from "./screening.server.ts";

// Marking a case ineligible (a screening outcome): with a reason the applicant reads; the case
// ends there.

export function markIneligible(db: Db, input: OutcomeInput) {
  return recordScreeningOutcome(db, { ...input, outcome: "ineligible" });
}
