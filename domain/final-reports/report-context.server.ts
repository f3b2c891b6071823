import { desc, eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { type ApplicationRecord, applicationVersions } from "#db/schema.ts";
import type { SubmittedContent } from "#domain/applications/submitted-content.ts";
import { findGrant, type GrantRecord } from "#domain/payments/find-grant.server.ts";
import { programmeRulesSchema } from "#domain/programmes/programme-rules.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";

export interface ReportCategory {
  id: string;
  name: Record<Locale, string> | null;
  /** The budget lines of this category in the application as sent, summed. */
  budgeted: number;
}

/** What the final report is judged against: the grant, and the rules and budget of the version sent. */
export interface ReportContext {
  grant: GrantRecord | null;
  grantAmount: number | null;
  categories: ReportCategory[];
  ownWorkBudgeted: number;
  minOwnFundingPercent: number;
  auditorAboveGrant: number;
  auditorRequired: boolean;
}

export async function loadReportContext(
  q: Queryable,
  application: Pick<ApplicationRecord, "id">,
): Promise<ReportContext> {
  const [version] = await q
    .select({ content: applicationVersions.content, rules: applicationVersions.programmeRules })
    .from(applicationVersions)
    .where(eq(applicationVersions.applicationId, application.id))
    .orderBy(desc(applicationVersions.number))
    .limit(1);
  const grant = await findGrant(q, application.id);
  const rules = programmeRulesSchema.safeParse(version?.rules);
  const content = version?.content as SubmittedContent | undefined;
  const budgeted = new Map<string, number>();
  for (const line of content?.draft.budget ?? []) {
    if (!line.category) continue;
    const amount = typeof line.amount === "number" && Number.isFinite(line.amount) ? line.amount : 0;
    budgeted.set(line.category, (budgeted.get(line.category) ?? 0) + amount);
  }
  const ruleCategories = rules.success ? rules.data.costCategories : [];
  // The programme's categories, then any other category the budget used (an ineligible cost).
  const categories: ReportCategory[] = [
    ...ruleCategories.map((c) => ({ id: c.id, name: c.name, budgeted: budgeted.get(c.id) ?? 0 })),
    ...[...budgeted.entries()]
      .filter(([id]) => !ruleCategories.some((c) => c.id === id))
      .map(([id, amount]) => ({ id, name: null, budgeted: amount })),
  ];
  const minOwnFundingPercent = rules.success ? rules.data.finalReport.minOwnFundingPercent : 30;
  const auditorAboveGrant = rules.success ? rules.data.finalReport.auditorAboveGrant : 100_000;
  return {
    grant,
    grantAmount: grant?.amount ?? null,
    categories,
    ownWorkBudgeted: content?.totals.ownWork ?? 0,
    minOwnFundingPercent,
    auditorAboveGrant,
    // The grant's own flag (set when it was decided) or the rule: either one asks for the auditor.
    auditorRequired: grant ? grant.auditorRequired || grant.amount > auditorAboveGrant : false,
  };
}
