import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { meetings, programmes } from "#db/schema.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import type { MeetingInput } from "./meeting-input.ts";

export async function createMeeting(
  db: Db,
  input: MeetingInput & { createdBy: string; now: Date },
): Promise<{ ok: true; id: string } | { ok: false; error: "unknown-programme" }> {
  return db.transaction(async (tx) => {
    const [programme] = await tx
      .select({ id: programmes.id })
      .from(programmes)
      .where(eq(programmes.id, input.programmeId));
    if (!programme) return { ok: false as const, error: "unknown-programme" as const };
    const id = crypto.randomUUID();
    await tx.insert(meetings).values({
      id,
      kind: input.kind,
      programmeId: input.programmeId,
      heldOn: input.heldOn,
      budgetNok: input.budgetNok,
      createdBy: input.createdBy,
      createdAt: input.now,
    });
    await recordAuditEntry(tx, {
      actor: { id: input.createdBy, label: `user:${input.createdBy}` },
      action: "meeting.create",
      entityType: "meeting",
      entityId: id,
      after: {
        kind: input.kind,
        programmeId: input.programmeId,
        heldOn: input.heldOn,
        budgetNok: input.budgetNok,
      },
      at: input.now,
    });
    return { ok: true as const, id };
  });
}
