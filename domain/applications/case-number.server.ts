import { sql } from "drizzle-orm";
import type { Tx } from "#db/connection.ts";
import { caseNumberCounters } from "#db/schema.ts";

/**
 * The next case number of a year, `YYYY/NNNNN`, taken inside the submitting transaction. The upsert
 * locks the year's counter row until that transaction ends, so concurrent submissions queue here
 * and each sees the number before it; a transaction that fails later rolls its increment back with
 * it, so numbers are never skipped as well as never duplicated.
 */
export async function takeCaseNumber(tx: Tx, year: number): Promise<string> {
  const [row] = await tx
    .insert(caseNumberCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({
      target: caseNumberCounters.year,
      set: { last: sql`${caseNumberCounters.last} + 1` },
    })
    .returning({ last: caseNumberCounters.last });
  return formatCaseNumber(year, row!.last);
}

export function formatCaseNumber(year: number, sequence: number): string {
  return `${year}/${String(sequence).padStart(5, "0")}`;
}
