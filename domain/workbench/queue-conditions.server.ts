import { and, eq, gte, inArray, isNull, lt, type SQL, sql } from "drizzle-orm";
import { applications } from "#db/schema.ts";
import { dueWindowEnd, type QueueDefinition } from "./queues.ts";

// The SQL face of a workbench queue; queues.ts holds the definitions and the same rule in plain code.

/** The queue as a condition on the application table, for the person `userId` at the moment `now`. */
export function queueCondition(queue: QueueDefinition, userId: string, now: Date): SQL {
  const conditions: SQL[] = [inArray(applications.status, [...queue.states])];
  if (queue.assignee === "nobody") conditions.push(isNull(applications.assignedAdviserId));
  if (queue.assignee === "me") conditions.push(eq(applications.assignedAdviserId, userId));
  if (queue.report === "due-soon") {
    conditions.push(
      gte(applications.reportDueAt, now),
      lt(applications.reportDueAt, dueWindowEnd(now)),
      isNull(applications.reportApprovedAt),
    );
  }
  if (queue.report === "overdue") {
    conditions.push(lt(applications.reportDueAt, now), isNull(applications.reportApprovedAt));
  }
  return and(...conditions) ?? sql`true`;
}
