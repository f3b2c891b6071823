// The amount facet's bands, as data: the search filters and counts by them, the pages label them
// ("catalogue.amountBand.<id>"), the search URL's parser refuses other ids. Each band is
// [min, max): 50 000 belongs to "50k-100k". The 400 000 boundary is the programmes' board
// threshold, so the top band is the board's decisions. The same bands as SQL:
// amount-bands.server.ts.

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
