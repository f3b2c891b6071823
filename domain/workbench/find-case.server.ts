import { asc, desc, eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import {
  type ApplicationRecord,
  applicationEvents,
  applications,
  applicationVersions,
  calls,
  users,
} from "#db/schema.ts";
import type { SubmittedCall, SubmittedContent } from "#domain/applications/submitted-content.ts";
import { selectCasesWithNames } from "#domain/cases/case-names.server.ts";
import type { RuleResult } from "#domain/eligibility/rule-result.ts";
import { type ProgrammeRules, programmeRulesSchema } from "#domain/programmes/programme-rules.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";

// One case for the case page: the application row with the names around it, its two newest sent
// versions (the latest as the case stands, the one before for "what changed"), and its history.

export interface CaseRecord {
  application: ApplicationRecord;
  organisationName: string;
  programmeName: Record<Locale, string>;
  callTitle: Record<Locale, string>;
  adviserName: string | null;
  officeName: Record<Locale, string> | null;
}

/**
 * The case with the names around it; null for an unknown id. Whether the reader may see it is the
 * door's question (app/web/case-access.server.ts), asked before this.
 */
export async function findCase(q: Queryable, applicationId: string): Promise<CaseRecord | null> {
  const [row] = await selectCasesWithNames(q, { application: applications, callTitle: calls.title })
    .innerJoin(calls, eq(calls.id, applications.callId))
    .where(eq(applications.id, applicationId));
  return row ?? null;
}

export interface CaseVersion {
  number: number;
  submittedAt: Date;
  content: SubmittedContent;
  call: SubmittedCall;
  rules: ProgrammeRules | null;
  eligibility: RuleResult[];
}

/** The newest sent version and the one before it (null when there is only one). */
export async function findCaseVersions(
  q: Queryable,
  applicationId: string,
): Promise<{ latest: CaseVersion | null; previous: CaseVersion | null }> {
  const rows = await q
    .select()
    .from(applicationVersions)
    .where(eq(applicationVersions.applicationId, applicationId))
    .orderBy(desc(applicationVersions.number))
    .limit(2);
  const read = (row: (typeof rows)[number] | undefined): CaseVersion | null => {
    if (!row) return null;
    const rules = programmeRulesSchema.safeParse(row.programmeRules);
    return {
      number: row.number,
      submittedAt: row.submittedAt,
      content: row.content as SubmittedContent,
      call: row.call as SubmittedCall,
      rules: rules.success ? rules.data : null,
      eligibility: Array.isArray(row.eligibility) ? (row.eligibility as RuleResult[]) : [],
    };
  };
  return { latest: read(rows[0]), previous: read(rows[1]) };
}

export interface CaseEvent {
  id: number;
  at: Date;
  kind: string;
  actorName: string | null;
  data: Record<string, unknown>;
}

/** The case's history, oldest first, with who did each step. Bounded: a case has tens, not thousands. */
export async function listCaseEvents(q: Queryable, applicationId: string): Promise<CaseEvent[]> {
  const rows = await q
    .select({ event: applicationEvents, actorName: users.name })
    .from(applicationEvents)
    .leftJoin(users, eq(users.id, applicationEvents.actorId))
    .where(eq(applicationEvents.applicationId, applicationId))
    .orderBy(asc(applicationEvents.at), asc(applicationEvents.id))
    .limit(1000);
  return rows.map(({ event: { id, at, kind, data }, actorName }) => ({
    id,
    at,
    kind,
    actorName,
    data: (data ?? {}) as Record<string, unknown>,
  }));
}
