import type { CallRecord } from "./find-calls.server.ts";

/** A call as its audit entries record it: what a manager set, instants as ISO strings. */
export function callAuditView(
  call: Pick<CallRecord, "programmeId" | "title" | "kind" | "opensAt" | "closesAt" | "budgetNok">,
) {
  return {
    programmeId: call.programmeId,
    title: call.title,
    kind: call.kind,
    opensAt: call.opensAt.toISOString(),
    closesAt: call.closesAt ? call.closesAt.toISOString() : null,
    budgetNok: call.budgetNok,
  };
}
