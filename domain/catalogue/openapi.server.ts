import { locales } from "#vocabulary/vocabulary.ts";
import { catalogueSources, catalogueStatuses } from "../../vocabulary/vocabulary.ts";
import { amountBands } from "./amount-bands.server.ts";
import { apiBasePath, catalogueLicence } from "./catalogue-api.ts";
import { catalogueCsvColumns } from "./catalogue-csv.ts";
import {
  type CatalogueFacet,
  type CatalogueQueryParam,
  catalogueFacets,
  catalogueLimits,
  catalogueSorts,
  defaultCatalogueQuery,
} from "./catalogue-query.ts";

// The open-data API described as OpenAPI 3.1 (served at /api/v1/openapi.json). The parameters are
// made from the same data parseCatalogueQuery reads (catalogueFacets, catalogueLimits,
// catalogueSorts), so the description cannot drift from what the API accepts; openapi.test.ts
// checks every documented parameter against parseCatalogueQuery. The answers' schemas describe the
// objects of catalogue-api.ts.

type Json = Record<string, unknown>;

/** Facet parameters: what they filter, and an example a test can send (a real value or a known id). */
const facetDocs: Record<
  CatalogueFacet,
  { description: string; example: string; values?: readonly string[] }
> = {
  year: { description: "Year of application (four digits).", example: "2024" },
  programme: { description: "Programme id.", example: "no-ru-regular" },
  theme: { description: "Priority area id.", example: "culture-sport" },
  county: { description: "The applicant's county id (e.g. no-finnmark).", example: "no-finnmark" },
  partnerCountry: {
    description: "A partner's country, ISO 3166-1 alpha-2 (e.g. RU, SE, FI).",
    example: "SE",
  },
  partnerRegion: { description: "A partner's Barents region id (e.g. ru-murmansk).", example: "ru-murmansk" },
  amountBand: {
    description: "Band of the amount granted.",
    example: amountBands[0]!.id,
    values: amountBands.map((band) => band.id),
  },
  status: { description: "Project status.", example: "finished", values: catalogueStatuses },
  source: {
    description:
      "Where the record comes from: case (granted in this system), archive (imported history), synthetic (made-up demo data; leave it out with source=case,archive).",
    example: "case,archive",
    values: catalogueSources,
  },
};

export interface DocumentedParameter {
  name: CatalogueQueryParam | "lang";
  /** A value the API accepts, for examples and for the test that keeps this document honest. */
  example: string;
}

function facetParameter(facet: CatalogueFacet): Json {
  const doc = facetDocs[facet];
  const item: Json =
    facet === "year"
      ? { type: "string", pattern: "^\\d{4}$" }
      : { type: "string", maxLength: catalogueLimits.maxValueLength };
  const known = doc.values ? ` Known values: ${doc.values.join(", ")}.` : "";
  return {
    name: facet,
    in: "query",
    required: false,
    description: `${doc.description}${known} Repeat the parameter or separate values by commas to select several (values of one facet are OR-ed, facets AND-ed); at most ${catalogueLimits.maxValues} values. An unknown value is not an error: it matches nothing. The answer's facets list every value with its count and a label.`,
    style: "form",
    explode: true,
    schema: { type: "array", items: item, maxItems: catalogueLimits.maxValues },
    example: doc.example,
  };
}

const qParameter: Json = {
  name: "q",
  in: "query",
  required: false,
  description: `Free text in any language (websearch syntax: "quoted phrase", or, -word). Never an error: control characters are removed and the text is cut to ${catalogueLimits.maxQueryLength} characters and ${catalogueLimits.maxTerms} words.`,
  schema: { type: "string" },
  example: "Murmansk",
};

const langParameter: Json = {
  name: "lang",
  in: "query",
  required: false,
  description:
    "Language of messages, snippets, facet labels and page links. Without it (or with an unknown value), Accept-Language decides; default nb.",
  schema: { type: "string", enum: [...locales] },
  example: "en",
};

const sortParameter: Json = {
  name: "sort",
  in: "query",
  required: false,
  description: "Order. relevance (without q: same as newest), newest (year), amount (largest first).",
  schema: { type: "string", enum: [...catalogueSorts], default: defaultCatalogueQuery.sort },
  example: "newest",
};

const pageParameter: Json = {
  name: "page",
  in: "query",
  required: false,
  description: `Page number, 1 to ${catalogueLimits.maxPage}. Anything else is a 400 error (never clamped).`,
  schema: { type: "integer", minimum: 1, maximum: catalogueLimits.maxPage, default: 1 },
  example: "2",
};

const pageSizeParameter: Json = {
  name: "pageSize",
  in: "query",
  required: false,
  description: `Results per page, 1 to ${catalogueLimits.maxPageSize}. Anything else is a 400 error (never clamped).`,
  schema: {
    type: "integer",
    minimum: 1,
    maximum: catalogueLimits.maxPageSize,
    default: catalogueLimits.defaultPageSize,
  },
  example: "50",
};

/** The query parameters of the search, in URL order. */
export function searchParameters(): Json[] {
  return [
    qParameter,
    ...catalogueFacets.map(facetParameter),
    sortParameter,
    pageParameter,
    pageSizeParameter,
  ];
}

/** The exports take the search's filters (q and the facets); paging and order do not apply. */
function exportParameters(): Json[] {
  return [qParameter, ...catalogueFacets.map(facetParameter)];
}

/** Every query parameter this document names, with an accepted example (for tests and the page). */
export function documentedParameters(): DocumentedParameter[] {
  return [...searchParameters(), langParameter].map((p) => ({
    name: p.name as DocumentedParameter["name"],
    example: String(p.example),
  }));
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (type: string) => ({ type: [type, "null"] });
const stringArray = { type: "array", items: { type: "string" } };

const headers = {
  ETag: {
    description:
      "Validator: send it back in If-None-Match to get 304 Not Modified when nothing changed. Weak for JSON and the exports, the checksum for photos.",
    schema: { type: "string" },
  },
  "Cache-Control": { description: "public, max-age=60 (photos: one hour).", schema: { type: "string" } },
  "Retry-After": { description: "Seconds to wait before trying again.", schema: { type: "integer" } },
};

const okHeaders = { ETag: headers.ETag, "Cache-Control": headers["Cache-Control"] };

const errorResponse = (description: string, extra: Json = {}) => ({
  description,
  headers: extra,
  content: { "application/json": { schema: ref("Errors") } },
});

const notModified = { description: "Not Modified: If-None-Match named the current ETag. No body." };

const idParameter: Json = {
  name: "id",
  in: "path",
  required: true,
  description:
    'Stable public id of a project: its case number with "/" as "-" (e.g. 2026-00012). The same id is in the CSV (id) and ends the 360Giving grant id.',
  schema: { type: "string", pattern: "^[A-Za-z0-9._-]{1,100}$" },
};

function schemas(): Json {
  const localised = {
    type: "object",
    description: "Text per language; any language may be missing.",
    properties: Object.fromEntries(locales.map((l) => [l, { type: "string" }])),
    additionalProperties: false,
  };
  const links = {
    type: "object",
    required: ["self", "html"],
    properties: {
      self: { type: "string", format: "uri", description: "The project in this API." },
      html: { type: "string", format: "uri", description: "The project's page, in the answer's language." },
    },
  };
  const filterFields = {
    county: { ...nullable("string"), description: "Applicant's county id (filter: county)." },
    programme: { ...nullable("string"), description: "Programme id (filter: programme)." },
    theme: { ...nullable("string"), description: "Priority area id (filter: theme)." },
    year: { type: "integer", description: "Year of application (filter: year)." },
    amountNok: { type: "integer", description: "Amount granted, whole NOK (filter: amountBand)." },
    status: { type: "string", enum: [...catalogueStatuses] },
    source: {
      type: "string",
      enum: [...catalogueSources],
      description: "synthetic: made-up demo data, not a real project.",
    },
    startsOn: { ...nullable("string"), format: "date" },
    endsOn: { ...nullable("string"), format: "date" },
    partnerCountries: { ...stringArray, description: "ISO 3166-1 alpha-2 (filter: partnerCountry)." },
    partnerRegions: { ...stringArray, description: "Barents region ids (filter: partnerRegion)." },
  };
  return {
    LocalisedText: localised,
    Licence: {
      type: "object",
      required: ["name", "url", "attribution"],
      properties: {
        name: { const: catalogueLicence.name },
        url: { const: catalogueLicence.url },
        attribution: { const: catalogueLicence.attribution },
      },
    },
    Segment: {
      type: "object",
      required: ["text", "match"],
      properties: {
        text: { type: "string" },
        match: { type: "boolean", description: "Part of what q matched." },
      },
    },
    FacetValue: {
      type: "object",
      required: ["value", "count", "label"],
      properties: {
        value: { type: "string", description: "The value to put in the facet's parameter." },
        count: { type: "integer", description: "Matches with this value, given the other facets' filters." },
        label: { type: "string", description: "Its name in the answer's language." },
      },
    },
    SearchItem: {
      type: "object",
      required: [
        "id",
        "caseNumber",
        "source",
        "title",
        "applicantName",
        "year",
        "amountNok",
        "status",
        "links",
      ],
      properties: {
        id: { type: "string", description: "Stable public id." },
        caseNumber: { type: "string" },
        title: ref("LocalisedText"),
        applicantName: { type: "string", description: "Applicant organisation (never a person)." },
        ...filterFields,
        snippet: {
          type: "object",
          description:
            "Title and an excerpt of the summary in one language (the reader's when possible), in segments: render each as text, those with match=true highlighted.",
          properties: {
            locale: { type: "string", enum: [...locales] },
            title: { type: "array", items: ref("Segment") },
            summary: { type: "array", items: ref("Segment") },
          },
        },
        match: {
          type: ["string", "null"],
          enum: ["words", "partial", null],
          description:
            "How q matched: words (its words in one language), partial (word by word, similar spelling); null without q.",
        },
        links: ref("Links"),
      },
    },
    Links: links,
    SearchAnswer: {
      type: "object",
      required: [
        "licence",
        "language",
        "query",
        "total",
        "page",
        "pageSize",
        "pageCount",
        "items",
        "facets",
        "links",
      ],
      properties: {
        licence: ref("Licence"),
        language: { type: "string", enum: [...locales] },
        query: {
          type: "object",
          description: "The search as run: q normalised, defaults filled in.",
        },
        total: { type: "integer", description: "Projects matching the search." },
        page: { type: "integer" },
        pageSize: { type: "integer" },
        pageCount: {
          type: "integer",
          description: `Pages that can be asked for (at most ${catalogueLimits.maxPage}).`,
        },
        items: { type: "array", items: ref("SearchItem") },
        facets: {
          type: "object",
          description:
            "For every facet, its values with counts (each counted with the other facets' filters).",
          required: [...catalogueFacets],
          properties: Object.fromEntries(
            catalogueFacets.map((f) => [f, { type: "array", items: ref("FacetValue") }]),
          ),
        },
        links: {
          type: "object",
          properties: Object.fromEntries(
            ["self", "first", "prev", "next", "csv", "threeSixtyGiving", "html", "openapi"].map((name) => [
              name,
              { type: ["string", "null"], format: "uri" },
            ]),
          ),
        },
      },
    },
    Project: {
      type: "object",
      required: [
        "id",
        "caseNumber",
        "source",
        "title",
        "summary",
        "results",
        "applicantName",
        "partners",
        "year",
        "amountNok",
        "status",
        "photos",
        "updatedAt",
        "links",
        "licence",
      ],
      properties: {
        id: { type: "string", description: "Stable public id." },
        caseNumber: { type: "string" },
        title: ref("LocalisedText"),
        summary: ref("LocalisedText"),
        results: { ...ref("LocalisedText"), description: "Results from the approved final report." },
        applicantName: { type: "string" },
        partners: {
          type: "array",
          description: "Partner organisations (never private persons).",
          items: {
            type: "object",
            properties: {
              name: { type: "string" },
              country: { type: "string" },
              region: nullable("string"),
            },
          },
        },
        ...filterFields,
        photos: {
          type: "array",
          description: "Photos the grantee consented to publish.",
          items: {
            type: "object",
            properties: { url: { type: "string", format: "uri" }, alt: ref("LocalisedText") },
          },
        },
        updatedAt: { type: "string", format: "date-time" },
        links: ref("Links"),
        licence: ref("Licence"),
      },
    },
    Errors: {
      type: "object",
      required: ["errors"],
      properties: {
        errors: {
          type: "array",
          items: {
            type: "object",
            required: ["message"],
            properties: {
              param: { type: ["string", "null"], description: "The parameter at fault." },
              message: { type: "string", description: "In the language of lang or Accept-Language." },
            },
          },
        },
      },
    },
  };
}

/** The OpenAPI 3.1 document of the open-data API; `baseUrl` is the site's public address. */
export function buildOpenApiDocument(options: { baseUrl: string; version?: string }): Json {
  const csvColumns = catalogueCsvColumns.map((c) => `- \`${c.name}\`: ${c.description}`).join("\n");
  const bad400 = errorResponse(
    "Bad parameters: every problem named (param, message). Nothing is clamped or guessed.",
  );
  return {
    openapi: "3.1.0",
    info: {
      title: "Barents Bridge project catalogue",
      version: options.version ?? "1.0.0",
      summary: "Open data on projects funded through the Norwegian Barents Secretariat.",
      description: [
        "Every project granted through the Barents Bridge platform and its historical archive, as open data.",
        `Licence: ${catalogueLicence.name} (${catalogueLicence.url}). Attribution: "${catalogueLicence.attribution}".`,
        "Identifiers are stable: a project's id (its case number with / as -) never changes.",
        "Demo installations hold synthetic projects (source=synthetic, case numbers S<year>/<6 digits>): they are made up. Leave them out with source=case,archive.",
        "No sign-in, no cookies: CORS is open (Access-Control-Allow-Origin: *). Answers carry an ETag; send it in If-None-Match to get 304 when nothing changed.",
        "The 360Giving export gives the award date as 1 January of the year of application (the catalogue keeps the year only).",
      ].join("\n\n"),
      license: { name: catalogueLicence.name, url: catalogueLicence.url },
    },
    servers: [{ url: options.baseUrl }],
    paths: {
      [`${apiBasePath}/projects`]: {
        get: {
          operationId: "searchProjects",
          summary: "Search the catalogue: one page, the total and the facet counts",
          parameters: [...searchParameters(), langParameter],
          responses: {
            "200": {
              description: "One page of matches.",
              headers: okHeaders,
              content: { "application/json": { schema: ref("SearchAnswer") } },
            },
            "304": notModified,
            "400": bad400,
            "503": errorResponse(
              "The search ran too long and was stopped: try fewer words or more filters.",
              {
                "Retry-After": headers["Retry-After"],
              },
            ),
          },
        },
      },
      [`${apiBasePath}/projects/{id}`]: {
        get: {
          operationId: "getProject",
          summary: "One project, every published fact",
          parameters: [idParameter, langParameter],
          responses: {
            "200": {
              description: "The project.",
              headers: okHeaders,
              content: { "application/json": { schema: ref("Project") } },
            },
            "304": notModified,
            "404": errorResponse("No project has this id."),
          },
        },
      },
      [`${apiBasePath}/projects.csv`]: {
        get: {
          operationId: "exportProjectsCsv",
          summary: "Every project a search matches, as CSV (streamed)",
          description: `RFC 4180, UTF-8 with a byte order mark, CRLF line ends, a header row, in id order. Paging and order parameters are ignored. Lists are separated by |. A text cell starting with = + - @ gets a leading apostrophe (spreadsheet formula guard). Columns:\n\n${csvColumns}`,
          parameters: [...exportParameters(), langParameter],
          responses: {
            "200": {
              description: "The CSV file.",
              headers: okHeaders,
              content: { "text/csv": { schema: { type: "string" } } },
            },
            "304": notModified,
            "400": bad400,
          },
        },
      },
      [`${apiBasePath}/projects.360giving.json`]: {
        get: {
          operationId: "exportProjects360Giving",
          summary: "Every project a search matches, as a 360Giving Data Standard package (streamed)",
          description:
            'A JSON package {"grants": [...]}, one grant per project, in id order. Texts in English when a project has English; lang puts another language first. Paging and order parameters are ignored.',
          parameters: [...exportParameters(), langParameter],
          responses: {
            "200": {
              description: "The 360Giving package.",
              headers: okHeaders,
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["grants"],
                    properties: { grants: { type: "array", items: { type: "object" } } },
                  },
                },
              },
            },
            "304": notModified,
            "400": bad400,
          },
        },
      },
      [`${apiBasePath}/projects/{id}/photos/{attachmentId}`]: {
        get: {
          operationId: "getProjectPhoto",
          summary: "A photo of a project, published with the grantee's consent",
          parameters: [
            idParameter,
            {
              name: "attachmentId",
              in: "path",
              required: true,
              description: "As in the project's photos[].url.",
              schema: { type: "string" },
            },
          ],
          responses: {
            "200": {
              description: "The image.",
              headers: okHeaders,
              content: {
                "image/jpeg": { schema: { type: "string", contentMediaType: "image/jpeg" } },
                "image/png": { schema: { type: "string", contentMediaType: "image/png" } },
              },
            },
            "304": notModified,
            "404": errorResponse("No such photo of this project."),
          },
        },
      },
      [`${apiBasePath}/openapi.json`]: {
        get: {
          operationId: "getOpenApi",
          summary: "This description",
          responses: {
            "200": {
              description: "OpenAPI 3.1 document.",
              headers: okHeaders,
              content: { "application/json": {} },
            },
            "304": notModified,
          },
        },
      },
    },
    components: { schemas: schemas() },
  };
}
