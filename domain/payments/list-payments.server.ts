import { and, count, desc, eq, gte, ilike, lt, or, type SQL } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { applications, organizations, payments } from "#db/schema.ts";
import { caseScopeCondition } from "#domain/access/case-scope.server.ts";
import type { Person } from "#domain/access/case-scope.ts";
import { osloWallClockToInstant } from "#domain/calls/oslo-wall-clock.ts";
import { isCalendarDate } from "#domain/eligibility/oslo-dates.ts";
import type { PaymentKind, PaymentStatus } from "#vocabulary/vocabulary.ts";
import type { PaymentFacts } from "./payment-view.ts";

// The secretariat's list of payments, filtered, over the cases the reader may see (the workbench's
// scope: an adviser sees their office's cases); the page shows it a page at a time and the CSV
// export streams the same rows in the same order (see streamPayments).

export interface PaymentFilters {
  status?: PaymentStatus;
  kind?: PaymentKind;
  officeId?: string;
  /** Part of a case number ("2026/0001"). */
  caseNumber?: string;
  /** Requested on or after this Oslo date (YYYY-MM-DD). */
  from?: string;
  /** Requested on or before this Oslo date (YYYY-MM-DD). */
  to?: string;
}

export interface PaymentListRow extends PaymentFacts {
  applicationId: string;
  caseNumber: string | null;
  organisation: string;
  officeId: string | null;
}

const columns = {
  id: payments.id,
  applicationId: payments.applicationId,
  caseNumber: applications.caseNumber,
  organisation: organizations.name,
  officeId: applications.officeId,
  kind: payments.kind,
  amount: payments.amount,
  status: payments.status,
  requestedAt: payments.requestedAt,
  approvedAt: payments.approvedAt,
  paidAt: payments.paidAt,
};

function startOfOsloDay(date: string): Date | undefined {
  const result = osloWallClockToInstant(date, "00:00");
  return result.ok ? result.instant : undefined;
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

function conditions(filters: PaymentFilters, viewer: Person): SQL[] {
  const where: SQL[] = [caseScopeCondition(viewer)];
  if (filters.status) where.push(eq(payments.status, filters.status));
  if (filters.kind) where.push(eq(payments.kind, filters.kind));
  if (filters.officeId) where.push(eq(applications.officeId, filters.officeId));
  if (filters.caseNumber) {
    // The user's text is a literal: % and _ are not wildcards here.
    const literal = filters.caseNumber.replace(/[\\%_]/g, (c) => `\\${c}`);
    where.push(ilike(applications.caseNumber, `%${literal}%`));
  }
  if (filters.from && isCalendarDate(filters.from)) {
    const start = startOfOsloDay(filters.from);
    if (start) where.push(gte(payments.requestedAt, start));
  }
  if (filters.to && isCalendarDate(filters.to)) {
    const end = startOfOsloDay(nextDay(filters.to));
    if (end) where.push(lt(payments.requestedAt, end));
  }
  return where;
}

function baseQuery(q: Queryable) {
  return q
    .select(columns)
    .from(payments)
    .innerJoin(applications, eq(applications.id, payments.applicationId))
    .innerJoin(organizations, eq(organizations.id, applications.organizationId));
}

/** One page of the filtered payments, newest request first, and how many there are in all. */
export async function listPayments(
  q: Queryable,
  viewer: Person,
  filters: PaymentFilters,
  paging: { page: number; pageSize: number },
): Promise<{ items: PaymentListRow[]; total: number }> {
  const where = and(...conditions(filters, viewer));
  const [items, [row]] = await Promise.all([
    baseQuery(q)
      .where(where)
      .orderBy(desc(payments.requestedAt), desc(payments.id))
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize),
    q
      .select({ n: count() })
      .from(payments)
      .innerJoin(applications, eq(applications.id, payments.applicationId))
      .where(where),
  ]);
  return { items: items as PaymentListRow[], total: row?.n ?? 0 };
}

/**
 * Every filtered payment in the list's order, read in batches by keyset (the last row's
 * requestedAt and id), so an export of any size holds one batch in memory at a time and a payment
 * added meanwhile neither repeats nor shifts a row.
 */
export async function* streamPayments(
  q: Queryable,
  viewer: Person,
  filters: PaymentFilters,
  batchSize = 500,
): AsyncGenerator<PaymentListRow> {
  const base = conditions(filters, viewer);
  let after: { requestedAt: Date; id: string } | null = null;
  for (;;) {
    const where: SQL[] = [...base];
    if (after) {
      where.push(
        or(
          lt(payments.requestedAt, after.requestedAt),
          and(eq(payments.requestedAt, after.requestedAt), lt(payments.id, after.id)),
        )!,
      );
    }
    const batch = (await baseQuery(q)
      .where(and(...where))
      .orderBy(desc(payments.requestedAt), desc(payments.id))
      .limit(batchSize)) as PaymentListRow[];
    yield* batch;
    if (batch.length < batchSize) return;
    const last = batch[batch.length - 1]!;
    after = { requestedAt: last.requestedAt, id: last.id };
  }
}
