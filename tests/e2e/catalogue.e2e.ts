import { describe, expect, it } from "vitest";
import {
  baseUrl,
  browserForFile,
  contextPerTest,
  expectAccessible,
  newContextWithoutJs,
  newPage,
} from "./browser.ts";

// The public catalogue as a visitor uses it: search, a facet, a project, the statistics and its
// map, in each language, with axe on every page. The e2e server runs in demo mode, whose catalogue
// holds the demo's synthetic projects (labelled as such) and whatever the other journeys approved.

const browser = browserForFile();
const context = contextPerTest(() => browser().newContext());

const search: Record<string, { label: string; word: string; count: RegExp }> = {
  nb: { label: "Søk i prosjektene", word: "Kirkenes", count: /\d+ prosjekt/ },
  en: { label: "Search the projects", word: "Kirkenes", count: /\d+ projects?/ },
  ru: { label: "Поиск по проектам", word: "Киркенес", count: /\d+ проект/ },
};

describe("the public catalogue in three languages", () => {
  for (const [lang, words] of Object.entries(search)) {
    it(`${lang}: search, narrow by a facet, open a project, see the statistics and the map, axe on each`, async () => {
      const { page, errors } = await newPage(context());
      await page.goto(`${baseUrl()}/${lang}/projects`);
      await expectAccessible(page);

      // Search with the keyboard: type into the labelled field and press Enter.
      await page.getByRole("searchbox", { name: words.label }).fill(words.word);
      await Promise.all([
        page.waitForURL((url) => url.searchParams.get("q") === words.word),
        page.getByRole("searchbox", { name: words.label }).press("Enter"),
      ]);
      // The results render the matches marked (the count above them changes with them).
      await page.locator("main mark").first().waitFor();
      expect(await page.locator("main [role=status]").first().textContent()).toMatch(words.count);
      await expectAccessible(page);

      // A facet link narrows the search and keeps the words.
      const facet = page.locator("#facet-partnerRegion ~ ul a").first();
      await Promise.all([
        page.waitForURL(
          (url) => url.searchParams.has("partnerRegion") && url.searchParams.get("q") === words.word,
        ),
        facet.click(),
      ]);
      await expectAccessible(page);

      // The first result's page, labelled as synthetic sample data when it is.
      const first = page.locator("main ol li h3 a").first();
      const title = (await first.textContent())?.trim();
      await Promise.all([page.waitForURL(/\/projects\/[^/?]+$/), first.click()]);
      expect((await page.locator("h1").textContent())?.trim()).toBe(title);
      await expectAccessible(page);

      await page.goto(`${baseUrl()}/${lang}/statistics`);
      const map = page.locator("main svg[role=img]").first();
      expect(await map.count()).toBe(1);
      await expectAccessible(page);
      expect(errors).toEqual([]);
    });
  }

  it("searches and narrows without JavaScript", async () => {
    const noJs = await newContextWithoutJs(browser());
    try {
      const { page } = await newPage(noJs);
      await page.goto(`${baseUrl()}/en/projects`);
      await page.getByRole("searchbox", { name: "Search the projects" }).fill("Murmansk");
      await page.getByLabel("Sort by").selectOption("amount");
      await Promise.all([
        page.waitForURL((url) => url.searchParams.get("sort") === "amount"),
        page.getByRole("button", { name: "Search" }).click(),
      ]);
      expect(new URL(page.url()).searchParams.get("q")).toBe("Murmansk");
      const before = await page.locator("main [role=status]").first().textContent();
      await Promise.all([
        page.waitForURL((url) => url.searchParams.has("year")),
        page.locator("#facet-year ~ ul a").first().click(),
      ]);
      const after = await page.locator("main [role=status]").first().textContent();
      expect(Number(after?.replace(/\D/g, ""))).toBeLessThanOrEqual(Number(before?.replace(/\D/g, "")));
      // Searching again keeps the chosen year.
      await Promise.all([
        page.waitForURL((url) => url.searchParams.get("q") === "Tromsø"),
        (async () => {
          await page.getByRole("searchbox", { name: "Search the projects" }).fill("Tromsø");
          await page.getByRole("button", { name: "Search" }).click();
        })(),
      ]);
      expect(new URL(page.url()).searchParams.has("year")).toBe(true);
      await expectAccessible(page);
    } finally {
      await noJs.close();
    }
  });
});
