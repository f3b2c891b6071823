import type { Queryable } from "#db/connection.ts";
import type { MessageKey } from "#domain/i18n/catalog.ts";
import { intlTag } from "#domain/i18n/locales.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import { norwegianCounties } from "#domain/organisations/norwegian-counties.ts";
import { listAllProgrammes } from "#domain/programmes/list-all-programmes.server.ts";
import { barentsRegions } from "#domain/regions/barents-regions.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { catalogueSources, catalogueStatuses } from "../../vocabulary/vocabulary.ts";
import { amountBands } from "./amount-bands.ts";
import type { LocalisedText } from "./catalogue-project.ts";
import type { CatalogueFacet } from "./catalogue-query.ts";

// The words a reader sees for the ids the catalogue stores: programme and priority area names come
// from the programmes' own data (so a renamed area is renamed everywhere), counties and partner
// regions from the 13 Barents regions, countries from the platform's Intl data, and the fixed
// values (amount bands, statuses, sources) from the message catalog. An id nobody knows is shown
// as itself rather than hidden: an archive row with an old programme id still reads as something.

export interface CatalogueNames {
  programmes: Record<string, LocalisedText>;
  themes: Record<string, LocalisedText>;
}

/** Programme and priority-area names of every programme, active or not (archive rows name old ones). */
export async function loadCatalogueNames(q: Queryable): Promise<CatalogueNames> {
  const names: CatalogueNames = { programmes: {}, themes: {} };
  for (const programme of await listAllProgrammes(q)) {
    names.programmes[programme.id] = programme.name as LocalisedText;
    for (const area of programme.rules.priorityAreas) names.themes[area.id] ??= area.name as LocalisedText;
  }
  return names;
}

function inLocale(text: LocalisedText | undefined, locale: Locale): string | undefined {
  return text?.[locale] ?? text?.en ?? text?.nb ?? text?.ru;
}

/** A Barents region or Norwegian county by id (an applicant's county may lie outside the Barents region). */
export function regionName(id: string, locale: Locale): string {
  const named = barentsRegions.find((r) => r.id === id) ?? norwegianCounties.find((c) => c.id === id);
  return inLocale(named?.name, locale) ?? id;
}

export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([intlTag[locale]], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

const knownValues: Record<"amountBand" | "status" | "source", readonly string[]> = {
  amountBand: amountBands.map((band) => band.id),
  status: catalogueStatuses,
  source: catalogueSources,
};

export type FacetLabeller = (facet: CatalogueFacet, value: string) => string;

/** One function that names any facet value in the reader's language. */
export function facetLabeller(names: CatalogueNames, locale: Locale, t: Translate): FacetLabeller {
  return (facet, value) => {
    switch (facet) {
      case "year":
        return value;
      case "programme":
        return inLocale(names.programmes[value], locale) ?? value;
      case "theme":
        return inLocale(names.themes[value], locale) ?? value;
      case "county":
      case "partnerRegion":
        return regionName(value, locale);
      case "partnerCountry":
        return countryName(value, locale);
      case "amountBand":
      case "status":
      case "source":
        return knownValues[facet].includes(value) ? t(`catalogue.${facet}.${value}` as MessageKey) : value;
    }
  };
}
