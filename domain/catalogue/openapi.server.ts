import { catalogueSources, catalogueStatuses, locales } from "#vocabulary/vocabulary.ts";
import { apiBasePath, catalogueLicence } from "./catalogue-api.ts";
import { catalogueCsvColumns } from "./catalogue-csv.ts";
import {
  type CatalogueFacet,
  catalogueFacets,
  catalogueLimits,
  catalogueSorts,
  closedFacetValues,
  defaultCatalogueQuery,
  type ParameterErrorCode,
} from "./catalogue-query.ts";

// The open-data API described as OpenAPI 3.1 (served at /api/v1/openapi.json), and the one table
// of its operations (apiOperations) that the rest of the API is made from:
//  - the HTTP edge (server/api-edge.ts) answers only the paths named here (anything else under
//    /api: 404), and only with the methods named here (anything else: 405 with Allow);
//  - each route refuses query parameters its operation does not name (400 unknown-parameter);
//  - the parameters are made from the same data parseCatalogueQuery reads (catalogueFacets,
//    catalogueLimits, catalogueSorts, closedFacetValues), so the description cannot drift from what
//    the API accepts. tests/http/api-conventions.test.ts walks this document over HTTP: every enum
//    refused outside its values, every bound, every default and every "no error" example.
// `redocly lint` checks it (npm run lint:api, in npm run lint and so in CI).

type Json = Record<string, unknown>;

/** Methods every operation answers: GET, HEAD (the same without the body) and OPTIONS (CORS). */
export const apiMethods = ["GET", "HEAD", "OPTIONS"] as const;

/**
 * The longest request target (path and query) the API reads: RFC 9112 asks servers to take at
 * least 8000 octets; beyond, 414. The search's own bounds (30 values of 100 characters per facet,
 * 200 characters of text) fit a real search within it.
 */
export const maxRequestTargetLength = 8000;

/** Problem codes of the API's refusals (RFC 9457 documents; app/web/problem.server.ts). */
export const apiProblemCodes = [
  "bad-parameters",
  "bad-encoding",
  "not-found",
  "no-such-address",
  "method-not-allowed",
  "uri-too-long",
  "search-timed-out",
  "server-error",
] as const;
export type ApiProblemCode = (typeof apiProblemCodes)[number];

const parameterErrorCodes: readonly ParameterErrorCode[] = [
  "unknown-parameter",
  "unknown-value",
  "repeated",
  "not-a-year",
  "out-of-range",
  "too-many-values",
  "value-too-long",
  "control-character",
];

/** An example of a parameter: `valid` is accepted; `noMatch` is accepted and matches nothing. */
interface ParameterExamples {
  valid: unknown;
  noMatch?: unknown;
}

const examplesOf = (examples: ParameterExamples): Json => ({
  valid: { summary: "Accepted", value: examples.valid },
  ...(examples.noMatch === undefined
    ? {}
    : {
        noMatch: {
          summary: "Not an error: matches nothing (the search answers an empty result)",
          value: examples.noMatch,
        },
      }),
});

/** An optional query parameter; `style` for the repeatable facets. */
const queryParameter = (
  name: string,
  description: string,
  schema: Json,
  examples: ParameterExamples,
  style: Json = {},
): Json => ({
  name,
  in: "query",
  required: false,
  description,
  ...style,
  schema,
  examples: examplesOf(examples),
});

/** A path parameter: an id that does not fit its pattern is answered like an unknown one (404). */
const pathParameter = (name: string, description: string, pattern: string, example: string): Json => ({
  name,
  in: "path",
  required: true,
  description: `${description} An id that does not fit the pattern is answered like an unknown one: 404.`,
  schema: { type: "string", pattern },
  examples: examplesOf({ valid: example }),
});

/** Values no id can hold: control characters (JSON Schema regex, ECMA-262). */
const noControlCharacters = "^[^\\u0000-\\u001F\\u007F-\\u009F]+$";

/** Facet parameters: what they filter, an accepted example and, for open vocabularies, an unknown id. */
const facetDocs: Record<CatalogueFacet, { description: string; examples: ParameterExamples }> = {
  year: {
    description:
      "Year of application, four digits. Anything else is a 400 error (not-a-year); a year without projects is not an error: it matches nothing.",
    examples: { valid: ["2024"], noMatch: ["1850"] },
  },
  programme: {
    description: "Programme id (the facet `programme` lists them with names).",
    examples: { valid: ["no-ru-regular"], noMatch: ["no-such-programme"] },
  },
  theme: {
    description: "Priority area id (the facet `theme` lists them with names).",
    examples: { valid: ["culture-sport"], noMatch: ["no-such-theme"] },
  },
  county: {
    description: "The applicant's county id, e.g. no-finnmark.",
    examples: { valid: ["no-finnmark"], noMatch: ["atlantis"] },
  },
  partnerCountry: {
    description: "A partner's country, ISO 3166-1 alpha-2, e.g. RU, SE, FI.",
    examples: { valid: ["SE"], noMatch: ["XX"] },
  },
  partnerRegion: {
    description: "A partner's Barents region id, e.g. ru-murmansk.",
    examples: { valid: ["ru-murmansk"], noMatch: ["ru-atlantis"] },
  },
  amountBand: {
    description: "Band of the amount granted (whole NOK): under-50k, 50k-100k, 100k-400k, 400k-plus.",
    examples: { valid: [closedFacetValues.amountBand[0]] },
  },
  status: {
    description: "Project status: ongoing or finished.",
    examples: { valid: ["finished"] },
  },
  source: {
    description:
      "Where the record comes from: case (granted in this system), archive (imported history), synthetic (made-up demo data; leave it out with source=case&source=archive).",
    examples: { valid: ["case", "archive"] },
  },
};

function facetParameter(facet: CatalogueFacet): Json {
  const doc = facetDocs[facet];
  const closed: readonly string[] | undefined = closedFacetValues[facet as keyof typeof closedFacetValues];
  const item: Json =
    facet === "year"
      ? { type: "string", pattern: "^\\d{4}$" }
      : closed
        ? { type: "string", enum: [...closed] }
        : {
            type: "string",
            minLength: 1,
            maxLength: catalogueLimits.maxValueLength,
            pattern: noControlCharacters,
          };
  const vocabulary =
    facet === "year"
      ? ""
      : closed
        ? " Another value is a 400 error (unknown-value) that lists the allowed ones."
        : ` Any id of up to ${catalogueLimits.maxValueLength} characters without control characters; an unknown id is not an error: it matches nothing.`;
  return queryParameter(
    facet,
    `${doc.description}${vocabulary} Repeat the parameter or separate values by commas to select several (values of one facet are OR-ed, facets AND-ed); at most ${catalogueLimits.maxValues} values. The answer's facets list every value with its count and a label.`,
    { type: "array", items: item, maxItems: catalogueLimits.maxValues },
    doc.examples,
    { style: "form", explode: true },
  );
}

const qParameter = queryParameter(
  "q",
  `Free text in any language (websearch syntax: "quoted phrase", or, -word). Never an error: control characters are removed and the text is cut to ${catalogueLimits.maxQueryLength} characters and ${catalogueLimits.maxTerms} words. Given twice, the texts are read as one.`,
  { type: "string" },
  { valid: "Murmansk" },
);

const langParameter = queryParameter(
  "lang",
  "Language of messages (errors included), snippets, facet labels and page links. Without it, Accept-Language decides (default nb). Another value is a 400 error (unknown-value), in the language Accept-Language asks for. Once only.",
  { type: "string", enum: [...locales] },
  { valid: "en" },
);

const sortDescription =
  "Order: relevance (without q: the same as newest), newest (year), amount (largest first). Another value is a 400 error (unknown-value). Once only.";
const pageDescription = `Page number, 1 to ${catalogueLimits.maxPage}. Anything else is a 400 error (out-of-range; never clamped). Once only.`;
const pageSizeDescription = `Results per page, 1 to ${catalogueLimits.maxPageSize}. Anything else is a 400 error (out-of-range; never clamped). Once only.`;

/** sort, page and pageSize; on the exports they are checked and then ignored. */
function orderAndPaging(ignored: boolean): Json[] {
  const note = ignored
    ? " Checked like the search's, then ignored: an export is the whole result, in id order. Accepted so that a search's query string works here as it is."
    : "";
  return [
    queryParameter(
      "sort",
      `${sortDescription}${note}`,
      { type: "string", enum: [...catalogueSorts], default: defaultCatalogueQuery.sort },
      { valid: "newest" },
    ),
    queryParameter(
      "page",
      `${pageDescription}${note}`,
      { type: "integer", minimum: 1, maximum: catalogueLimits.maxPage, default: 1 },
      { valid: 2 },
    ),
    queryParameter(
      "pageSize",
      `${pageSizeDescription}${note}`,
      {
        type: "integer",
        minimum: 1,
        maximum: catalogueLimits.maxPageSize,
        default: catalogueLimits.defaultPageSize,
      },
      { valid: 50 },
    ),
  ];
}

/** The query parameters of the search, in URL order. */
export function searchParameters(): Json[] {
  return [qParameter, ...catalogueFacets.map(facetParameter), ...orderAndPaging(false), langParameter];
}

/** The exports take the search's filters; order and paging are checked, then ignored. */
function exportParameters(): Json[] {
  return [qParameter, ...catalogueFacets.map(facetParameter), ...orderAndPaging(true), langParameter];
}

const idParameter = pathParameter(
  "id",
  'Stable public id of a project: its case number with "/" as "-" (e.g. 2026-00012). The same id is in the CSV (id) and ends the 360Giving grant id.',
  "^[A-Za-z0-9._-]{1,100}$",
  "2026-00012",
);

const attachmentIdParameter = pathParameter(
  "attachmentId",
  "As in the project's photos[].url.",
  "^[0-9a-f][0-9a-f-]{7,63}$",
  "0b7c2d9e-4f1a-4c57-9a51-6f0e3b1d2c4a",
);

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const response = (name: string) => ({ $ref: `#/components/responses/${name}` });
const nullable = (type: string) => ({ type: [type, "null"] });
const stringArray = { type: "array", items: { type: "string" } };

const headers = {
  ETag: {
    description:
      "Validator: send it back in If-None-Match to get 304 Not Modified when nothing changed. Weak for JSON and the exports, the checksum for photos.",
    schema: { type: "string" },
  },
  "Cache-Control": {
    description: "public, max-age=60 (photos: one hour); no-store on errors.",
    schema: { type: "string" },
  },
  "Retry-After": { description: "Seconds to wait before trying again.", schema: { type: "integer" } },
  "Content-Disposition": {
    description: 'attachment; filename="barents-projects-<date>.<extension>"',
    schema: { type: "string" },
  },
  Link: {
    description: 'The licence: <https://creativecommons.org/licenses/by/4.0/>; rel="license"',
    schema: { type: "string" },
  },
};

const okHeaders = { ETag: headers.ETag, "Cache-Control": headers["Cache-Control"] };
const exportHeaders = {
  ...okHeaders,
  "Content-Disposition": headers["Content-Disposition"],
  Link: headers.Link,
};

const problemContent = { "application/problem+json": { schema: ref("Problem") } };

/** Answers every operation may give. */
const commonResponses = {
  "304": { description: "Not Modified: If-None-Match named the current ETag. No body." },
  "400": response("BadRequest"),
  "414": response("UriTooLong"),
};

export interface ApiOperation {
  operationId: string;
  /** The path as OpenAPI writes it, with {parameters}. */
  path: string;
  tag: "catalogue" | "exports" | "description";
  summary: string;
  description: string;
  parameters: Json[];
  responses: Json;
}

/** The API's operations: the one table the description, the edge and the routes are made from. */
export function apiOperations(): ApiOperation[] {
  const csvColumns = catalogueCsvColumns.map((c) => `- \`${c.name}\`: ${c.description}`).join("\n");
  return [
    {
      operationId: "searchProjects",
      path: `${apiBasePath}/projects`,
      tag: "catalogue",
      summary: "Search the catalogue: one page, the total and the facet counts",
      description:
        "The same parameters as the search page: a search page's query string works here as it is. Answered from a cache that is at most 30 seconds behind the catalogue.",
      parameters: searchParameters(),
      responses: {
        "200": {
          description: "One page of matches.",
          headers: okHeaders,
          content: { "application/json": { schema: ref("SearchAnswer") } },
        },
        ...commonResponses,
        "503": response("SearchTimedOut"),
      },
    },
    {
      operationId: "getProject",
      path: `${apiBasePath}/projects/{id}`,
      tag: "catalogue",
      summary: "One project, every published fact",
      description:
        "Texts in every language the project has, partners (organisations, never persons), consented photos as links.",
      parameters: [idParameter, langParameter],
      responses: {
        "200": {
          description: "The project.",
          headers: okHeaders,
          content: { "application/json": { schema: ref("Project") } },
        },
        ...commonResponses,
        "404": response("NotFound"),
      },
    },
    {
      operationId: "exportProjectsCsv",
      path: `${apiBasePath}/projects.csv`,
      tag: "exports",
      summary: "Every project a search matches, as CSV (streamed)",
      description: `RFC 4180, UTF-8 with a byte order mark, CRLF line ends, a header row, in id order. Lists are separated by |. A text cell starting with = + - @ gets a leading apostrophe (spreadsheet formula guard). Every parameter is checked, and the first rows read, before the first byte is sent: a bad request is a 400, a search stopped for time a 503; a download cut short later (the connection closes without the end of the chunked body) is never a complete-looking file. Columns:\n\n${csvColumns}`,
      parameters: exportParameters(),
      responses: {
        "200": {
          description: "The CSV file.",
          headers: exportHeaders,
          content: { "text/csv": { schema: { type: "string" } } },
        },
        ...commonResponses,
        "503": response("SearchTimedOut"),
      },
    },
    {
      operationId: "exportProjects360Giving",
      path: `${apiBasePath}/projects.360giving.json`,
      tag: "exports",
      summary: "Every project a search matches, as a 360Giving Data Standard package (streamed)",
      description:
        'A JSON package {"grants": [...]}, one grant per project, in id order. Texts in English when a project has English; lang puts another language first (only lang decides, not Accept-Language, so one URL is one file). The award date is 1 January of the year of application (the catalogue keeps the year only). Checked and begun before the first byte, as the CSV export.',
      parameters: exportParameters(),
      responses: {
        "200": {
          description: "The 360Giving package.",
          headers: exportHeaders,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["grants"],
                properties: {
                  grants: {
                    type: "array",
                    description: "One grant per project, in the 360Giving Data Standard's fields.",
                    items: { type: "object" },
                  },
                },
              },
            },
          },
        },
        ...commonResponses,
        "503": response("SearchTimedOut"),
      },
    },
    {
      operationId: "getProjectPhoto",
      path: `${apiBasePath}/projects/{id}/photos/{attachmentId}`,
      tag: "catalogue",
      summary: "A photo of a project, published with the grantee's consent",
      description:
        "Only a photo listed in the project's photos; anything else (another file of the case, another project's photo) is the same 404.",
      parameters: [idParameter, attachmentIdParameter, langParameter],
      responses: {
        "200": {
          description: "The image.",
          headers: okHeaders,
          content: {
            "image/jpeg": { schema: { type: "string", contentMediaType: "image/jpeg" } },
            "image/png": { schema: { type: "string", contentMediaType: "image/png" } },
          },
        },
        ...commonResponses,
        "404": response("NotFound"),
      },
    },
    {
      operationId: "getOpenApi",
      path: `${apiBasePath}/openapi.json`,
      tag: "description",
      summary: "This description",
      description: "The OpenAPI 3.1 document of this API, with this installation's address as its server.",
      parameters: [langParameter],
      responses: {
        "200": {
          description: "OpenAPI 3.1 document.",
          headers: okHeaders,
          content: { "application/json": { schema: { type: "object" } } },
        },
        ...commonResponses,
      },
    },
  ];
}

let parameterNames: Map<string, string[]> | undefined;

/** The names of the query parameters an operation takes (anything else: 400 unknown-parameter). */
export function queryParameterNames(operationId: string): string[] {
  parameterNames ??= new Map(
    apiOperations().map((o) => [
      o.operationId,
      o.parameters.filter((p) => p.in === "query").map((p) => String(p.name)),
    ]),
  );
  const names = parameterNames.get(operationId);
  if (!names) throw new Error(`no API operation ${operationId}`);
  return names;
}

export interface DocumentedParameter {
  name: string;
  /** A value the API accepts (lists joined by commas), for examples and tests. */
  example: string;
}

/** Every query parameter of the search, with an accepted example (for tests and the page). */
export function documentedParameters(): DocumentedParameter[] {
  return searchParameters().map((p) => {
    const valid = (p.examples as { valid: { value: unknown } }).valid.value;
    return { name: String(p.name), example: Array.isArray(valid) ? valid.join(",") : String(valid) };
  });
}

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
  // Which project it is: how a search's item and the project itself both begin.
  const identityRequired = ["id", "caseNumber", "source", "title"];
  const identityFields = {
    id: { type: "string", description: "Stable public id." },
    caseNumber: { type: "string" },
    title: ref("LocalisedText"),
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
      required: [...identityRequired, "applicantName", "year", "amountNok", "status", "links"],
      properties: {
        ...identityFields,
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
        ...identityRequired,
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
        ...identityFields,
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
    Problem: {
      type: "object",
      description:
        "An RFC 9457 problem document (application/problem+json): every refusal of this API has this shape.",
      required: ["type", "title", "status"],
      properties: {
        type: {
          type: "string",
          format: "uri-reference",
          description: "about:blank: the status and the code say what went wrong.",
        },
        title: {
          type: "string",
          description: "A short summary, in the language of lang or Accept-Language.",
        },
        status: { type: "integer", description: "The HTTP status code." },
        detail: { type: "string", description: "What exactly was wrong, in the same language." },
        code: { type: "string", enum: [...apiProblemCodes], description: "A stable code for programs." },
        errors: {
          type: "array",
          description: "With bad-parameters: every parameter at fault, each once.",
          items: ref("ParameterError"),
        },
      },
    },
    ParameterError: {
      type: "object",
      required: ["param", "code", "message"],
      properties: {
        param: { type: "string", description: "The parameter at fault, as named in the URL." },
        code: { type: "string", enum: [...parameterErrorCodes], description: "Why, for programs." },
        message: {
          type: "string",
          description: "Why, for people: in the language of lang or Accept-Language.",
        },
        allowed: {
          ...stringArray,
          description: "With unknown-value and unknown-parameter: the values or names that are accepted.",
        },
      },
    },
  };
}

/** Answers shared by several operations (all refusals are problem documents). */
function responses(): Json {
  const problem = (description: string, extra: Json = {}) => ({
    description,
    headers: { "Cache-Control": headers["Cache-Control"], ...extra },
    content: problemContent,
  });
  return {
    BadRequest: problem(
      "The request cannot be read: bad-parameters (every parameter at fault in errors: an unknown parameter, a value outside an enum, a bound or a pattern, a single-valued parameter given twice; nothing is clamped or guessed) or bad-encoding (a % not followed by two hexadecimal digits, or bytes that are not UTF-8).",
    ),
    NotFound: problem("not-found: nothing has this id (or the id cannot be one)."),
    UriTooLong: problem(
      `uri-too-long: the path and query are longer than ${maxRequestTargetLength} characters.`,
    ),
    SearchTimedOut: problem(
      "search-timed-out: the search ran too long and was stopped. Try fewer words or more filters, or again after Retry-After seconds.",
      { "Retry-After": headers["Retry-After"] },
    ),
  };
}

const tags = [
  { name: "catalogue", description: "Searching the funded projects, one project, its photos." },
  { name: "exports", description: "Every project a search matches, as one file: CSV or 360Giving JSON." },
  { name: "description", description: "This OpenAPI document." },
];

const conventions = [
  "## Conventions",
  "- **Open**: no sign-in, no keys, no cookies (security: none). CORS is open to every site (`Access-Control-Allow-Origin: *`, without credentials); scripts may read ETag, Link, Retry-After, Content-Disposition and Allow. A preflight (OPTIONS) is answered 204 and may be cached for a day.",
  "- **Read-only**: every address takes GET, HEAD (the same answer without its body) and OPTIONS; any other method is answered 405 with `Allow: GET, HEAD, OPTIONS`. An address under /api that is not described here is a 404. Refusals are never HTML.",
  "- **Errors** are RFC 9457 problem documents (`application/problem+json`): `title` and `detail` in the language of `lang` (when it is one of nb, en, ru), else of Accept-Language; `code` for programs; a 400 lists every parameter at fault in `errors` (`param`, `code`, `message`, and `allowed` values where they are a fixed list).",
  "- **A URL means exactly what it says, or is refused**: a query parameter an address does not describe is a 400 (`unknown-parameter`, so a typo such as yaer=2020 is never read as no filter); a value outside an enum, a bound or a pattern is a 400 naming it; sort, page, pageSize and lang take one value. Text (q) is never an error, and an unknown id in a filter of ids that grow with the data (programme, theme, county, partnerCountry, partnerRegion) or a year without projects matches nothing.",
  `- **Hostile input**: a path and query longer than ${maxRequestTargetLength} characters is a 414; invalid percent-encoding or bytes that are not UTF-8 are a 400 (\`bad-encoding\`); an id that cannot be one is a 404.`,
  "- **Caching**: answers carry an ETag; send it in If-None-Match to get 304 when nothing changed. `Cache-Control: public, max-age=60` (photos an hour); errors are `no-store`.",
].join("\n");

/** The OpenAPI 3.1 document of the open-data API; `baseUrl` is the site's public address. */
export function buildOpenApiDocument(options: { baseUrl: string; version?: string }): Json {
  const paths: Json = {};
  for (const operation of apiOperations()) {
    paths[operation.path] = {
      get: {
        operationId: operation.operationId,
        tags: [operation.tag],
        summary: operation.summary,
        description: operation.description,
        parameters: operation.parameters,
        responses: operation.responses,
      },
    };
  }
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
        "Demo installations hold synthetic projects (source=synthetic, case numbers S<year>/<6 digits>): they are made up. Leave them out with source=case&source=archive.",
        conventions,
      ].join("\n\n"),
      contact: { name: "Barents Bridge open data", url: `${options.baseUrl}/en/open-data` },
      license: { name: catalogueLicence.name, url: catalogueLicence.url },
    },
    servers: [{ url: options.baseUrl, description: "This installation." }],
    security: [],
    tags,
    paths,
    components: { schemas: schemas(), responses: responses() },
  };
}
