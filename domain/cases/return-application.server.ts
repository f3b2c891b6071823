import type { Db } from "#db/connection.ts";
import { type OutcomeInput, recordScreeningOutcome } from "./screening.server.ts";

// Returning an application to the applicant (a screening outcome): the adviser says what to change
// and which steps of the form open again; the applicant corrects those steps and sends it anew.
// The reason and at least one step are required; the checklist is kept as the adviser left it.

export function returnApplication(db: Db, input: OutcomeInput) {
  return recordScreeningOutcome(db, { ...input, outcome: "returned" });
}
