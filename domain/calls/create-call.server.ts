import { eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { calls, programmes } from "#db/schema.ts";
import type { AuditActor } from "#domain/audit/record-audit-entry.server.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { osloDate } from "#domain/eligibility/oslo-dates.ts";
import { done, type Result, refused } from "#domain/result.ts";
import { callAuditView } from "./call-audit-view.ts";
import type { CallInput } from "./call-input.ts";

/** The new call's id, or refused: no such programme (reason and field `programmeId`). */
export type CreateCallResult = Result<string>;

/** The refusal of a call for a programme that does not exist, on the form's programme field. */
export const unknownProgramme = () =>
  refused("manage.call.error.unknownProgramme", {
    why: "invalid",
    fields: { programmeId: "manage.call.error.unknownProgramme" },
  });

/**
 * A readable id from the programme and the call's date (its deadline, or the day a continuous call
 * opens): "no-ru-regular-2027-03-01", "no-ru-regular-continuous-2024-01-01". A second call with the
 * same name gets "-2", "-3"... The id never changes afterwards, even when the dates are edited.
 */
export function callIdBase(
  programmeId: string,
  input: Pick<CallInput, "kind" | "opensAt" | "closesAt">,
): string {
  return input.kind === "deadline" && input.closesAt
    ? `${programmeId}-${osloDate(input.closesAt)}`
    : `${programmeId}-continuous-${osloDate(input.opensAt)}`;
}

/** Creates a call of a programme (active or not), with its audit entry, in one transaction. */
export async function createCall(
  q: Queryable,
  actor: AuditActor,
  programmeId: string,
  input: CallInput,
): Promise<CreateCallResult> {
  return q.transaction(async (tx) => {
    const [programme] = await tx
      .select({ id: programmes.id })
      .from(programmes)
      .where(eq(programmes.id, programmeId));
    if (!programme) return unknownProgramme();
    const base = callIdBase(programme.id, input);
    const values = { programmeId: programme.id, ...input };
    // onConflictDoNothing: a taken id (even one taken a moment ago by another manager) moves on to
    // the next suffix instead of failing the transaction.
    for (let n = 1; n <= 100; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      const inserted = await tx
        .insert(calls)
        .values({ id, ...values })
        .onConflictDoNothing()
        .returning({ id: calls.id });
      if (inserted.length === 0) continue;
      await recordAuditEntry(tx, {
        actor,
        action: "call.create",
        entityType: "call",
        entityId: id,
        after: callAuditView(values),
      });
      return done(id);
    }
    throw new Error(`No free call id for ${base}`);
  });
}
