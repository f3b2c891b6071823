import { eq } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { applications } from "#db/schema.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.ts";
import { recordApplicationEvent } from "./application-events.ts";

export type WithdrawResult = { ok: true } | { ok: false; error: "not-submitted" };

/**
 * The applicant withdraws a sent application: it will not be handled. Only a sent application that
 * no one has decided on can be withdrawn (case handling adds its own states; this checks the row
 * under lock so a decision and a withdrawal cannot cross).
 */
export async function withdrawApplication(
  db: Db,
  input: { applicationId: string; user: { id: string }; now: Date },
): Promise<WithdrawResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ status: applications.status })
      .from(applications)
      .where(eq(applications.id, input.applicationId))
      .for("update");
    if (row?.status !== "submitted") return { ok: false as const, error: "not-submitted" as const };
    await tx
      .update(applications)
      .set({ status: "withdrawn", updatedAt: input.now })
      .where(eq(applications.id, input.applicationId));
    await recordApplicationEvent(tx, {
      applicationId: input.applicationId,
      kind: "withdrawn",
      actorId: input.user.id,
      at: input.now,
    });
    await recordAuditEntry(tx, {
      actor: { id: input.user.id, label: `user:${input.user.id}` },
      action: "application.withdraw",
      entityType: "application",
      entityId: input.applicationId,
      before: { status: "submitted" },
      after: { status: "withdrawn" },
      at: input.now,
    });
    return { ok: true as const };
  });
}
