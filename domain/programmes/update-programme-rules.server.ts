import { eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { programmes } from "#db/schema.ts";
import type { AuditActor } from "#domain/audit/record-audit-entry.server.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { findRuleProblems, type RuleProblem } from "./find-rule-problems.ts";
import { type ProgrammeRules, programmeRulesSchema } from "./programme-rules.ts";
import type { ProgrammeRulesEdit } from "./programme-rules-form.ts";

export type UpdateProgrammeRulesResult =
  | { ok: true; rules: ProgrammeRules }
  | { ok: false; error: "not-found" }
  | { ok: false; error: "invalid"; problems: RuleProblem[]; issues: string[] };

/**
 * Replaces a programme's rules (its applicant country stays), after the same checks as the form, with
 * an audit entry holding the changed rules before and after. Only the programme row changes:
 * applications already sent were judged by the rules stored with their submitted version, and drafts
 * are checked against the rules in force when they are sent.
 */
export async function updateProgrammeRules(
  q: Queryable,
  actor: AuditActor,
  programmeId: string,
  edit: ProgrammeRulesEdit,
): Promise<UpdateProgrammeRulesResult> {
  return q.transaction(async (tx) => {
    const [row] = await tx.select().from(programmes).where(eq(programmes.id, programmeId)).for("update");
    if (!row) return { ok: false as const, error: "not-found" as const };
    const before = programmeRulesSchema.parse(row.rules);
    const parsed = programmeRulesSchema.safeParse({
      ...edit,
      applicantCountry: before.applicantCountry,
      screeningChecklist: before.screeningChecklist,
      assessmentCriteria: before.assessmentCriteria,
    });
    if (!parsed.success)
      return {
        ok: false as const,
        error: "invalid" as const,
        problems: [],
        issues: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
      };
    const problems = findRuleProblems(parsed.data);
    if (problems.length > 0) return { ok: false as const, error: "invalid" as const, problems, issues: [] };
    await tx
      .update(programmes)
      .set({ rules: parsed.data, updatedAt: new Date() })
      .where(eq(programmes.id, programmeId));
    await recordAuditEntry(tx, {
      actor,
      action: "programme.rules.update",
      entityType: "programme",
      entityId: programmeId,
      before,
      after: parsed.data,
    });
    return { ok: true as const, rules: parsed.data };
  });
}
