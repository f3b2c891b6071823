import { and, eq } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { applications, meetingItems, meetings } from "#db/schema.ts";
import type { Person } from "#domain/access/case-scope.ts";
import { findLatestVersion } from "#domain/assessment/find-latest-version.server.ts";
import { refusedStep } from "#domain/cases/case-refusal.ts";
import { type TransitionResult, transitionCase } from "#domain/cases/transition-case.server.ts";
import { writeGrant } from "#domain/grants/write-grant.server.ts";
import { notFound } from "#domain/result.ts";
import { approvedInYear, lockProgrammeYear } from "./budget.server.ts";
import { decisionTransition } from "./decision-transition.ts";
import { meetingYear } from "./meeting-input.ts";

// A meeting's decision on one case on its agenda. It goes through transitionCase, which checks the
// workflow table (a case ready for decision is approved or rejected; an appeal upheld or dismissed;
// programme managers decide the secretariat's cases, the board its own and every appeal) and then,
// in the same transaction, runs the decision's own writes below. An approval must not exceed the
// amount asked for nor the budget left for the programme and year; the budget is checked under a
// lock on that year's meetings, so two approvals at the same moment cannot both spend the same
// money. Any refusal leaves everything as it was.

export type Decision =
  | { outcome: "approve"; amount: number; conditions: string | null }
  | { outcome: "reject"; reasons: string };

export type DecisionResult = TransitionResult;

export async function recordDecision(
  db: Db,
  input: {
    meetingId: string;
    itemId: string;
    decision: Decision;
    actor: Person;
    now: Date;
    mail: { smtpEnabled: boolean; baseUrl: string };
  },
): Promise<DecisionResult> {
  const [found] = await db
    .select({ item: meetingItems, meeting: meetings, status: applications.status })
    .from(meetingItems)
    .innerJoin(meetings, eq(meetings.id, meetingItems.meetingId))
    .innerJoin(applications, eq(applications.id, meetingItems.applicationId))
    .where(and(eq(meetingItems.id, input.itemId), eq(meetingItems.meetingId, input.meetingId)));
  if (!found) return notFound();
  const { decision } = input;
  const transition = decisionTransition(found.status, decision.outcome);
  const year = meetingYear(found.meeting.heldOn);
  return transitionCase(db, {
    applicationId: found.item.applicationId,
    transition,
    actor: input.actor,
    now: input.now,
    mail: input.mail,
    data:
      decision.outcome === "approve"
        ? { meetingId: found.meeting.id, amount: decision.amount }
        : { meetingId: found.meeting.id },
    apply: async (tx, application) => {
      await lockProgrammeYear(tx, found.meeting.programmeId, year);
      const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, found.meeting.id));
      const [item] = await tx.select().from(meetingItems).where(eq(meetingItems.id, found.item.id));
      if (!meeting || !item) return refusedStep("not-on-agenda");
      if (meeting.closedAt) return refusedStep("meeting-closed");
      if (item.decision) return refusedStep("already-decided");
      if (decision.outcome === "reject") {
        if (decision.reasons.trim() === "") return refusedStep("reasons-missing");
        await tx
          .update(meetingItems)
          .set({
            decision: "rejected",
            reasons: decision.reasons,
            decidedBy: input.actor.id,
            decidedAt: input.now,
          })
          .where(eq(meetingItems.id, item.id));
        return undefined;
      }
      if (!Number.isInteger(decision.amount) || decision.amount < 1) return refusedStep("amount-invalid");
      const version = await findLatestVersion(tx, application.id);
      if (!version || decision.amount > version.requested)
        return refusedStep("amount-above-request", { params: { requested: version?.requested ?? 0 } });
      const left = meeting.budgetNok - (await approvedInYear(tx, meeting.programmeId, year));
      if (decision.amount > left) return refusedStep("amount-above-budget", { params: { left } });
      await tx
        .update(meetingItems)
        .set({
          decision: "approved",
          amount: decision.amount,
          conditions: decision.conditions,
          decidedBy: input.actor.id,
          decidedAt: input.now,
        })
        .where(eq(meetingItems.id, item.id));
      await writeGrant(tx, {
        applicationId: application.id,
        version,
        amount: decision.amount,
        conditions: decision.conditions,
        meetingId: meeting.id,
        decidedAt: input.now,
      });
      return undefined;
    },
  });
}
