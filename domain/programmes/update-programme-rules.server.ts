import { eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { programmes } from "#db/schema.ts";
import type { AuditActor } from "#domain/audit/record-audit-entry.server.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { type Done, done, type NotFound, notFound, type Refused, refused } from "#domain/result.ts";
import { findRuleProblems, type RuleProblem } from "./find-rule-problems.ts";
import { type ProgrammeRules, programmeRulesSchema } from "./programme-rules.ts";
import type { ProgrammeRulesEdit } from "./programme-rules-form.ts";

/** Rules refused as invalid, with the contradictions found (none when the rules do not even parse). */
export interface RulesRefused extends Refused {
  problems: RuleProblem[];
}

export type UpdateProgrammeRulesResult = Done<ProgrammeRules> | NotFound | RulesRefused;

function invalidRules(problems: RuleProblem[]): RulesRefused {
  return { ...refused("form.invalid", { why: "invalid" }), problems };
}

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
    if (!row) return notFound();
    const before = programmeRulesSchema.parse(row.rules);
    const parsed = programmeRulesSchema.safeParse({
      ...edit,
      applicantCountry: before.applicantCountry,
      screeningChecklist: before.screeningChecklist,
      assessmentCriteria: before.assessmentCriteria,
    });
    if (!parsed.success) return invalidRules([]);
    const problems = findRuleProblems(parsed.data);
    if (problems.length > 0) return invalidRules(problems);
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
    return done(parsed.data);
  });
}
