import { describe, expect, it } from "vitest";
import { catalogueCsvColumns } from "./catalogue-csv.ts";
import { catalogueFacets, catalogueLimits, catalogueSorts, parseCatalogueQuery } from "./catalogue-query.ts";
import { buildOpenApiDocument, documentedParameters } from "./openapi.server.ts";

// The document is plain JSON of many shapes: read loosely, each test names what it expects.
// biome-ignore lint/suspicious/noExplicitAny: see above
type Json = Record<string, any>;
const document = buildOpenApiDocument({ baseUrl: "https://bb.example" }) as Json;
const searchOperation = document.paths["/api/v1/projects"].get as Json;
const searchParameter = (name: string) =>
  (searchOperation.parameters as Json[]).find((p) => p.name === name) as Json;

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with the licence and every endpoint", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.info.license).toMatchObject({ name: "CC BY 4.0" });
    expect(document.servers).toMatchObject([{ url: "https://bb.example" }]);
    expect(document.security).toEqual([]);
    expect(Object.keys(document.paths).sort()).toEqual(
      [
        "/api/v1/openapi.json",
        "/api/v1/projects",
        "/api/v1/projects.360giving.json",
        "/api/v1/projects.csv",
        "/api/v1/projects/{id}",
        "/api/v1/projects/{id}/photos/{attachmentId}",
      ].sort(),
    );
  });

  it("documents every facet, on the search and on both exports", () => {
    for (const path of ["/api/v1/projects", "/api/v1/projects.csv", "/api/v1/projects.360giving.json"]) {
      const names = (document.paths[path].get.parameters as Json[]).map((p) => p.name);
      for (const facet of catalogueFacets) expect(names, `${path} ${facet}`).toContain(facet);
      expect(names).toContain("q");
    }
  });

  it("takes its limits and choices from the query module", () => {
    expect(searchParameter("pageSize").schema).toMatchObject({
      minimum: 1,
      maximum: catalogueLimits.maxPageSize,
      default: catalogueLimits.defaultPageSize,
    });
    expect(searchParameter("page").schema.maximum).toBe(catalogueLimits.maxPage);
    expect(searchParameter("sort").schema.enum).toEqual([...catalogueSorts]);
    expect(searchParameter("year").schema.maxItems).toBe(catalogueLimits.maxValues);
  });

  it("documents only parameters the API accepts, each with an example it accepts", () => {
    for (const { name, example } of documentedParameters()) {
      if (name === "lang") continue;
      const { query, errors } = parseCatalogueQuery(new URLSearchParams({ [name]: example }));
      expect(errors, `${name}=${example}`).toEqual([]);
      // Understood, not ignored: the parameter shows in the parsed query.
      expect((query as unknown as Record<string, unknown>)[name], name).toBeDefined();
    }
    const names = documentedParameters().map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["q", ...catalogueFacets, "sort", "page", "pageSize"]));
  });

  it("refuses what it documents as refused", () => {
    const { errors } = parseCatalogueQuery(
      new URLSearchParams({
        pageSize: String(searchParameter("pageSize").schema.maximum + 1),
        page: String(searchParameter("page").schema.minimum - 1),
      }),
    );
    expect(errors.map((e) => e.param).sort()).toEqual(["page", "pageSize"]);
  });

  it("lists every CSV column in the CSV export's description", () => {
    const description = document.paths["/api/v1/projects.csv"].get.description as string;
    for (const column of catalogueCsvColumns) expect(description).toContain(`\`${column.name}\``);
  });

  it("has every $ref resolvable", () => {
    const refs = JSON.stringify(document).match(/"#\/components\/schemas\/[^"]+"/g) ?? [];
    for (const ref of refs) {
      const name = ref.slice('"#/components/schemas/'.length, -1);
      expect(document.components.schemas[name], name).toBeDefined();
    }
  });
});
