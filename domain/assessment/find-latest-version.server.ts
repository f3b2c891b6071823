import { desc, eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { applicationVersions } from "#db/schema.ts";
import type { SubmittedContent } from "#domain/applications/submitted-content.ts";
import { type ProgrammeRules, programmeRulesSchema } from "#domain/programmes/programme-rules.ts";

/**
 * The application as last sent (a case returned and sent again has a newer version), with the rules
 * stored with it. Assessment, decisions and the grant read the amount asked for, the criteria and
 * the grant terms from here, never from today's programme or the live draft.
 */
export interface LatestVersion {
  number: number;
  caseNumber: string;
  submittedAt: Date;
  content: SubmittedContent;
  rules: ProgrammeRules;
  /** The amount asked of the programme, whole NOK, as computed when the version was sent. */
  requested: number;
}

export async function findLatestVersion(q: Queryable, applicationId: string): Promise<LatestVersion | null> {
  const [version] = await q
    .select()
    .from(applicationVersions)
    .where(eq(applicationVersions.applicationId, applicationId))
    .orderBy(desc(applicationVersions.number))
    .limit(1);
  if (!version) return null;
  const content = version.content as SubmittedContent;
  return {
    number: version.number,
    caseNumber: version.caseNumber,
    submittedAt: version.submittedAt,
    content,
    rules: programmeRulesSchema.parse(version.programmeRules),
    requested: Math.floor(content.totals?.requested ?? 0),
  };
}
