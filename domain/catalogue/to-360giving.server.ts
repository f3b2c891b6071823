import crypto from "node:crypto";
import { norwegianCounties } from "#domain/organisations/norwegian-counties.ts";
import { findBarentsRegion } from "#domain/regions/barents-regions.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import type { CatalogueProject, LocalisedText } from "./catalogue-project.ts";

// The catalogue in the 360Giving Data Standard's JSON shape (a package {"grants": [...]}, one grant
// per project, field names as in the standard's schema). What we can and cannot fill:
//   id                  prefix + the project's public id (360Giving ids start with a registered
//                       prefix; "360G-" prefixes are free to use until the secretariat registers one)
//   awardDate           the catalogue keeps the year of application, not the decision date, so the
//                       award date is 1 January of that year (documented in the API description)
//   recipientOrganization.id  no organisation number is kept in the catalogue: a 360G- id made
//                       from the name (stable for a name, so an organisation's grants group together)
//   beneficiaryLocation the applicant's county and the partners' regions, by name and country
// Texts are in English when the project has English, else Norwegian, else Russian.

export interface ThreeSixtyGivingGrant {
  id: string;
  title: string;
  description: string;
  currency: "NOK";
  amountAwarded: number;
  awardDate: string;
  plannedDates?: { startDate?: string; endDate?: string }[];
  recipientOrganization: { id: string; name: string }[];
  fundingOrganization: { id: string; name: string }[];
  beneficiaryLocation: { name: string; countryCode: string }[];
  grantProgramme?: { code: string }[];
  lastModified: string;
}

export interface ThreeSixtyGivingOptions {
  /** Identifier prefix; default "360G-barentsbridge". */
  prefix?: string;
  fundingOrganization?: { id: string; name: string };
  /** The language tried first for titles and descriptions (default en). */
  locale?: Locale;
}

export const defaultFundingOrganization = { id: "360G-barentssecretariat", name: "Barents Secretariat" };

function pick(text: LocalisedText, first: Locale): string {
  return text[first] ?? text.en ?? text.nb ?? text.ru ?? "";
}

/**
 * A stable id part from a name: its Latin letters and digits, and a short hash of the whole name
 * (so names in Cyrillic, or differing only in accents, still get ids of their own).
 */
export function slugOf(name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  const hash = crypto.createHash("sha256").update(name.trim().toLowerCase()).digest("hex").slice(0, 8);
  return ascii ? `${ascii}-${hash}` : hash;
}

function placeOf(id: string, first: Locale): { name: string; countryCode: string } | null {
  const region = findBarentsRegion(id);
  if (region) return { name: region.name[first] ?? region.name.en, countryCode: region.country };
  const county = norwegianCounties.find((c) => c.id === id);
  if (county) return { name: county.name[first], countryCode: "NO" };
  return null;
}

export function to360Giving(
  project: CatalogueProject,
  options: ThreeSixtyGivingOptions = {},
): ThreeSixtyGivingGrant {
  const prefix = options.prefix ?? "360G-barentsbridge";
  const first = options.locale ?? "en";
  const locations = [project.applicantCounty, ...project.partnerRegions]
    .filter((id): id is string => Boolean(id))
    .map((id) => placeOf(id, first))
    .filter((place): place is { name: string; countryCode: string } => place !== null);
  const grant: ThreeSixtyGivingGrant = {
    id: `${prefix}-${project.id}`,
    title: pick(project.title, first),
    description: pick(project.summary, first) || pick(project.title, first),
    currency: "NOK",
    amountAwarded: project.amountNok,
    awardDate: `${project.year}-01-01`,
    recipientOrganization: [
      { id: `${prefix}-org-${slugOf(project.applicantName)}`, name: project.applicantName },
    ],
    fundingOrganization: [options.fundingOrganization ?? defaultFundingOrganization],
    beneficiaryLocation: locations,
    lastModified: project.updatedAt.toISOString(),
  };
  if (project.startsOn || project.endsOn) {
    grant.plannedDates = [
      {
        ...(project.startsOn ? { startDate: project.startsOn } : {}),
        ...(project.endsOn ? { endDate: project.endsOn } : {}),
      },
    ];
  }
  if (project.programmeId) grant.grantProgramme = [{ code: project.programmeId }];
  return grant;
}
