import type { Queryable } from "#db/connection.ts";
import { formatDateTime } from "#domain/i18n/format.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { listOpenCalls } from "./find-calls.server.ts";

export interface OpenCallSummary {
  id: string;
  programmeId: string;
  title: string;
  /** The deadline in Oslo time, written for `locale`; null for a continuous call. */
  deadline: string | null;
}

/** The calls open at `now` (of one programme, or all), as the public lists show them. */
export async function openCallSummaries(
  q: Queryable,
  locale: Locale,
  now: Date,
  programmeId?: string,
): Promise<OpenCallSummary[]> {
  return (await listOpenCalls(q, now))
    .filter((call) => programmeId === undefined || call.programmeId === programmeId)
    .map((call) => ({
      id: call.id,
      programmeId: call.programmeId,
      title: call.title[locale],
      deadline: call.closesAt ? formatDateTime(locale, call.closesAt) : null,
    }));
}
