import { asc, eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { programmes } from "#db/schema.ts";
import { type ProgrammeRules, programmeRulesSchema } from "./programme-rules.ts";

/** Every programme, active or not, for the managers' pages. */
export async function listAllProgrammes(q: Queryable) {
  const rows = await q.select().from(programmes).orderBy(asc(programmes.id));
  return rows.map((row) => ({ ...row, rules: programmeRulesSchema.parse(row.rules) as ProgrammeRules }));
}

/** One programme, active or not, with its rules; null when unknown. */
export async function findProgramme(q: Queryable, id: string) {
  const [row] = await q.select().from(programmes).where(eq(programmes.id, id));
  if (!row) return null;
  return { ...row, rules: programmeRulesSchema.parse(row.rules) as ProgrammeRules };
}
