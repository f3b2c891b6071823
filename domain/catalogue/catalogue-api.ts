import type { Locale } from "#vocabulary/vocabulary.ts";
import type { FacetLabeller } from "./catalogue-labels.server.ts";
import type {
  CataloguePartner,
  CatalogueProject,
  CatalogueProjectFacts,
  LocalisedText,
  PartnerSides,
} from "./catalogue-project.ts";
import {
  type CatalogueFacet,
  type CatalogueQuery,
  catalogueFacets,
  catalogueLimits,
  serializeCatalogueQuery,
} from "./catalogue-query.ts";
import type { HighlightSegment } from "./highlight.ts";
import type { CatalogueSearchItem, CatalogueSearchResult } from "./search-catalogue.server.ts";

// What the open-data API (/api/v1/...) publishes, shaped here so the routes stay thin and the
// OpenAPI document (openapi.server.ts) describes exactly these objects.
//
// Choices:
//  - The identifier is the project's public id (the case number with "/" as "-"): it never changes,
//    it is the same in the JSON, the CSV ("id"), the 360Giving id suffix and the page's URL.
//  - Fields that a filter selects are named after that filter's parameter (programme, theme,
//    county, status, source, year; partnerCountries/partnerRegions for partnerCountry/partnerRegion),
//    so a value read from an item can be put straight back into a URL. Their human names are in the
//    facets (every item's values are among its search's facet values, each with a label).
//  - Links are absolute, so a downloaded answer still leads to the project's API record and page.
//  - Amounts are whole NOK; dates YYYY-MM-DD; texts per language (nb, en, ru), any may be missing.

export const catalogueLicence = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
  attribution: "Norwegian Barents Secretariat / Barents Bridge",
} as const;

export const apiBasePath = "/api/v1";

/**
 * What a public id can look like (case numbers hold letters, digits, ".", "_" and "/", and "/" is
 * "-" in the id). Anything else is not looked up: a 404 at once (a NUL byte would even make
 * PostgreSQL refuse the parameter).
 */
export function isPlausibleProjectId(id: string | undefined): id is string {
  return typeof id === "string" && /^[A-Za-z0-9._-]{1,100}$/.test(id);
}

export interface ApiLinks {
  /** This project's record in the API. */
  self: string;
  /** The project's page for people, in the answer's language. */
  html: string;
}

/** A project's place in the catalogue's filters, by the API's parameter names. */
export interface ApiProjectFilters {
  county: string | null;
  programme: string | null;
  theme: string | null;
}

export interface ApiSearchItem extends CatalogueProjectFacts, PartnerSides, ApiProjectFilters {
  id: string;
  /** Title and a summary excerpt in one language, split into segments; match=true where q matched. */
  snippet: { locale: Locale; title: HighlightSegment[]; summary: HighlightSegment[] };
  match: "words" | "partial" | null;
  links: ApiLinks;
}

export interface ApiFacetValue {
  value: string;
  count: number;
  label: string;
}

export interface ApiSearchAnswer {
  licence: typeof catalogueLicence;
  language: Locale;
  /** The search as run: q normalised (at most 200 characters and 8 words), defaults filled in. */
  query: CatalogueQuery;
  total: number;
  page: number;
  pageSize: number;
  /** Pages that can be asked for (at most catalogueLimits.maxPage). */
  pageCount: number;
  items: ApiSearchItem[];
  facets: Record<CatalogueFacet, ApiFacetValue[]>;
  links: {
    self: string;
    first: string;
    prev: string | null;
    next: string | null;
    csv: string;
    threeSixtyGiving: string;
    html: string;
    openapi: string;
  };
}

export interface ApiProject extends CatalogueProjectFacts, PartnerSides, ApiProjectFilters {
  id: string;
  summary: LocalisedText;
  results: LocalisedText;
  partners: CataloguePartner[];
  photos: { url: string; alt: LocalisedText }[];
  updatedAt: string;
  links: ApiLinks;
  licence: typeof catalogueLicence;
}

export interface ApiContext {
  /** The site's public address, no trailing slash ("https://barentsbridge.example"). */
  baseUrl: string;
  locale: Locale;
}

const segment = (id: string) => encodeURIComponent(id);

export function apiProjectUrl(baseUrl: string, id: string): string {
  return `${baseUrl}${apiBasePath}/projects/${segment(id)}`;
}

export function htmlProjectUrl(baseUrl: string, locale: Locale, id: string): string {
  return `${baseUrl}/${locale}/projects/${segment(id)}`;
}

export function apiPhotoUrl(baseUrl: string, id: string, attachmentId: string): string {
  return `${apiProjectUrl(baseUrl, id)}/photos/${segment(attachmentId)}`;
}

const withQuery = (queryString: string) => (queryString ? `?${queryString}` : "");

/** An API address with a query string (none when empty). */
export function apiUrl(baseUrl: string, path: string, queryString = ""): string {
  return `${baseUrl}${apiBasePath}${path}${withQuery(queryString)}`;
}

function linksOf(context: ApiContext, id: string): ApiLinks {
  return {
    self: apiProjectUrl(context.baseUrl, id),
    html: htmlProjectUrl(context.baseUrl, context.locale, id),
  };
}

export function toApiSearchItem(item: CatalogueSearchItem, context: ApiContext): ApiSearchItem {
  return {
    id: item.id,
    caseNumber: item.caseNumber,
    source: item.source,
    title: item.title,
    applicantName: item.applicantName,
    county: item.applicantCounty,
    programme: item.programmeId,
    theme: item.priorityArea,
    year: item.year,
    amountNok: item.amountNok,
    status: item.status,
    startsOn: item.startsOn,
    endsOn: item.endsOn,
    partnerCountries: item.partnerCountries,
    partnerRegions: item.partnerRegions,
    snippet: item.snippet,
    match: item.match,
    links: linksOf(context, item.id),
  };
}

export function toApiSearchAnswer(
  result: CatalogueSearchResult,
  context: ApiContext & { label: FacetLabeller },
): ApiSearchAnswer {
  const { query } = result;
  const pageCount = Math.min(Math.ceil(result.total / query.pageSize), catalogueLimits.maxPage);
  const search = (page: number) =>
    apiUrl(context.baseUrl, "/projects", serializeCatalogueQuery({ ...query, page }));
  // The exports take the filters only (order and paging do not apply to them).
  const filters = serializeCatalogueQuery({
    ...query,
    sort: undefined,
    page: undefined,
    pageSize: undefined,
  });
  const facets = Object.fromEntries(
    catalogueFacets.map((facet) => [
      facet,
      result.facets[facet].map((c) => ({
        value: c.value,
        count: c.count,
        label: context.label(facet, c.value),
      })),
    ]),
  ) as Record<CatalogueFacet, ApiFacetValue[]>;
  return {
    licence: catalogueLicence,
    language: context.locale,
    query,
    total: result.total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount,
    items: result.items.map((item) => toApiSearchItem(item, context)),
    facets,
    links: {
      self: search(query.page),
      first: search(1),
      prev: query.page > 1 ? search(query.page - 1) : null,
      next: query.page < pageCount ? search(query.page + 1) : null,
      csv: apiUrl(context.baseUrl, "/projects.csv", filters),
      threeSixtyGiving: apiUrl(context.baseUrl, "/projects.360giving.json", filters),
      html: `${context.baseUrl}/${context.locale}/projects${withQuery(serializeCatalogueQuery(query))}`,
      openapi: apiUrl(context.baseUrl, "/openapi.json"),
    },
  };
}

export function toApiProject(project: CatalogueProject, context: ApiContext): ApiProject {
  return {
    id: project.id,
    caseNumber: project.caseNumber,
    source: project.source,
    title: project.title,
    summary: project.summary,
    results: project.results,
    applicantName: project.applicantName,
    county: project.applicantCounty,
    partners: project.partners.map((p) => ({ name: p.name, country: p.country, region: p.region })),
    partnerCountries: project.partnerCountries,
    partnerRegions: project.partnerRegions,
    programme: project.programmeId,
    theme: project.priorityArea,
    year: project.year,
    amountNok: project.amountNok,
    startsOn: project.startsOn,
    endsOn: project.endsOn,
    status: project.status,
    photos: project.photos.map((photo) => ({
      url: apiPhotoUrl(context.baseUrl, project.id, photo.attachmentId),
      alt: photo.alt,
    })),
    updatedAt: project.updatedAt.toISOString(),
    links: linksOf(context, project.id),
    licence: catalogueLicence,
  };
}
