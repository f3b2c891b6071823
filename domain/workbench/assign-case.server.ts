import { and, asc, eq } from "drizzle-orm";
import type { Db, Queryable } from "#db/connection.ts";
import { applications, offices, users } from "#db/schema.ts";
import { caseAccessOf } from "#domain/access/case-access.server.ts";
import { checkCaseAccess } from "#domain/access/case-access.ts";
import type { Person } from "#domain/access/case-scope.ts";
import { recordAuditEntry, userActor } from "#domain/audit/record-audit-entry.server.ts";
import { lockApplication } from "#domain/cases/lock-application.server.ts";
import type { MessageKey } from "#domain/i18n/catalog.ts";
import { sendNotification } from "#domain/notifications/send-notification.server.ts";
import { done, forbidden, notFound, type Refused, type Result, refused } from "#domain/result.ts";
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

/** Whether anything changed (assigning a case to whom it already is changes nothing). */
export type AssignResult = Result<{ changed: boolean }>;

/** A choice the form offers that is not (or no longer) possible, named beside its field. */
function wrongChoice(field: "officeId" | "adviserId", reason: MessageKey): Refused {
  return refused(reason, { why: "invalid", fields: { [field]: reason } });
}

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
    if (!application) return notFound();
    // A case the person does not see does not exist for them.
    const verdict = checkCaseAccess(await caseAccessOf(tx, application, actor), "assign");
    if (!verdict.allowed) return verdict.kind === "hidden" ? notFound() : forbidden();

    const [office] = await tx
      .select({ id: offices.id })
      .from(offices)
      .where(and(eq(offices.id, input.officeId), eq(offices.open, true)));
    if (!office) return wrongChoice("officeId", "workbench.assign.unknownOffice");
    if (input.adviserId) {
      const [adviser] = await tx
        .select({ officeId: users.officeId })
        .from(users)
        .where(and(eq(users.id, input.adviserId), eq(users.role, "adviser")));
      if (!adviser) return wrongChoice("adviserId", "workbench.assign.unknownAdviser");
      if (adviser.officeId !== office.id) return wrongChoice("adviserId", "workbench.assign.otherOffice");
    }

    const before = { officeId: application.officeId, assignedAdviserId: application.assignedAdviserId };
    const after = { officeId: office.id, assignedAdviserId: input.adviserId };
    if (before.officeId === after.officeId && before.assignedAdviserId === after.assignedAdviserId)
      return done({ changed: false });
    await tx
      .update(applications)
      .set({ officeId: office.id, assignedAdviserId: input.adviserId, updatedAt: input.now })
      .where(eq(applications.id, application.id));
    await recordAuditEntry(tx, {
      actor: userActor(actor.id),
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
    return done({ changed: true });
  });
}
