import { desc, eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { mailOutbox } from "#db/schema.ts";

// What the app e-mailed, read from the outbox as a person reads their inbox: the newest message to
// an address, and the link in it.

export async function lastMailTo(db: Queryable, recipient: string) {
  const [row] = await db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.recipient, recipient))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(1);
  return row;
}

/** The first link in a message's text ("" when there is none). */
export const linkIn = (text: string) => /https?:\/\/\S+/.exec(text)?.[0] ?? "";
