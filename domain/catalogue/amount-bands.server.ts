import { type SQL, sql } from "drizzle-orm";
import { amountBands } from "./amount-bands.ts";

// The amount bands (amount-bands.ts) as SQL: the search's filter and its facet counts.

/** Whether `amount` lies in the band (SQL); an unknown band id matches nothing. */
export function amountBandCondition(amount: SQL, bandId: string): SQL {
  const band = amountBands.find((b) => b.id === bandId);
  if (!band) return sql`false`;
  return band.max === null
    ? sql`${amount} >= ${band.min}`
    : sql`(${amount} >= ${band.min} and ${amount} < ${band.max})`;
}

/** The band id of `amount` (SQL), for counting by band. */
export function amountBandExpression(amount: SQL): SQL {
  const arms = amountBands
    .filter((band) => band.max !== null)
    .map((band) => sql`when ${amount} < ${sql.raw(String(band.max))} then ${sql.raw(`'${band.id}'`)}`);
  const last = amountBands[amountBands.length - 1]!;
  return sql`(case ${sql.join(arms, sql` `)} else ${sql.raw(`'${last.id}'`)} end)`;
}
