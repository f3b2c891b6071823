import { and, count, desc, eq, ilike, type SQL } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { mailOutbox } from "#db/schema.ts";
import { type OutboxStatus, outboxStatuses } from "#vocabulary/vocabulary.ts";

// The administrators' view of the outbox: every e-mail the platform wrote, sent or not. Without SMTP
// this is where e-mails are read (verification links in a demo, say).

export interface OutboxFilter {
  /** Part of the address, any case. */
  recipient?: string;
  template?: string;
  status?: OutboxStatus;
  page?: number;
  pageSize?: number;
}

/** A row without its bodies, for the list. */
export type OutboxSummary = Omit<typeof mailOutbox.$inferSelect, "text" | "html">;

export interface OutboxPage {
  items: OutboxSummary[];
  total: number;
  page: number;
  pageSize: number;
}

const maxPageSize = 100;

export async function listOutbox(q: Queryable, filter: OutboxFilter = {}): Promise<OutboxPage> {
  const pageSize = Math.min(Math.max(Math.trunc(filter.pageSize ?? 25) || 25, 1), maxPageSize);
  const page = Math.max(Math.trunc(filter.page ?? 1) || 1, 1);
  const conditions: SQL[] = [];
  const recipient = filter.recipient?.trim();
  if (recipient) conditions.push(ilike(mailOutbox.recipient, `%${escapeLike(recipient.slice(0, 320))}%`));
  if (filter.template) conditions.push(eq(mailOutbox.template, filter.template));
  if (filter.status) conditions.push(eq(mailOutbox.status, filter.status));
  const where = conditions.length > 0 ? and(...conditions) : undefined;

  const [totals] = await q.select({ total: count() }).from(mailOutbox).where(where);
  const items = await q
    .select({
      id: mailOutbox.id,
      recipient: mailOutbox.recipient,
      locale: mailOutbox.locale,
      template: mailOutbox.template,
      subject: mailOutbox.subject,
      status: mailOutbox.status,
      attempts: mailOutbox.attempts,
      lastError: mailOutbox.lastError,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
    })
    .from(mailOutbox)
    .where(where)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { items, total: totals?.total ?? 0, page, pageSize };
}

export function isOutboxStatus(value: unknown): value is OutboxStatus {
  return typeof value === "string" && (outboxStatuses as readonly string[]).includes(value);
}

/** `%` and `_` in what the administrator typed are searched for, not wildcards. */
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
