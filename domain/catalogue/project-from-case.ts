import { isCalendarDate, osloDate } from "#domain/eligibility/oslo-dates.ts";
import { approvedAndLaterStates, type CaseState, type Locale } from "#vocabulary/vocabulary.ts";
import type {
  CataloguePartner,
  CataloguePhoto,
  CatalogueProjectInput,
  LocalisedText,
} from "./catalogue-project.ts";

// What the public sees of an approved case, made from the application as last sent (never the live
// draft), the grant and the approved final report. Pure: sync-case-to-catalogue.server.ts reads the facts.
// Stored JSON is read defensively: a field that is missing or of the wrong type is left out, never
// guessed, and nothing from the form reaches the catalogue except the fields named here. Contact
// people, e-mails and partners who are private persons are never read.

/** The states in which a case is a funded project the public may see. */
export const publishedStates: readonly CaseState[] = approvedAndLaterStates;

/** Of those, the states in which the project is over. */
export const finishedStates: readonly CaseState[] = ["report_approved", "closed"];

export function isPublishedState(state: string): boolean {
  return (publishedStates as readonly string[]).includes(state);
}

export interface CaseFacts {
  applicationId: string;
  caseNumber: string;
  status: CaseState;
  programmeId: string;
  /** When the first version was sent: the project's year is that moment's year in Oslo. */
  firstSubmittedAt: Date;
  /** application_version.content of the latest version (SubmittedContent). */
  content: unknown;
  grantAmount: number;
  /** final_report.content of the latest approved report, if any. */
  approvedReport: unknown | null;
}

type Json = Record<string, unknown>;

function record(value: unknown): Json {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {};
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

function localised(value: unknown): LocalisedText {
  const source = record(value);
  const result: LocalisedText = {};
  for (const locale of ["nb", "en", "ru"] as const) {
    const entry = text(source[locale]);
    if (entry) result[locale] = entry;
  }
  return result;
}

/** Organisations only: a partner who is a private person is never published, not even by region. */
export function organisationPartners(items: unknown): CataloguePartner[] {
  if (!Array.isArray(items)) return [];
  const partners: CataloguePartner[] = [];
  for (const item of items) {
    const row = record(item);
    if (row.kind !== "organisation") continue;
    const name = text(row.name);
    if (!name) continue;
    partners.push({
      name,
      country: (text(row.country) ?? "").toUpperCase(),
      region: text(row.region),
    });
  }
  return partners;
}

/**
 * The language of a free text the grantee wrote in one field: Cyrillic letters mean Russian; else
 * the project's own first language among Norwegian and English.
 */
function languageOf(value: string, title: LocalisedText): Locale {
  if (/[\u0400-\u04ff]/.test(value)) return "ru";
  return title.nb || !title.en ? "nb" : "en";
}

/** The report's results: a `results` text (in the language it is written in) or per-language texts. */
export function reportResults(report: unknown, title: LocalisedText): LocalisedText {
  const results = record(report).results;
  if (typeof results === "string") {
    const value = text(results);
    return value ? { [languageOf(value, title)]: value } : {};
  }
  return localised(results);
}

/** The report's photos the grantee consented to publish, with their alt text when the report has one. */
export function reportPhotos(report: unknown): CataloguePhoto[] {
  const photos = record(report).photos;
  if (!Array.isArray(photos)) return [];
  const published: CataloguePhoto[] = [];
  for (const item of photos) {
    const photo = record(item);
    if (photo.consent !== true) continue;
    const attachmentId = text(photo.attachmentId) ?? text(photo.id);
    if (!attachmentId) continue;
    const alt = typeof photo.alt === "string" ? localised({ nb: photo.alt }) : localised(photo.alt);
    published.push({ attachmentId, alt });
  }
  return published;
}

/** The catalogue record of a case in a published state; null for any other state. */
export function projectFromCase(facts: CaseFacts): CatalogueProjectInput | null {
  if (!isPublishedState(facts.status)) return null;
  const content = record(facts.content);
  const form = record(content.form);
  const project = record(form.project);
  const organisation = record(content.organisation);
  const title = localised(project.title);
  const startsOn = isCalendarDate(project.startDate) ? project.startDate : null;
  const endsOn = isCalendarDate(project.endDate) ? project.endDate : null;
  return {
    caseNumber: facts.caseNumber,
    source: "case",
    applicationId: facts.applicationId,
    title,
    summary: localised(project.summary),
    results: facts.approvedReport ? reportResults(facts.approvedReport, title) : {},
    applicantName: text(organisation.name) ?? "",
    applicantCounty: text(organisation.county),
    partners: organisationPartners(record(form.partners).items),
    priorityArea: text(project.priorityArea),
    programmeId: facts.programmeId,
    year: Number(osloDate(facts.firstSubmittedAt).slice(0, 4)),
    amountNok: facts.grantAmount,
    startsOn,
    endsOn,
    status: (finishedStates as readonly string[]).includes(facts.status) ? "finished" : "ongoing",
    photos: facts.approvedReport ? reportPhotos(facts.approvedReport) : [],
  };
}
