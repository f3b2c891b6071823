import { and, asc, eq } from "drizzle-orm";
import type { Db, Queryable } from "#db/connection.ts";
import { applications, offices, users } from "#db/schema.ts";
import { caseAccessOf } from "#domain/access/case-access.server.ts";
import { checkCaseAccess } from "#domain/access/case-access.ts";
import type { Person } from "#domain/access/case-scope.ts";
import { lockApplication } from "#domain/applications/lock-application.server.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { sendNotification } from "#domain/notifications/send-notification.server.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";

// Who handles a case: an office and, within it, an adviser. Advisers (re)assign the cases of their
// own office, to themselves or a colleague, or pass them to another office; programme managers
// assign any case (the access rules' "assign"). Not a workflow transition: the state does not change, so this is its own door
// with its own checks, one audit entry, and a note in the new adviser's notifications.

export interface Assignees {
  offices: { id: string; name: Record<Locale, string> }[];
  advisers: { id: string; name: string; officeId: string }[];
}

/** The open offices and every adviser with an office, for the assignment form's selects. */
export async function listAssignees(q: Queryable): Promise<Assignees> {
  const openOffices = await q
    .select({ id: offices.id, name: offices.name })
    .from(offices)
    .where(eq(offices.open, true))
    .orderBy(asc(offices.sortOrder));
  const advisers = await q
    .select({ id: users.id, name: users.name, officeId: users.officeId })
    .from(users)
    .where(eq(users.role, "adviser"))
    .orderBy(asc(users.name), asc(users.id));
  return {
    offices: openOffices,
    advisers: advisers.flatMap((a) => (a.officeId ? [{ id: a.id, name: a.name, officeId: a.officeId }] : [])),
  };
}

export type AssignResult =
  | { ok: true; changed: boolean }
  | {
      ok: false;
      error: "not-found" | "forbidden" | "unknown-office" | "unknown-adviser" | "adviser-other-office";
    };

export async function assignCase(
  db: Db,
  input: {
    applicationId: string;
    actor: Person;
    officeId: string;
    adviserId: string | null;
    now: Date;
  },
): Promise<AssignResult> {
  const { actor } = input;
  return db.transaction(async (tx) => {
    const application = await lockApplication(tx, input.applicationId);
    if (!application) return { ok: false as const, error: "not-found" as const };
    // A case the person does not see does not exist for them.
    const verdict = checkCaseAccess(await caseAccessOf(tx, application, actor), "assign");
    if (!verdict.allowed)
      return { ok: false as const, error: verdict.kind === "hidden" ? "not-found" : "forbidden" } as const;

    const [office] = await tx
      .select({ id: offices.id })
      .from(offices)
      .where(and(eq(offices.id, input.officeId), eq(offices.open, true)));
    if (!office) return { ok: false as const, error: "unknown-office" as const };
    if (input.adviserId) {
      const [adviser] = await tx
        .select({ officeId: users.officeId })
        .from(users)
        .where(and(eq(users.id, input.adviserId), eq(users.role, "adviser")));
      if (!adviser) return { ok: false as const, error: "unknown-adviser" as const };
      if (adviser.officeId !== office.id)
        return { ok: false as const, error: "adviser-other-office" as const };
    }

    const before = { officeId: application.officeId, assignedAdviserId: application.assignedAdviserId };
    const after = { officeId: office.id, assignedAdviserId: input.adviserId };
    if (before.officeId === after.officeId && before.assignedAdviserId === after.assignedAdviserId)
      return { ok: true as const, changed: false };
    await tx
      .update(applications)
      .set({ officeId: office.id, assignedAdviserId: input.adviserId, updatedAt: input.now })
      .where(eq(applications.id, application.id));
    await recordAuditEntry(tx, {
      actor: { id: actor.id, label: `user:${actor.id}` },
      action: "case.assign",
      entityType: "application",
      entityId: application.id,
      before,
      after,
      at: input.now,
    });
    if (input.adviserId && input.adviserId !== before.assignedAdviserId) {
      await sendNotification(tx, {
        kind: "case.assigned",
        recipients: [{ userId: input.adviserId }],
        actorId: actor.id,
        inApp: {
          applicationId: application.id,
          params: { caseNumber: application.caseNumber, state: application.status },
          at: input.now,
        },
      });
    }
    return { ok: true as const, changed: true };
  });
}
