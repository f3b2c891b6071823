import { type SQL, sql } from "drizzle-orm";

// The amount facet's bands, as data: the search filters and counts by them, the pages label them
// ("catalogue.amountBand.<id>"). Each band is [min, max): 50 000 belongs to "50k-100k". The 400 000
// boundary is the programmes' board threshold, so the top band is the board's decisions.

export interface AmountBand {
  id: string;
  /** Inclusive, whole kroner. */
  min: number;
  /** Exclusive; null: no upper bound. */
  max: number | null;
}

export const amountBands: readonly AmountBand[] = [
  { id: "under-50k", min: 0, max: 50_000 },
  { id: "50k-100k", min: 50_000, max: 100_000 },
  { id: "100k-400k", min: 100_000, max: 400_000 },
  { id: "400k-plus", min: 400_000, max: null },
];

export type AmountBandId = (typeof amountBands)[number]["id"];

export function amountBandOf(amountNok: number): string {
  for (const band of amountBands) {
    if (amountNok >= band.min && (band.max === null || amountNok < band.max)) return band.id;
  }
  // Negative amounts are refused on the way in; this keeps the function total.
  return amountBands[0]!.id;
}

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
