import { describe, expect, it } from "vitest";
import { createTranslator } from "#domain/i18n/translate.ts";
import {
  defaultCatalogueQuery,
  normaliseSearchText,
  parseCatalogueQuery,
  serializeCatalogueQuery,
  toggleFacetValue,
} from "./catalogue-query.ts";

const parse = (query: string) => parseCatalogueQuery(new URLSearchParams(query));

describe("catalogue search URLs", () => {
  it("reads every parameter, facets repeated or comma-separated", () => {
    const { query, errors } = parse(
      "q=kor+i+nord&year=2019&year=2020,2021&programme=no-ru-regular&theme=culture-sport&county=no-finnmark" +
        "&partnerCountry=RU&partnerRegion=ru-murmansk,ru-komi&amountBand=under-50k&status=finished&source=archive" +
        "&sort=amount&page=3&pageSize=50&unknown=1",
    );
    expect(errors).toEqual([]);
    expect(query).toEqual({
      q: "kor i nord",
      year: [2019, 2020, 2021],
      programme: ["no-ru-regular"],
      theme: ["culture-sport"],
      county: ["no-finnmark"],
      partnerCountry: ["RU"],
      partnerRegion: ["ru-murmansk", "ru-komi"],
      amountBand: ["under-50k"],
      status: ["finished"],
      source: ["archive"],
      sort: "amount",
      page: 3,
      pageSize: 50,
    });
    expect(parse("").query).toEqual(defaultCatalogueQuery);
  });

  it("names absurd values with translated messages and keeps their defaults", () => {
    const { query, errors } = parseCatalogueQuery(
      new URLSearchParams("page=-1&pageSize=100000&sort=drop%20table&year=abc"),
      createTranslator("nb"),
    );
    expect(query).toEqual(defaultCatalogueQuery);
    expect(errors).toEqual([
      { param: "year", code: "not-a-year", message: "«abc» er ikke et årstall (for eksempel 2024)." },
      {
        param: "sort",
        code: "unknown-value",
        message: "«drop table» er ingen verdi for sort. Tillatte verdier: relevance, newest, amount.",
        allowed: ["relevance", "newest", "amount"],
      },
      { param: "page", code: "out-of-range", message: "Sidetallet må være et heltall fra 1 til 500." },
      {
        param: "pageSize",
        code: "out-of-range",
        message: "Antall treff per side må være et heltall fra 1 til 100.",
      },
    ]);
    expect(parse("page=501").errors.map((e) => e.param)).toEqual(["page"]);
    expect(parse("page=1.5&pageSize=0").errors.map((e) => e.param)).toEqual(["page", "pageSize"]);
    expect(parse(`programme=${"x,".repeat(31)}`).errors.map((e) => e.param)).toEqual(["programme"]);
    expect(parse(`county=${"x".repeat(101)}`).errors.map((e) => e.param)).toEqual(["county"]);
  });

  it("keeps unknown ids of open vocabularies (they match nothing) and any text in q", () => {
    const { query, errors } = parse(
      "programme=%3Cscript%3E&county=atlantis&year=1850&q=%27%3B+drop+table+x%3B--",
    );
    expect(errors).toEqual([]);
    expect(query.programme).toEqual(["<script>"]);
    expect(query.county).toEqual(["atlantis"]);
    expect(query.year).toEqual([1850]);
    expect(query.q).toBe("'; drop table x;--");
  });

  it("refuses values outside the closed vocabularies, naming the allowed ones", () => {
    const { errors } = parseCatalogueQuery(
      new URLSearchParams("status=completed&source=case,made-up&amountBand=huge"),
      createTranslator("en"),
    );
    expect(errors).toEqual([
      {
        param: "amountBand",
        code: "unknown-value",
        message:
          "“huge” is not a value of amountBand. Allowed values: under-50k, 50k-100k, 100k-400k, 400k-plus.",
        allowed: ["under-50k", "50k-100k", "100k-400k", "400k-plus"],
      },
      {
        param: "status",
        code: "unknown-value",
        message: "“completed” is not a value of status. Allowed values: ongoing, finished.",
        allowed: ["ongoing", "finished"],
      },
      {
        param: "source",
        code: "unknown-value",
        message: "“made-up” is not a value of source. Allowed values: case, archive, synthetic.",
        allowed: ["case", "archive", "synthetic"],
      },
    ]);
    // A NUL byte is no id: refused before it could reach the database (which refuses it too).
    expect(parse("programme=a%00b").errors).toMatchObject([
      { param: "programme", code: "control-character" },
    ]);
    expect(parse("status=a%00b").errors).toMatchObject([{ param: "status", code: "unknown-value" }]);
  });

  it("takes sort, page and pageSize once", () => {
    for (const query of ["sort=newest&sort=amount", "page=1&page=2", "pageSize=10,20"]) {
      const { errors } = parse(query);
      expect(
        errors.map((e) => e.code),
        query,
      ).toEqual(["repeated"]);
    }
    expect(parse("page=99999999999999999999&pageSize=-5").errors.map((e) => e.code)).toEqual([
      "out-of-range",
      "out-of-range",
    ]);
  });

  it("cleans q: no control characters, at most 200 characters and 8 words", () => {
    expect(normaliseSearchText("  a\u0000b\u0002c\n d ")).toBe("a b c d");
    expect(normaliseSearchText("one two three four five six seven eight nine ten")).toBe(
      "one two three four five six seven eight",
    );
    expect(normaliseSearchText("x".repeat(500))).toHaveLength(200);
    expect(normaliseSearchText("   ")).toBeUndefined();
    expect(parse("q=a,b").query.q).toBe("a,b");
  });

  it("writes one canonical URL for equal searches, which reads back the same", () => {
    const a = serializeCatalogueQuery({
      ...defaultCatalogueQuery,
      year: [2021, 2019],
      partnerRegion: ["b", "a"],
      page: 2,
    });
    const b = serializeCatalogueQuery({
      ...defaultCatalogueQuery,
      partnerRegion: ["a", "b"],
      year: [2019, 2021],
      page: 2,
    });
    expect(a).toBe(b);
    expect(a).toBe("year=2019&year=2021&partnerRegion=a&partnerRegion=b&page=2");
    const query = {
      ...defaultCatalogueQuery,
      q: "kor",
      status: ["ongoing"],
      sort: "newest" as const,
      pageSize: 50,
    };
    expect(parse(serializeCatalogueQuery(query)).query).toEqual(query);
    expect(serializeCatalogueQuery({ ...query, page: 4 }, { withPage: false })).not.toContain("page=");
  });

  it("turns a facet value on and off, back to page 1", () => {
    const on = toggleFacetValue({ ...defaultCatalogueQuery, page: 5 }, "year", "2020");
    expect(on).toMatchObject({ year: [2020], page: 1 });
    const off = toggleFacetValue(on, "year", "2020");
    expect(off.year).toBeUndefined();
    expect(toggleFacetValue(off, "status", "finished").status).toEqual(["finished"]);
  });
});
