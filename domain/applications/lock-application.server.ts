import { eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { type ApplicationRecord, applications } from "#db/schema.ts";

/**
 * Reads one application and holds its row lock until the transaction ends: every change to a case
 * (sending, screening, a transition, a payment, the team) takes it first, so two of them never
 * interleave and each is judged on the state it lands on. Undefined for an unknown id.
 */
export async function lockApplication(tx: Queryable, applicationId: string): Promise<ApplicationRecord | undefined> {
  const [application] = await tx
    .select()
    .from(applications)
    .where(eq(applications.id, applicationId))
    .for("update");
  return application;
}
