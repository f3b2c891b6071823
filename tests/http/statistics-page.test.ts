import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CatalogueProjectInput } from "#domain/catalogue/catalogue-project.ts";
import { insertSyntheticProjects } from "#domain/catalogue/synthetic/generate-projects.server.ts";
import { upsertCatalogueProjects } from "#domain/catalogue/upsert-catalogue-project.server.ts";
import { barentsRegions } from "#domain/regions/barents-regions.ts";
import { inEveryLanguage, startTestApp, type TestApp, withoutScripts } from "./start-test-app.ts";

// The public statistics page over the real HTTP app: three languages, the server-drawn map with
// all 13 regions, figures that match the database, the GET form's filters, bad input answered
// with a translated 400, and an empty catalogue.

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.close();
});

async function page(path: string) {
  const response = await fetch(`${app.url}${path}`);
  return { status: response.status, html: withoutScripts(await response.text()) };
}

/** The projects figure of the row for `id` in the table with `testId`, as a number. */
function figure(html: string, testId: string, id: string): number {
  const table = html.slice(html.indexOf(`data-testid="${testId}"`));
  const row = table.match(new RegExp(`data-id="${id}"[^>]*>[\\s\\S]*?data-figure="projects"[^>]*>([^<]+)<`));
  if (!row) throw new Error(`no row ${id} in ${testId}`);
  return Number(row[1]!.replace(/[^\d]/g, ""));
}

const totalProjects = (html: string) =>
  Number(
    html
      .match(/data-testid="statistics-totals"[\s\S]*?data-figure="projects"[^>]*>([^<]+)</)![1]!
      .replace(/[^\d]/g, ""),
  );

const regionPaths = (html: string) => html.match(/<path[^>]*data-region="[a-z-]+"/g) ?? [];

it("renders sensibly with no projects at all: zeros, a map with 13 empty regions, no chart", async () => {
  const { status, html } = await page("/en/statistics");
  expect(status).toBe(200);
  expect(totalProjects(html)).toBe(0);
  expect(html).toContain("No projects match this selection.");
  expect(html).toContain("No funding to show.");
  expect(regionPaths(html)).toHaveLength(13);
  for (const region of barentsRegions) expect(figure(html, "region-table", region.id)).toBe(0);
  expect(html).not.toContain('data-testid="year-chart"');
  expect(html).not.toContain("synthetic sample data.");
});

describe("with projects", () => {
  const real = (i: number, year: number, regions: string[]): CatalogueProjectInput => ({
    caseNumber: `${year}/${String(900 + i).padStart(5, "0")}`,
    source: "archive",
    title: { en: `Archive project ${i}` },
    summary: { en: "A project from the archive." },
    applicantName: "Test organisation",
    applicantCounty: "no-finnmark",
    partners: regions.map((region) => ({ name: `Partner in ${region}`, country: "RU", region })),
    priorityArea: "culture-sport",
    programmeId: "no-ru-regular",
    year,
    amountNok: 100_000,
    startsOn: null,
    endsOn: null,
    status: "finished",
  });

  beforeAll(async () => {
    await insertSyntheticProjects(app.services.db, { count: 150, seed: "statistics-page" });
    await upsertCatalogueProjects(app.services.db, [
      real(1, 2015, ["ru-murmansk", "ru-karelia"]),
      real(2, 2015, ["ru-murmansk"]),
      real(3, 2016, ["ru-komi"]),
    ]);
  });

  it("renders in nb, en and ru, with the map's 13 regions and the attribution", async () => {
    for (const [lang, title] of inEveryLanguage({ nb: "Statistikk", en: "Statistics", ru: "Статистика" })) {
      const { status, html } = await page(`/${lang}/statistics`);
      expect(status, lang).toBe(200);
      expect(html).toContain(`<h1`);
      expect(html).toContain(title);
      expect(regionPaths(html), lang).toHaveLength(13);
      // Each region has a tooltip with its name and count; the map has a name and a description.
      expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="region-map-title region-map-desc"/);
      expect(html).toContain('data-testid="map-attribution"');
      expect(html).toContain("Natural Earth");
    }
    const { html } = await page("/en/statistics");
    expect(html).toContain("Map: Natural Earth (public domain)");
    expect(html).toMatch(/<title>Murmansk Oblast: \d+ projects?<\/title>/);
  });

  it("shows per partner region the same counts as the database", async () => {
    const { html } = await page("/en/statistics");
    const counted = (await app.services.db.execute(sql`
      select r.value as region, count(*)::int as n
      from catalogue_project cross join lateral unnest(partner_regions) as r(value) group by 1
    `)) as unknown as { rows: { region: string; n: number }[] };
    const expected = new Map(counted.rows.map((row) => [row.region, Number(row.n)]));
    for (const region of barentsRegions)
      expect(figure(html, "region-table", region.id), region.id).toBe(expected.get(region.id) ?? 0);
    expect(totalProjects(html)).toBe(153);
  });

  it("says that synthetic projects are included and links to the figures without them", async () => {
    const { html } = await page("/en/statistics");
    expect(html).toContain("These figures include 150 projects of synthetic sample data.");
    expect(html).toContain('href="/en/statistics?source=archive&amp;source=case"');

    const realOnly = await page("/en/statistics?source=case,archive");
    expect(realOnly.status).toBe(200);
    expect(realOnly.html).not.toContain("synthetic sample data.");
    expect(totalProjects(realOnly.html)).toBe(3);
    // A project with partners in two regions counts in both.
    expect(figure(realOnly.html, "region-table", "ru-murmansk")).toBe(2);
    expect(figure(realOnly.html, "region-table", "ru-karelia")).toBe(1);
    expect(figure(realOnly.html, "region-table", "ru-komi")).toBe(1);
    expect(figure(realOnly.html, "region-table", "no-nordland")).toBe(0);
    expect(realOnly.html).toContain("counts in each of them");
  });

  it("links each region to the catalogue search for it, keeping the page's filters", async () => {
    const { html } = await page("/en/statistics?source=case,archive");
    expect(html).toContain(
      'href="/en/projects?partnerRegion=ru-murmansk&amp;source=archive&amp;source=case"',
    );
    expect(html).toContain('href="/en/projects?year=2015&amp;source=archive&amp;source=case"');
  });

  it("narrows the figures with the form's year range and with ?year=", async () => {
    const range = await page("/en/statistics?yearFrom=2015&yearTo=2015&source=archive");
    expect(range.status).toBe(200);
    expect(totalProjects(range.html)).toBe(2);
    expect(figure(range.html, "region-table", "ru-komi")).toBe(0);
    // The form shows what was chosen.
    expect(range.html).toMatch(/<option value="2015" selected="">2015<\/option>/);

    const year = await page("/en/statistics?year=2016&source=archive");
    expect(totalProjects(year.html)).toBe(1);
    expect(figure(year.html, "region-table", "ru-komi")).toBe(1);
  });

  it("answers bad input with a translated error and the unfiltered figures, not a 500", async () => {
    const en = await page("/en/statistics?year=abc");
    expect(en.status).toBe(400);
    expect(en.html).toContain("“abc” is not a year (for example 2024).");
    expect(totalProjects(en.html)).toBe(153);

    const nb = await page("/nb/statistics?yearFrom=2020&yearTo=2010");
    expect(nb.status).toBe(400);
    expect(nb.html).toContain("Fra-året kan ikke være etter til-året.");

    const ru = await page("/ru/statistics?year=abc");
    expect(ru.status).toBe(400);
    expect(ru.html).toContain("не является годом");
  });
});
