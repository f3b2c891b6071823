import { asc, eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { applicationEvents } from "#db/schema.ts";

/**
 * The case's history as the applicant reads it on the status page. Kinds are words the status page
 * translates; data carries what the sentence needs (a case number), never personal data.
 */
export const applicationEventKinds = ["created", "submitted", "withdrawn"] as const;
export type ApplicationEventKind = (typeof applicationEventKinds)[number] | (string & {});

export async function recordApplicationEvent(
  q: Queryable,
  event: {
    applicationId: string;
    kind: ApplicationEventKind;
    actorId: string | null;
    at?: Date;
    data?: object;
  },
): Promise<void> {
  await q.insert(applicationEvents).values({
    applicationId: event.applicationId,
    kind: event.kind,
    actorId: event.actorId,
    at: event.at ?? new Date(),
    data: event.data ?? {},
  });
}

export async function listApplicationEvents(q: Queryable, applicationId: string) {
  return q
    .select()
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, applicationId))
    .orderBy(asc(applicationEvents.at), asc(applicationEvents.id));
}
