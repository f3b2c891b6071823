import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertCatalogueProjects } from "#domain/catalogue/upsert-catalogue-project.server.ts";
import { translate } from "#domain/i18n/translate.ts";
import { fixtureProjects } from "#tests/fixtures/catalogue/fixture-projects.ts";
import { testBackend } from "../database.ts";
import { startTestApp, type TestApp } from "./start-test-app.ts";

// The public catalogue's pages as a reader without JavaScript sees them: the search (a GET form and
// facet links), one project, and what bad addresses do. The corpus is the search tests' fixture
// (tests/fixtures/catalogue): 22 archive projects and 2 synthetic ones.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await upsertCatalogueProjects(app.database.db, fixtureProjects);
});
afterAll(async () => {
  await app?.close();
});

const page = async (path: string) => {
  const response = await fetch(`${app.url}${path}`);
  const html = await response.text();
  const text = html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    // Inline markup and React's text separators join their text; block markup separates it.
    .replace(/<!-- -->/g, "")
    .replace(/<\/?(span|mark|a|code|b|strong|em)\b[^>]*>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;/g, "'")
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/\s+/g, " ");
  return { status: response.status, html, text };
};

/** The project links of a result page, in order. */
const resultIds = (html: string) =>
  [...html.matchAll(/<h3[^>]*><a[^>]*href="\/\w\w\/projects\/([^"?]+)"/g)].map((m) => m[1]);

const count = async (where: string) => {
  const result = (await app.database.db.execute(
    sql.raw(`select count(*)::int as n from catalogue_project where ${where}`),
  )) as unknown as {
    rows: { n: number }[];
  };
  return result.rows[0]!.n;
};

describe(`the catalogue search page (${testBackend})`, () => {
  it("lists every project with the total, facets with counts and the synthetic projects labelled", async () => {
    const { status, html, text } = await page("/en/projects");
    expect(status).toBe(200);
    expect(text).toContain(`${fixtureProjects.length} projects`);
    expect(resultIds(html)).toHaveLength(20);
    // Facets name their values in the reader's language, each with its count.
    expect(text).toMatch(/Partner region.*Murmansk Oblast \(\d+\)/);
    expect(text).toMatch(/Source.*Synthetic sample data \(2\)/);
    expect(html).toContain('href="/en/projects?source=synthetic"');
  });

  it("narrows by a facet link to exactly the projects the database holds for it", async () => {
    const { html, text } = await page("/en/projects?partnerRegion=ru-murmansk&pageSize=100");
    const expected = await count(`'ru-murmansk' = any(partner_regions)`);
    expect(expected).toBeGreaterThan(1);
    expect(resultIds(html)).toHaveLength(expected);
    expect(text).toContain(`${expected} projects`);
    // The chosen filter can be removed again, back to the whole catalogue.
    expect(text).toContain("Remove Partner region: Murmansk Oblast");
    expect(html).toMatch(/href="\/en\/projects\?pageSize=100"/);
  });

  it("finds a Russian summary from a Russian query in another word form, and marks the match", async () => {
    const { html } = await page(`/ru/projects?q=${encodeURIComponent("сотрудничество молодёжи")}`);
    expect(resultIds(html)[0]).toBe("F2005-001");
    expect(html).toMatch(/<mark>[^<]*сотрудничества[^<]*<\/mark>/i);
  });

  it("shows markup in a project's text as text and a hostile query as typed, never as markup", async () => {
    const hostile = `<script>alert("x")</script> '; drop table catalogue_project; --`;
    const search = await page(`/en/projects?q=${encodeURIComponent(hostile)}`);
    expect(search.status).toBe(200);
    expect(search.html).not.toContain('<script>alert("x")');
    expect(await count("true")).toBe(fixtureProjects.length);
    const theatre = await page("/en/projects?q=theatre");
    expect(theatre.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(theatre.html).not.toContain("<script>alert(1)</script>");
  });

  it("answers an impossible address with a translated explanation and status 400, not an error page", async () => {
    const nb = await page("/nb/projects?page=-1&pageSize=100000&year=abc");
    expect(nb.status).toBe(400);
    expect(nb.text).toContain("Sidetallet må være et heltall fra 1 til 500.");
    expect(nb.text).toContain("Antall treff per side må være et heltall fra 1 til 100.");
    expect(nb.text).toContain("«abc» er ikke et årstall");
    // The default result is still shown beside the explanation.
    expect(resultIds(nb.html).length).toBeGreaterThan(0);
    const ru = await page("/ru/projects?sort=drop");
    expect(ru.status).toBe(400);
    expect(ru.text).toContain(
      translate("ru", "catalogue.query.unknownValue", {
        param: "sort",
        value: "drop",
        allowed: "relevance, newest, amount",
      }),
    );
  });

  it("pages through a search with links that keep the search", async () => {
    const first = await page("/en/projects?q=&sort=newest&pageSize=10");
    expect(first.html).toContain('href="/en/projects?q=&amp;sort=newest&amp;pageSize=10&amp;page=2"');
    const second = await page("/en/projects?sort=newest&pageSize=10&page=2");
    expect(second.status).toBe(200);
    const firstIds = resultIds(first.html);
    const secondIds = resultIds(second.html);
    expect(secondIds).toHaveLength(10);
    expect(secondIds.some((id) => firstIds.includes(id))).toBe(false);
  });

  it("offers this search's exports with the same filters", async () => {
    const { html } = await page("/en/projects?theme=culture-sport&year=2021");
    expect(html).toContain('href="/api/v1/projects.csv?year=2021&amp;theme=culture-sport"');
    expect(html).toContain('href="/en/statistics?year=2021&amp;theme=culture-sport"');
  });

  it("an unknown facet value is an empty result, not an error", async () => {
    const { status, text } = await page("/en/projects?partnerRegion=atlantis");
    expect(status).toBe(200);
    expect(text).toContain("0 projects");
    expect(text).toContain("No project matches the search.");
  });
});

describe(`a project's public page (${testBackend})`, () => {
  it("shows the project's facts in the reader's language and its texts in the languages it has", async () => {
    const { status, html, text } = await page("/en/projects/F2022-012");
    expect(status).toBe(200);
    expect(text).toContain("Environmental monitoring of the Pasvik river");
    expect(text).toContain("Naturvernforbundet i Finnmark");
    expect(text).toContain("Inarin luonnonsuojeluyhdistys (Lapland, Finland)");
    expect(text).toContain("Civil society and environment");
    expect(text).toContain("NOK 250,000");
    expect(text).toContain("Finished");
    expect(text).toContain("Historical archive");
    // The Norwegian summary is there too, marked as Norwegian for screen readers.
    expect(html).toMatch(/<section[^>]*lang="nb"[^>]*>.*Frivillige i Sør-Varanger/s);
  });

  it("labels a synthetic project as made-up sample data", async () => {
    const { text } = await page("/nb/projects/S2015-000001");
    expect(text).toContain("Syntetiske eksempeldata");
    expect(text).toContain("Dette er oppdiktede eksempeldata");
  });

  it("is 404 for a project not in the catalogue, and for ids that are not ids", async () => {
    for (const id of ["2026-99999", "x'%20or%201=1--", "%3Cscript%3E", "2026-%00", "9".repeat(300)]) {
      const response = await fetch(`${app.url}/en/projects/${id}`);
      expect(response.status).toBe(404);
    }
  });
});
