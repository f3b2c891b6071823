import { and, asc, count, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import type { Queryable } from "#db/connection.ts";
import { applications, applicationVersions, organizations } from "#db/schema.ts";
import { caseScopeCondition } from "#domain/access/case-scope.server.ts";
import type { Person } from "#domain/access/case-scope.ts";
import type { LocalisedInput } from "#domain/applications/application-form.ts";
import { selectCasesWithNames } from "#domain/cases/case-names.server.ts";
import type { CaseState, Locale } from "#vocabulary/vocabulary.ts";
import { queueCondition } from "./queue-conditions.server.ts";
import { findQueue, type QueueId, queueIds } from "./queues.ts";
import type { WorkbenchFilters, WorkbenchQuery } from "./workbench-query.ts";

// The workbench's list: one page of the cases a person may see, in a queue, filtered and sorted, and
// the number of matches. Query strategy (5,000 cases, 50 advisers, page after page):
// - Everything happens in the database, a page at a time (LIMIT/OFFSET, at most 50 rows); no list
//   of cases is ever loaded into memory.
// - Who sees what (domain/access/case-scope.ts), the queues (queues.ts) and the programme, call,
//   office and status filters are conditions on application's own columns, which are indexed
//   (status, office, assigned adviser, call); the county filter joins the organisation by its key.
// - What the applicant wrote is read from the version as sent, not the live draft (which the
//   applicant may be changing while the case is returned): the requested amount, the priority
//   area and the partners' regions come from the latest application_version, joined LATERAL through
//   its unique (application_id, number) index. The amount is the number the eligibility engine
//   computed at submission (content.totals.requested), so nothing typed ("150 000") is parsed in SQL.
// - Reading the version's content costs a decompression per fact per row, so it is joined only when
//   a filter or the order needs it, with only the facts needed, and the page's ids and the total
//   come from one pass (count(*) over ()). The names, title and amount shown are then read for the
//   page's ids only. Counts per queue are one pass over application alone.
// Measured with 5,000 cases on PostgreSQL (a busy machine): 10-15 ms a page and ~10 ms the queue
// counts without version filters; ~140 ms with an amount and region filter over all 5,000 (one pass,
// ~25 µs a case to read its version). A column or expression index for the amount would remove that.

export interface CaseListRow {
  id: string;
  caseNumber: string | null;
  status: CaseState;
  submittedAt: Date | null;
  updatedAt: Date;
  organisationName: string;
  programmeName: Record<Locale, string>;
  title: LocalisedInput | null;
  requested: number | null;
  adviserName: string | null;
  officeId: string | null;
  officeName: Record<Locale, string> | null;
}

export interface CaseListPage {
  rows: CaseListRow[];
  total: number;
  page: number;
  pageSize: number;
}

/** What the filters and the order may read from the latest version. */
interface VersionFacts {
  requested: boolean;
  priorityArea: boolean;
  partners: boolean;
}

function versionFactsNeeded(query: WorkbenchQuery): VersionFacts {
  const f = query.filters;
  return {
    requested: f.amountMin !== undefined || f.amountMax !== undefined || query.sort === "amount",
    priorityArea: f.priority !== undefined,
    partners: f.region !== undefined,
  };
}

/**
 * The latest version of each application, reduced to the facts asked for. Each fact read from the
 * content costs a detoast of the whole document, so only the wanted ones are selected.
 */
function latestVersion(q: Queryable, wanted: VersionFacts & { title?: boolean }) {
  const content = applicationVersions.content;
  // The raw jsonb value, read once; made a number (if it is one) where it is used.
  const requested = sql<unknown>`${content}->'totals'->'requested'`.as("requested");
  const priorityArea = sql<string | null>`${content}->'form'->'project'->>'priorityArea'`.as("priority_area");
  const partners = sql<unknown>`${content}->'form'->'partners'->'items'`.as("partner_items");
  const title = sql<LocalisedInput | null>`${content}->'form'->'project'->'title'`.as("title");
  return q
    .select({
      number: applicationVersions.number,
      ...(wanted.requested ? { requested } : {}),
      ...(wanted.priorityArea ? { priorityArea } : {}),
      ...(wanted.partners ? { partners } : {}),
      ...(wanted.title ? { title } : {}),
    } as {
      number: typeof applicationVersions.number;
      requested: typeof requested;
      priorityArea: typeof priorityArea;
      partners: typeof partners;
      title: typeof title;
    })
    .from(applicationVersions)
    .where(eq(applicationVersions.applicationId, applications.id))
    .orderBy(desc(applicationVersions.number))
    .limit(1)
    .as("latest");
}

type Latest = ReturnType<typeof latestVersion>;

/** The conditions on the application row and its organisation (no version needed). */
function rowConditions(user: Person, query: WorkbenchQuery, now: Date): SQL[] {
  const conditions: SQL[] = [caseScopeCondition(user)];
  if (query.queue !== "all") conditions.push(queueCondition(findQueue(query.queue), user.id, now));
  const f = query.filters;
  if (f.programme) conditions.push(eq(applications.programmeId, f.programme));
  if (f.call) conditions.push(eq(applications.callId, f.call));
  if (f.office) conditions.push(eq(applications.officeId, f.office));
  if (f.status) conditions.push(eq(applications.status, f.status));
  if (f.county) conditions.push(eq(organizations.county, f.county));
  return conditions;
}

/** The requested amount as a number; null when the stored value is not one. */
function requestedAmount(latest: Latest): SQL<string | null> {
  return sql`(case when jsonb_typeof(${latest.requested}) = 'number' then (${latest.requested})::numeric end)`;
}

/** The conditions on what the latest version says. */
function versionConditions(latest: Latest, filters: WorkbenchFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.priority) conditions.push(eq(latest.priorityArea, filters.priority));
  // jsonb containment: some partner row has this region (a parameter, never spliced into SQL).
  if (filters.region)
    conditions.push(sql`${latest.partners} @> ${JSON.stringify([{ region: filters.region }])}::jsonb`);
  if (filters.amountMin !== undefined)
    conditions.push(sql`${requestedAmount(latest)} >= ${filters.amountMin}`);
  if (filters.amountMax !== undefined)
    conditions.push(sql`${requestedAmount(latest)} <= ${filters.amountMax}`);
  return conditions;
}

function orderBy(latest: Latest | null, query: WorkbenchQuery): SQL[] {
  const direction = query.dir === "asc" ? asc : desc;
  const nulls = sql.raw(query.dir === "asc" ? "nulls last" : "nulls first");
  const column = {
    case: sql`${applications.caseNumber}`,
    submitted: sql`${applications.submittedAt}`,
    amount: latest ? requestedAmount(latest) : sql`null`,
    updated: sql`${applications.updatedAt}`,
  }[query.sort];
  // The id breaks ties, so a row never shows on two pages or on none.
  return [sql`${direction(column)} ${nulls}`, asc(applications.id)];
}

/**
 * One page of the list in two steps: first the ids of the page (and the total) from the
 * application table with only the joins the filters and order need, then the names, title and
 * amount for those ids only (at most 50 rows).
 */
export async function listCases(
  q: Queryable,
  user: Person,
  query: WorkbenchQuery,
  now: Date,
): Promise<CaseListPage> {
  const wanted = versionFactsNeeded(query);
  const latest = wanted.requested || wanted.priorityArea || wanted.partners ? latestVersion(q, wanted) : null;
  const where = and(
    ...rowConditions(user, query, now),
    ...(latest ? versionConditions(latest, query.filters) : []),
  );
  // The joins the conditions need, and no others: the count of all cases touches one table.
  const withJoins = <T extends PgSelect>(select: T): T => {
    let joined = select;
    if (query.filters.county)
      joined = joined.innerJoin(
        organizations,
        eq(organizations.id, applications.organizationId),
      ) as unknown as T;
    if (latest) joined = joined.leftJoinLateral(latest, sql`true`) as unknown as T;
    return joined;
  };

  // The page's ids and the number of all matches in one pass over the candidates.
  const page = await withJoins(
    q
      .select({ id: applications.id, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(applications)
      .$dynamic(),
  )
    .where(where)
    .orderBy(...orderBy(latest, query))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const pageIds = page.map((row) => row.id);
  if (pageIds.length === 0) {
    // Past the last page (or nothing matches): the total still says how many there are.
    const [counted] =
      query.page === 1
        ? [{ n: 0 }]
        : await withJoins(q.select({ n: count() }).from(applications).$dynamic()).where(where);
    return { rows: [], total: Number(counted?.n ?? 0), page: query.page, pageSize: query.pageSize };
  }
  const total = page[0]!.total;

  const shown = latestVersion(q, { requested: true, priorityArea: false, partners: false, title: true });
  const rows = await selectCasesWithNames(q, {
    id: applications.id,
    caseNumber: applications.caseNumber,
    status: applications.status,
    submittedAt: applications.submittedAt,
    updatedAt: applications.updatedAt,
    title: shown.title,
    requested: requestedAmount(shown),
    officeId: applications.officeId,
  })
    .leftJoinLateral(shown, sql`true`)
    .where(inArray(applications.id, pageIds));
  const position = new Map(pageIds.map((id, index) => [id, index]));
  rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!);

  return {
    rows: rows.map((row) => ({
      ...row,
      requested: row.requested === null || row.requested === undefined ? null : Number(row.requested),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** How many cases each queue holds for this person now: one pass over the cases they may see. */
export async function countQueues(
  q: Queryable,
  user: Person,
  now: Date,
): Promise<Record<QueueId | "all", number>> {
  const columns = Object.fromEntries(
    queueIds.map((id) => [
      id,
      sql<number>`count(*) filter (where ${queueCondition(findQueue(id), user.id, now)})`.mapWith(Number),
    ]),
  ) as Record<QueueId, SQL<number>>;
  const [row] = await q
    .select({ all: sql<number>`count(*)`.mapWith(Number), ...columns })
    .from(applications)
    .where(caseScopeCondition(user));
  const result = { all: 0 } as Record<QueueId | "all", number>;
  for (const id of ["all", ...queueIds] as const) result[id] = Number(row?.[id] ?? 0);
  return result;
}
