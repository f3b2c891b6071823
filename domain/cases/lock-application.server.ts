import { eq } from "drizzle-orm";
import type { Tx } from "#db/connection.ts";
import { type ApplicationRecord, applications } from "#db/schema.ts";

/**
 * The application's row, locked until the transaction ends; null for an unknown id. Every write of
 * case handling takes this lock first and only then what hangs on the case (a meeting, a payment),
 * so two of them cannot wait on each other, and a check made under it still holds at the write.
 */
export async function lockApplication(tx: Tx, applicationId: string): Promise<ApplicationRecord | null> {
  const [application] = await tx
    .select()
    .from(applications)
    .where(eq(applications.id, applicationId))
    .for("update");
  return application ?? null;
}
