import crypto from "node:crypto";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db, Queryable } from "#db/connection.ts";
import { applications, meetingItems, meetings, organizations } from "#db/schema.ts";
import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { refusedStep } from "#domain/cases/case-refusal.ts";
import { lockApplication } from "#domain/cases/lock-application.server.ts";
import { done, notFound, type Result } from "#domain/result.ts";
import type { CaseState } from "#vocabulary/vocabulary.ts";

// A meeting's agenda: the cases it will decide. A case belongs on a meeting of its own programme
// that decides at its level: ready for decision below the board threshold at the secretariat's
// processing meeting, at or above it at a board meeting; an appeal always at a board meeting.
// A case waits on one agenda at a time.

/** Whether a case in this state, decided at this level, may be put before a meeting of this kind. */
export function belongsOnAgenda(
  meetingKind: "secretariat" | "board",
  application: { status: CaseState; decidedBy: "secretariat" | "board" | null },
): "ok" | "case-not-ready" | "wrong-level" {
  if (application.status === "appealed") return meetingKind === "board" ? "ok" : "wrong-level";
  if (application.status !== "ready_for_decision") return "case-not-ready";
  return (application.decidedBy ?? "secretariat") === meetingKind ? "ok" : "wrong-level";
}

export interface AgendaCandidate {
  applicationId: string;
  caseNumber: string;
  form: ApplicationForm;
  organisationName: string;
  status: CaseState;
}

/** The cases that could be added to this meeting now: right programme, state and level, on no open agenda. */
export async function listAgendaCandidates(
  q: Queryable,
  meeting: { id: string; kind: "secretariat" | "board"; programmeId: string },
): Promise<AgendaCandidate[]> {
  const rows = await q
    .select({
      applicationId: applications.id,
      caseNumber: applications.caseNumber,
      form: applications.form,
      organisationName: organizations.name,
      status: applications.status,
      decidedBy: applications.decidedBy,
    })
    .from(applications)
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .where(
      and(
        eq(applications.programmeId, meeting.programmeId),
        sql`${applications.status} in ('ready_for_decision', 'appealed')`,
        sql`not exists (select 1 from ${meetingItems} where ${meetingItems.applicationId} = ${applications.id}
          and (${meetingItems.decision} is null or ${meetingItems.meetingId} = ${meeting.id}))`,
      ),
    )
    .orderBy(asc(applications.caseNumber));
  return rows
    .filter((row) => belongsOnAgenda(meeting.kind, row) === "ok")
    .map((row) => ({
      applicationId: row.applicationId,
      caseNumber: row.caseNumber ?? "",
      form: row.form as ApplicationForm,
      organisationName: row.organisationName,
      status: row.status,
    }));
}

type Actor = { id: string };

/**
 * Puts a case on the agenda. Locks the application first, then the meeting: the order every
 * decision takes them in (transitionCase locks the application, the decision then the meetings).
 */
export async function addAgendaItem(
  db: Db,
  input: { meetingId: string; applicationId: string; actor: Actor; now: Date },
): Promise<Result> {
  return db.transaction(async (tx) => {
    const application = await lockApplication(tx, input.applicationId);
    const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, input.meetingId)).for("update");
    if (!meeting || !application || application.status === "draft") return notFound();
    if (meeting.closedAt) return refusedStep("meeting-closed");
    if (application.programmeId !== meeting.programmeId) return refusedStep("wrong-programme");
    const fits = belongsOnAgenda(meeting.kind, application);
    if (fits !== "ok") return refusedStep(fits);
    const waiting = await tx
      .select({ meetingId: meetingItems.meetingId })
      .from(meetingItems)
      .where(
        and(
          eq(meetingItems.applicationId, application.id),
          sql`(${meetingItems.decision} is null or ${meetingItems.meetingId} = ${meeting.id})`,
        ),
      );
    if (waiting.length > 0) return refusedStep("already-on-agenda");
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${meetingItems.position}), 0)`.mapWith(Number) })
      .from(meetingItems)
      .where(eq(meetingItems.meetingId, meeting.id));
    const id = crypto.randomUUID();
    await tx.insert(meetingItems).values({
      id,
      meetingId: meeting.id,
      applicationId: application.id,
      position: (last?.position ?? 0) + 1,
    });
    await recordAuditEntry(tx, {
      actor: { id: input.actor.id, label: `user:${input.actor.id}` },
      action: "meeting.add-case",
      entityType: "meeting",
      entityId: meeting.id,
      after: { itemId: id, applicationId: application.id },
      at: input.now,
    });
    return done();
  });
}

/** Takes an undecided case off an open meeting's agenda (postponed to a later meeting). */
export async function removeAgendaItem(
  db: Db,
  input: { meetingId: string; itemId: string; actor: Actor; now: Date },
): Promise<Result> {
  return db.transaction(async (tx) => {
    const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, input.meetingId)).for("update");
    if (!meeting) return notFound();
    if (meeting.closedAt) return refusedStep("meeting-closed");
    const [item] = await tx
      .select()
      .from(meetingItems)
      .where(and(eq(meetingItems.id, input.itemId), eq(meetingItems.meetingId, meeting.id)));
    if (!item) return notFound();
    if (item.decision) return refusedStep("already-decided");
    await tx.delete(meetingItems).where(and(eq(meetingItems.id, item.id), isNull(meetingItems.decision)));
    await recordAuditEntry(tx, {
      actor: { id: input.actor.id, label: `user:${input.actor.id}` },
      action: "meeting.remove-case",
      entityType: "meeting",
      entityId: meeting.id,
      before: { itemId: item.id, applicationId: item.applicationId },
      at: input.now,
    });
    return done();
  });
}
