import { describe, expect, it } from "vitest";
import { testBackend } from "#tests/database.ts";
import { fixtureProjects } from "#tests/fixtures/catalogue/fixture-projects.ts";
import { amountBandOf } from "./amount-bands.ts";
import type { CatalogueProjectInput } from "./catalogue-project.ts";
import {
  type CatalogueFacet,
  type CatalogueFilters,
  type CatalogueQuery,
  catalogueFacets,
  defaultCatalogueQuery,
  parseCatalogueQuery,
} from "./catalogue-query.ts";
import { type CatalogueSearchResult, searchCatalogue } from "./search-catalogue.server.ts";
import { fixtureCatalogueDatabase } from "./testing/fixture-catalogue.ts";

const database = fixtureCatalogueDatabase();

const search = (query: Partial<CatalogueQuery>, locale: "nb" | "en" | "ru" = "nb") =>
  searchCatalogue(database.db, { ...defaultCatalogueQuery, pageSize: 100, ...query }, { locale });
const cases = (result: CatalogueSearchResult) => result.items.map((item) => item.caseNumber);
const marked = (segments: { text: string; match: boolean }[]) =>
  segments.filter((s) => s.match).map((s) => s.text.toLowerCase());

describe(`catalogue search relevance (${testBackend})`, () => {
  it("finds a Russian summary from a Russian query in other word forms", async () => {
    const result = await search({ q: "сотрудничество молодёжи" }, "ru");
    expect(cases(result)).toEqual(["F2005/001"]);
    const item = result.items[0]!;
    expect(item.match).toBe("words");
    expect(item.snippet.locale).toBe("ru");
    expect(marked(item.snippet.summary)).toEqual(expect.arrayContaining(["сотрудничества", "молодёжь"]));
  });

  it("finds Norwegian and English word forms by stemming", async () => {
    const norwegian = await search({ q: "samarbeid" });
    expect(cases(norwegian)[0]).toBe("F2012/004");
    expect(norwegian.items[0]!.match).toBe("words");
    expect(marked(norwegian.items[0]!.snippet.summary)).toContain("samarbeidet");

    const english = await search({ q: "choirs" }, "en");
    expect(cases(english)).toContain("F2010/003");
    const choir = english.items.find((i) => i.caseNumber === "F2010/003")!;
    expect(choir.snippet.locale).toBe("en");
    expect(marked(choir.snippet.title)).toEqual(["choir"]);
  });

  it("tolerates a typo, ranking word matches above merely similar ones", async () => {
    const typo = await search({ q: "Murmnsk" });
    expect(cases(typo)).toContain("F2018/007");
    expect(typo.items.every((i) => i.match === "partial")).toBe(true);
    // A typo next to a known word: each word matches on its own ("festival" inside "Jazzfestival").
    expect(cases(await search({ q: "Murmnsk festival" }))).toEqual(["F2018/007"]);
    // A short word is matched by its stem only: a typo in it finds nothing rather than everything.
    expect((await search({ q: "kpr" })).total).toBe(0);

    // "samarbeid" matches F2012/004's summary by its words and the compound in F2020/010's title
    // ("Ungdomssamarbeid") only partly, inside the compound: the word match comes first.
    const compound = await search({ q: "samarbeid" });
    expect(cases(compound)).toEqual(expect.arrayContaining(["F2012/004", "F2020/010"]));
    expect(cases(compound).indexOf("F2012/004")).toBeLessThan(cases(compound).indexOf("F2020/010"));
    expect(compound.items.find((i) => i.caseNumber === "F2020/010")!.match).toBe("partial");
  });

  it("searches names and finds a project in every language it has", async () => {
    expect(cases(await search({ q: "Nikel Drama Studio" }))).toEqual(["F2021/011"]);
    const health = await search({ q: "здравоохранения" }, "nb");
    expect(cases(health)).toEqual(["F2008/019"]);
    // The reader reads Norwegian, the project has none: the snippet is in the language it matched.
    expect(health.items[0]!.snippet.locale).toBe("ru");
  });

  it("shows the reader's language when the project matched in it", async () => {
    const result = await search({ q: "Murmansk" }, "en");
    const jazz = result.items.find((i) => i.caseNumber === "F2018/007")!;
    expect(jazz.snippet.locale).toBe("en");
    expect(marked(jazz.snippet.title)).toEqual(["murmansk"]);
  });

  it("keeps HTML in the text as text: segments, never markup", async () => {
    const result = await search({ q: "teater grensen" });
    expect(cases(result)).toEqual(["F2021/011"]);
    const text = result.items[0]!.snippet.title.map((s) => s.text).join("");
    expect(text).toBe('Teater <b>"Grensen"</b> & co');
  });
});

describe(`catalogue search without text (${testBackend})`, () => {
  it("lists everything newest first, with plain snippets", async () => {
    const result = await search({});
    expect(result.total).toBe(fixtureProjects.length);
    const years = result.items.map((i) => i.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(result.items.every((i) => i.match === null && i.snippet.summary.every((s) => !s.match))).toBe(
      true,
    );
  });

  it("sorts by amount and pages without overlap", async () => {
    const byAmount = await search({ sort: "amount" });
    const amounts = byAmount.items.map((i) => i.amountNok);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    const pages: string[] = [];
    for (let page = 1; page <= 5; page++) {
      const result = await search({ sort: "amount", page, pageSize: 5 });
      expect(result.total).toBe(fixtureProjects.length);
      pages.push(...cases(result));
    }
    expect(pages).toEqual(cases(byAmount));
    expect((await search({ page: 400, pageSize: 100 })).items).toEqual([]);
  });

  it("relevance without q is the same order as newest", async () => {
    expect(cases(await search({ sort: "relevance" }))).toEqual(cases(await search({ sort: "newest" })));
  });
});

// The facet counts, computed again in JavaScript from the fixture: each facet counted over the
// projects that pass every OTHER facet's filter (and the text match, given as a set of cases).
function valuesOf(project: CatalogueProjectInput, facet: CatalogueFacet): string[] {
  switch (facet) {
    case "year":
      return [String(project.year)];
    case "programme":
      return project.programmeId ? [project.programmeId] : [];
    case "theme":
      return project.priorityArea ? [project.priorityArea] : [];
    case "county":
      return project.applicantCounty ? [project.applicantCounty] : [];
    case "partnerCountry":
      return [...new Set(project.partners.map((p) => p.country))];
    case "partnerRegion":
      return [...new Set(project.partners.map((p) => p.region).filter((r): r is string => r !== null))];
    case "amountBand":
      return [amountBandOf(project.amountNok)];
    case "status":
      return [project.status];
    case "source":
      return [project.source];
  }
}

function passes(project: CatalogueProjectInput, filters: CatalogueFilters, except?: CatalogueFacet) {
  return catalogueFacets.every((facet) => {
    const selected = (filters[facet] as (string | number)[] | undefined)?.map(String);
    if (facet === except || !selected?.length) return true;
    return valuesOf(project, facet).some((v) => selected.includes(v));
  });
}

function expectedFacets(filters: CatalogueFilters, matching: Set<string> | null) {
  const pool = fixtureProjects.filter((p) => !matching || matching.has(p.caseNumber));
  const facets: Record<string, Record<string, number>> = {};
  for (const facet of catalogueFacets) {
    const counts: Record<string, number> = {};
    for (const project of pool.filter((p) => passes(p, filters, facet))) {
      for (const value of valuesOf(project, facet)) counts[value] = (counts[value] ?? 0) + 1;
    }
    for (const selected of (filters[facet] as (string | number)[] | undefined) ?? [])
      counts[String(selected)] ??= 0;
    facets[facet] = counts;
  }
  return { total: pool.filter((p) => passes(p, filters)).length, facets };
}

function actualFacets(result: CatalogueSearchResult) {
  return Object.fromEntries(
    catalogueFacets.map((facet) => [
      facet,
      Object.fromEntries(result.facets[facet].map((c) => [c.value, c.count])),
    ]),
  );
}

describe(`catalogue facet counts (${testBackend})`, () => {
  const combinations: CatalogueFilters[] = [
    {},
    { year: [2019] },
    { year: [2019, 2024], programme: ["no-se-fi-2024"] },
    { theme: ["culture-sport"], partnerCountry: ["SE"] },
    { partnerRegion: ["ru-murmansk", "fi-lapland"], status: ["finished"] },
    { amountBand: ["50k-100k", "400k-plus"], county: ["no-finnmark", "no-nordland"] },
    { source: ["synthetic"] },
    { county: ["no-troms"], partnerCountry: ["RU"], amountBand: ["under-50k"], year: [2010] },
  ];
  for (const filters of combinations) {
    it(`agree with an independent count for ${JSON.stringify(filters)}`, async () => {
      const result = await search(filters);
      const expected = expectedFacets(filters, null);
      expect(result.total).toBe(expected.total);
      expect(result.items).toHaveLength(expected.total);
      expect(actualFacets(result)).toEqual(expected.facets);
    });
  }

  it("agree with an independent count over a text search's matches", async () => {
    const all = await search({ q: "Murmansk" });
    const matching = new Set(cases(all));
    expect(matching.size).toBeGreaterThan(2);
    const filters: CatalogueFilters = { q: "Murmansk", partnerRegion: ["ru-murmansk"], year: [2005, 2018] };
    const result = await search(filters);
    const expected = expectedFacets(filters, matching);
    expect(result.total).toBe(expected.total);
    expect(actualFacets(result)).toEqual(expected.facets);
  });

  it("lists bands in their order and years newest first", async () => {
    const result = await search({});
    expect(result.facets.amountBand.map((c) => c.value)).toEqual([
      "under-50k",
      "50k-100k",
      "100k-400k",
      "400k-plus",
    ]);
    const years = result.facets.year.map((c) => Number(c.value));
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });
});

describe(`catalogue search with bad input (${testBackend})`, () => {
  const hostile = [
    "'; drop table catalogue_project; --",
    "<script>alert(1)</script>",
    '"unterminated',
    "!!! & | ( ) :* <-> \\ ''",
    "a".repeat(10_000),
    "\u0000\u0002\u0003 nul",
    "or or or and not -",
    "\ud800 lone surrogate",
    "сотрудничество ".repeat(50),
    "%_%",
  ];
  for (const q of hostile) {
    it(`answers ${JSON.stringify(q.slice(0, 30))} without throwing`, async () => {
      const result = await search({ q });
      expect(result.timedOut).toBe(false);
      expect(result.total).toBeGreaterThanOrEqual(0);
      expect((result.query.q ?? "").length).toBeLessThanOrEqual(200);
    });
  }

  it("matches nothing for unknown facet values, and the table is still there", async () => {
    const result = await search({ programme: ["no-such-programme"], amountBand: ["huge"], status: ["lost"] });
    expect(result.total).toBe(0);
    expect(result.facets.programme).toContainEqual({ value: "no-such-programme", count: 0 });
    expect((await search({})).total).toBe(fixtureProjects.length);
  });

  it("finds the same in the background (one processor) as for a waiting reader", async () => {
    const query = { ...defaultCatalogueQuery, q: "Murmansk", year: [2018, 2019, 2020] };
    const waiting = await searchCatalogue(database.db, query);
    const background = await searchCatalogue(database.db, query, { background: true });
    expect(waiting.total).toBeGreaterThan(0);
    expect(background).toEqual(waiting);
  });

  it("bounds a hand-made query that ignores the limits", async () => {
    const result = await searchCatalogue(database.db, { sort: "newest", page: -3, pageSize: 100_000 });
    expect(result.query).toMatchObject({ page: 1, pageSize: 100 });
    expect(result.items).toHaveLength(fixtureProjects.length);
    const nonsense = await searchCatalogue(database.db, { sort: "newest", page: Number.NaN, pageSize: 1.5 });
    expect(nonsense.query).toMatchObject({ page: 1, pageSize: 20 });
  });

  it("a URL with absurd values gives named errors and a working default query", async () => {
    const { query, errors } = parseCatalogueQuery(
      new URLSearchParams("q=kor&page=-1&pageSize=100000&sort=drop&year=abc&programme=x"),
    );
    expect(errors.map((e) => e.param).sort()).toEqual(["page", "pageSize", "sort", "year"]);
    const result = await searchCatalogue(database.db, query);
    expect(result.query).toMatchObject({ q: "kor", page: 1, pageSize: 20, sort: "relevance" });
    expect(result.total).toBe(0);
  });
});
