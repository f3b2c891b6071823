import type { LocalisedText } from "#domain/eligibility/rule-result.ts";
import regions from "./barents-regions.json" with { type: "json" };

// The 13 regions of the Barents region (domain brief), by the ids programme rules use, as data in
// barents-regions.json. Programmes choose among them; the names let a rule's message say
// "Finnmark" instead of "no-finnmark".
export interface BarentsRegion {
  id: string;
  country: string;
  name: LocalisedText;
}

export const barentsRegions: readonly BarentsRegion[] = regions;

export function findBarentsRegion(id: string): BarentsRegion | undefined {
  return barentsRegions.find((region) => region.id === id);
}
