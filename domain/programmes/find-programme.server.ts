import { and, eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { programmes } from "#db/schema.ts";
import { type ProgrammeRules, programmeRulesSchema } from "./programme-rules.ts";

/** An active programme with its rules, or null (unknown or closed programmes look the same). */
export async function findActiveProgramme(q: Queryable, id: string) {
  const [row] = await q
    .select()
    .from(programmes)
    .where(and(eq(programmes.id, id), eq(programmes.active, true)));
  if (!row) return null;
  return { ...row, rules: programmeRulesSchema.parse(row.rules) as ProgrammeRules };
}
