import { and, asc, eq, lt } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { mailOutbox } from "#db/schema.ts";
import { type MailJobSender, sendMailJob } from "./send-mail-job.ts";

// A row's job is sent by the listener that hears its commit (jobs/listen-for-committed-mail.ts), so a
// row committed while no process listened (none running, a dropped connection, a crash between the
// commit and the hand-off) is 'queued' with no job. The sweep (every minute, once at start, and after
// the listener reconnects) sends a job for every such row; for a row whose job is still waiting or
// retrying, the queue's singleton key makes the send a no-op.

export interface SweepOptions {
  /** Rows younger than this are left to the listener, which is about to hand them out. Default 30 s. */
  graceSeconds?: number;
  /** At most this many rows per sweep; the next sweep takes the rest. Default 500. */
  limit?: number;
  now?: Date;
}

/** Sends a delivery job for every stranded 'queued' row; returns how many rows it handed out. */
export async function sweepMailOutbox(
  q: Queryable,
  queue: MailJobSender,
  options: SweepOptions = {},
): Promise<number> {
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - (options.graceSeconds ?? 30) * 1000);
  const rows = await q
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.status, "queued"), lt(mailOutbox.createdAt, cutoff)))
    .orderBy(asc(mailOutbox.createdAt))
    .limit(options.limit ?? 500);
  let handedOut = 0;
  for (const row of rows) {
    if (await sendMailJob(queue, row.id)) handedOut++;
  }
  return handedOut;
}
