import type { Db } from "#db/connection.ts";
import { type OutcomeInput, recordScreeningOutcome } from "./screening.server.ts";

// Marking a case eligible (a screening outcome): every item of the programme's checklist must be
// ticked; the case goes on to assessment.

export function markEligible(db: Db, input: OutcomeInput) {
  return recordScreeningOutcome(db, { ...input, outcome: "eligible" });
}
