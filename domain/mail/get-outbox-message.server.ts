import { eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { mailOutbox } from "#db/schema.ts";

export type OutboxMessage = typeof mailOutbox.$inferSelect;

/** One e-mail with its text and HTML bodies, or null. */
export async function getOutboxMessage(q: Queryable, id: string): Promise<OutboxMessage | null> {
  const [row] = await q.select().from(mailOutbox).where(eq(mailOutbox.id, id)).limit(1);
  return row ?? null;
}
