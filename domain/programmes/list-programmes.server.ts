import { eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { programmes } from "#db/schema.ts";
import { type ProgrammeRules, programmeRulesSchema } from "./programme-rules.ts";

export async function listActiveProgrammes(q: Queryable) {
  const rows = await q.select().from(programmes).where(eq(programmes.active, true)).orderBy(programmes.id);
  return rows.map((row) => ({ ...row, rules: programmeRulesSchema.parse(row.rules) as ProgrammeRules }));
}
