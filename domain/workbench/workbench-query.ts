import { z } from "zod";
import { type CaseState, caseStates } from "#vocabulary/vocabulary.ts";
import { type QueueChoice, queueChoices } from "./queues.ts";

// The workbench's whole state lives in its URL (shareable, bookmarkable, a GET form without
// JavaScript): the queue, the filters, the order and the page. Every parameter is read through a
// bounded schema; a value that does not fit is left out and named, never passed on to a query.

export const sortKeys = ["case", "submitted", "amount", "updated"] as const;
export type SortKey = (typeof sortKeys)[number];
export const sortDirections = ["asc", "desc"] as const;
export type SortDirection = (typeof sortDirections)[number];

/** Sent states only: drafts are never on the workbench. */
export const filterableStates = caseStates.filter((state) => state !== "draft") as Exclude<
  CaseState,
  "draft"
>[];

/** The most results one page shows; a bigger page is never built, whatever the URL asks. */
export const maxPageSize = 50;
export const defaultPageSize = 25;
/** Far beyond any real list (5,000 cases at 50 a page is 100 pages); bounds the offset. */
export const maxPage = 10_000;
export const maxAmount = 1_000_000_000;

// Ids of programmes, calls, offices, priority areas and regions: short, plain characters.
const id = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);
// "150 000" as a person types it: spaces are thousands separators; whole kroner only.
const amount = z
  .string()
  .max(20)
  .transform((value) => value.replace(/[\s\u00a0\u202f]/g, ""))
  .pipe(z.string().regex(/^\d{1,10}$/))
  .transform(Number)
  .pipe(z.number().int().min(0).max(maxAmount));
const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const fieldSchemas = {
  queue: z.enum(queueChoices as [QueueChoice, ...QueueChoice[]]),
  programme: id,
  call: id,
  office: id,
  priority: id,
  county: id,
  region: id,
  status: z.enum(filterableStates as [string, ...string[]]),
  amountMin: amount,
  amountMax: amount,
  sort: z.enum(sortKeys),
  dir: z.enum(sortDirections),
  page: integer(1, maxPage),
  pageSize: integer(1, maxPageSize),
} as const;

export type WorkbenchParam = keyof typeof fieldSchemas;
export const workbenchParams = Object.keys(fieldSchemas) as WorkbenchParam[];

export interface WorkbenchFilters {
  programme?: string;
  call?: string;
  office?: string;
  priority?: string;
  county?: string;
  region?: string;
  status?: Exclude<CaseState, "draft">;
  amountMin?: number;
  amountMax?: number;
}

export interface WorkbenchQuery {
  queue: QueueChoice;
  filters: WorkbenchFilters;
  sort: SortKey;
  dir: SortDirection;
  page: number;
  pageSize: number;
}

export const defaultQuery: WorkbenchQuery = {
  queue: "all",
  filters: {},
  sort: "submitted",
  dir: "asc",
  page: 1,
  pageSize: defaultPageSize,
};

/**
 * The workbench query in a URL's parameters. Unknown parameters are not ours and are passed over;
 * a known one with a value that does not fit (page=-1, sort=drop table, pageSize=100000) is left
 * at its default and named in `ignored`, so the page can say so. An empty value means "any".
 */
export function parseWorkbenchQuery(params: URLSearchParams): {
  query: WorkbenchQuery;
  ignored: WorkbenchParam[];
} {
  const values: Partial<Record<WorkbenchParam, unknown>> = {};
  const ignored: WorkbenchParam[] = [];
  for (const name of workbenchParams) {
    const raw = params.get(name);
    if (raw === null || raw.trim() === "") continue;
    const parsed = fieldSchemas[name].safeParse(raw.trim());
    if (parsed.success) values[name] = parsed.data;
    else ignored.push(name);
  }
  const filters: WorkbenchFilters = {};
  for (const name of ["programme", "call", "office", "priority", "county", "region"] as const) {
    if (values[name] !== undefined) filters[name] = values[name] as string;
  }
  if (values.status !== undefined) filters.status = values.status as WorkbenchFilters["status"];
  if (values.amountMin !== undefined) filters.amountMin = values.amountMin as number;
  if (values.amountMax !== undefined) filters.amountMax = values.amountMax as number;
  return {
    query: {
      queue: (values.queue as QueueChoice | undefined) ?? defaultQuery.queue,
      filters,
      sort: (values.sort as SortKey | undefined) ?? defaultQuery.sort,
      dir: (values.dir as SortDirection | undefined) ?? defaultQuery.dir,
      page: (values.page as number | undefined) ?? defaultQuery.page,
      pageSize: (values.pageSize as number | undefined) ?? defaultQuery.pageSize,
    },
    ignored,
  };
}

/**
 * The query as a canonical query string: known parameters only, defaults and the page left out, in
 * a fixed order. What a saved filter stores, so a saved filter is always one the parser accepts.
 */
export function serializeWorkbenchQuery(
  query: Omit<WorkbenchQuery, "page"> & { page?: number },
  options: { withPage?: boolean } = {},
): string {
  const params = new URLSearchParams();
  if (query.queue !== defaultQuery.queue) params.set("queue", query.queue);
  const f = query.filters;
  for (const name of ["programme", "call", "office", "priority", "county", "region", "status"] as const) {
    const value = f[name];
    if (value !== undefined) params.set(name, value);
  }
  if (f.amountMin !== undefined) params.set("amountMin", String(f.amountMin));
  if (f.amountMax !== undefined) params.set("amountMax", String(f.amountMax));
  if (query.sort !== defaultQuery.sort) params.set("sort", query.sort);
  if (query.dir !== defaultQuery.dir) params.set("dir", query.dir);
  if (query.pageSize !== defaultQuery.pageSize) params.set("pageSize", String(query.pageSize));
  if (options.withPage && query.page && query.page !== 1) params.set("page", String(query.page));
  return params.toString();
}
