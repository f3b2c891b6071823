import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { applicationEvents, grants, meetingItems, meetings, users } from "#db/schema.ts";
import { appealDeadline } from "./grant-terms.ts";

export type GrantRecord = typeof grants.$inferSelect;

export interface Appeal {
  at: Date;
  reason: string;
}

/**
 * What has been decided on a case, as the applicant's page and the letters tell it:
 * - grant: approved (at a meeting, or by the board upholding an appeal), with its terms and, once
 *   accepted, who accepted it and when;
 * - rejection: the reasons, the appeal deadline and any appeal sent; `final` once the board has
 *   dismissed the appeal (nothing more to appeal);
 * - pending: nothing decided yet.
 */
export type CaseDecision =
  | { kind: "pending" }
  | {
      kind: "grant";
      grant: GrantRecord;
      meetingKind: "secretariat" | "board" | null;
      acceptedByName: string | null;
    }
  | {
      kind: "rejection";
      reasons: string;
      decidedAt: Date;
      meetingKind: "secretariat" | "board";
      /** The last Oslo day (YYYY-MM-DD) on which the applicant may appeal. */
      appealDeadline: string;
      appeal: Appeal | null;
      final: boolean;
    };

export async function findDecision(
  q: Queryable,
  application: { id: string; status: string },
): Promise<CaseDecision> {
  const [grant] = await q
    .select({ grant: grants, meetingKind: meetings.kind, acceptedByName: users.name })
    .from(grants)
    .leftJoin(meetings, eq(meetings.id, grants.meetingId))
    .leftJoin(users, eq(users.id, grants.acceptedBy))
    .where(eq(grants.applicationId, application.id));
  if (grant) {
    return {
      kind: "grant",
      grant: grant.grant,
      meetingKind: grant.meetingKind,
      acceptedByName: grant.acceptedByName,
    };
  }
  const [rejection] = await q
    .select({ item: meetingItems, meetingKind: meetings.kind })
    .from(meetingItems)
    .innerJoin(meetings, eq(meetings.id, meetingItems.meetingId))
    .where(
      and(
        eq(meetingItems.applicationId, application.id),
        eq(meetingItems.decision, "rejected"),
        isNotNull(meetingItems.decidedAt),
      ),
    )
    // The latest decision; on the same instant, the later meeting's (an appeal's).
    .orderBy(desc(meetingItems.decidedAt), desc(meetings.heldOn))
    .limit(1);
  if (!rejection?.item.decidedAt) return { kind: "pending" };
  return {
    kind: "rejection",
    reasons: rejection.item.reasons ?? "",
    decidedAt: rejection.item.decidedAt,
    meetingKind: rejection.meetingKind,
    appealDeadline: appealDeadline(rejection.item.decidedAt),
    appeal: await findAppeal(q, application.id),
    // Only a dismissed appeal closes a case that has no grant.
    final: application.status === "closed",
  };
}

/** The applicant's appeal, as recorded with the "appeal" transition. */
export async function findAppeal(q: Queryable, applicationId: string): Promise<Appeal | null> {
  const [event] = await q
    .select({ at: applicationEvents.at, data: applicationEvents.data })
    .from(applicationEvents)
    .where(and(eq(applicationEvents.applicationId, applicationId), eq(applicationEvents.kind, "appeal")))
    .orderBy(desc(applicationEvents.at), desc(applicationEvents.id))
    .limit(1);
  if (!event) return null;
  const reason = (event.data as { reason?: unknown }).reason;
  return { at: event.at, reason: typeof reason === "string" ? reason : "" };
}
