import { asc, eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { grants, payments } from "#db/schema.ts";

export type GrantRecord = typeof grants.$inferSelect;
export type PaymentRecord = typeof payments.$inferSelect;

/** The case's grant (written when it is approved), or null before that. */
export async function findGrant(q: Queryable, applicationId: string): Promise<GrantRecord | null> {
  const [grant] = await q.select().from(grants).where(eq(grants.applicationId, applicationId));
  return grant ?? null;
}

/** The case's payments, oldest request first. */
export async function listCasePayments(q: Queryable, applicationId: string): Promise<PaymentRecord[]> {
  return q
    .select()
    .from(payments)
    .where(eq(payments.applicationId, applicationId))
    .orderBy(asc(payments.requestedAt), asc(payments.id));
}
