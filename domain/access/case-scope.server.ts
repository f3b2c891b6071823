import { and, or, type SQL, sql } from "drizzle-orm";
import { applications } from "#db/schema.ts";
import { type CaseCondition, type Person, type ScopeField, scopeCondition } from "./case-scope.ts";

// The scope rule (case-scope.ts) as SQL on the application table, for lists and counts. Made from
// the same condition as the plain-code check, part for part; case-scope.test.ts holds them equal.

const columns = {
  status: applications.status,
  officeId: applications.officeId,
  decidedBy: applications.decidedBy,
} satisfies Record<ScopeField, unknown>;

/** A condition as SQL. "isNot" is null-safe (is distinct from), as the plain-code check is. */
export function conditionSql(condition: CaseCondition): SQL {
  if ("never" in condition) return sql`false`;
  if ("all" in condition) return and(...condition.all.map(conditionSql)) ?? sql`true`;
  if ("any" in condition) return or(...condition.any.map(conditionSql)) ?? sql`false`;
  const column = columns[condition.field];
  return "is" in condition
    ? sql`${column} = ${condition.is}`
    : sql`${column} is distinct from ${condition.isNot}`;
}

/** The cases this person sees by their role, as a condition on the application table. */
export function caseScopeCondition(person: Pick<Person, "role" | "officeId">): SQL {
  return conditionSql(scopeCondition(person));
}
