import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { applications, calls, members, programmes } from "#db/schema.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { checkCallWindow } from "#domain/calls/call-window.ts";
import { done, type Result, refused } from "#domain/result.ts";
import { recordApplicationEvent } from "./application-events.server.ts";
import type { ApplicationForm } from "./application-form.ts";

/**
 * The new draft's id, or refused as a wrong request (invalid): the form offers only the user's own
 * organisations and open calls, so anything else was not chosen from it (or the call closed meanwhile).
 */
export type CreateApplicationResult = Result<{ id: string }>;

/**
 * Starts a draft for an organisation the user belongs to, in an open call. The contact person
 * starts as the user, and each list has one empty row, so the form never opens on nothing.
 */
export async function createApplication(
  db: Db,
  input: {
    user: { id: string; name: string; email: string };
    organisationId: string;
    callId: string;
    now: Date;
  },
): Promise<CreateApplicationResult> {
  const [membership] = await db
    .select({ role: members.role })
    .from(members)
    .where(and(eq(members.organizationId, input.organisationId), eq(members.userId, input.user.id)));
  if (!membership) return refused("application.start.notMember", { why: "invalid" });
  const [call] = await db
    .select({ call: calls })
    .from(calls)
    .innerJoin(programmes, eq(programmes.id, calls.programmeId))
    .where(and(eq(calls.id, input.callId), eq(programmes.active, true)));
  if (!call || !checkCallWindow(call.call, input.now).open)
    return refused("application.start.callClosed", { why: "invalid" });

  const id = crypto.randomUUID();
  const form: ApplicationForm = {
    applicant: { contactName: input.user.name, contactEmail: input.user.email },
    partners: { items: [{}] },
    activities: { items: [{}] },
    budget: { lines: [{}], ownWork: [] },
  };
  await db.transaction(async (tx) => {
    await tx.insert(applications).values({
      id,
      organizationId: input.organisationId,
      callId: call.call.id,
      programmeId: call.call.programmeId,
      createdBy: input.user.id,
      form,
    });
    await recordApplicationEvent(tx, {
      applicationId: id,
      kind: "created",
      actorId: input.user.id,
      at: input.now,
    });
    await recordAuditEntry(tx, {
      actor: { id: input.user.id, label: `user:${input.user.id}` },
      action: "application.create",
      entityType: "application",
      entityId: id,
      after: { callId: call.call.id, organisationId: input.organisationId },
    });
  });
  return done({ id });
}
