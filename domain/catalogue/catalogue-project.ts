import type { CatalogueSource, CatalogueStatus, Locale } from "#vocabulary/vocabulary.ts";

// The public catalogue's record of one funded project (table catalogue_project). Three sources feed
// it: approved cases (projected by sync-case-to-catalogue.server.ts), the imported archive since 2003
// (import-archive.server.ts) and generated demo data (generate-projects.ts); pages and the open-data API
// read it only through this folder's functions.

/** Text in the languages a project has: any of nb, en, ru may be missing. */
export type LocalisedText = Partial<Record<Locale, string>>;

/** A partner organisation (never a private person). Country is ISO 3166 alpha-2 ("RU"); region a Barents region id. */
export interface CataloguePartner {
  name: string;
  country: string;
  region: string | null;
}

export interface CataloguePhoto {
  attachmentId: string;
  alt: LocalisedText;
}

/**
 * The facts every view of a project names alike: the upsert, the project page, the search, the
 * open-data API and the exports.
 */
export interface CatalogueProjectFacts {
  caseNumber: string;
  source: CatalogueSource;
  title: LocalisedText;
  applicantName: string;
  year: number;
  amountNok: number;
  startsOn: string | null;
  endsOn: string | null;
  status: CatalogueStatus;
}

/** Countries and regions on the partners' side (what the partner facets filter by). */
export interface PartnerSides {
  partnerCountries: string[];
  partnerRegions: string[];
}

/** What the upsert writes: every published fact of a project. The search documents are made in SQL. */
export interface CatalogueProjectInput extends CatalogueProjectFacts, Partial<PartnerSides> {
  applicationId?: string | null;
  summary: LocalisedText;
  results?: LocalisedText;
  applicantCounty: string | null;
  /** The partner sides are made from `partners` when left out. */
  partners: CataloguePartner[];
  priorityArea: string | null;
  programmeId: string | null;
  photos?: CataloguePhoto[];
}

/** One project as the public sees it (the project page, the API, the exports). */
export interface CatalogueProject extends CatalogueProjectFacts, PartnerSides {
  /** The stable public identifier: the case number with "/" as "-" ("2026-00012"). */
  id: string;
  summary: LocalisedText;
  results: LocalisedText;
  applicantCounty: string | null;
  partners: CataloguePartner[];
  priorityArea: string | null;
  programmeId: string | null;
  photos: CataloguePhoto[];
  updatedAt: Date;
}

/** The public id of a case number: "2026/00012" -> "2026-00012" (case numbers never hold "-"). */
export function catalogueIdOf(caseNumber: string): string {
  return caseNumber.replaceAll("/", "-");
}

/**
 * Text as published: control characters out (they would break CSV, XML and the highlight markers
 * \u0002/\u0003 the search uses), line breaks and tabs kept, surrounding space trimmed.
 */
export function cleanText(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").trim();
}

/** Localised text with blank languages left out. */
export function cleanLocalised(text: LocalisedText | undefined): LocalisedText {
  const result: LocalisedText = {};
  for (const locale of ["nb", "en", "ru"] as const) {
    const value = text?.[locale];
    if (typeof value === "string") {
      const cleaned = cleanText(value);
      if (cleaned !== "") result[locale] = cleaned;
    }
  }
  return result;
}

/** The first language a text has, in the order asked for (nb, en, ru by default). */
export function firstLocaleOf(
  text: LocalisedText,
  order: readonly Locale[] = ["nb", "en", "ru"],
): Locale | null {
  for (const locale of order) if (text[locale]) return locale;
  for (const locale of ["nb", "en", "ru"] as const) if (text[locale]) return locale;
  return null;
}
