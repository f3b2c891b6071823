import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBackend } from "../database.ts";
import { startTestApp, type TestApp } from "./start-test-app.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const text = async (path: string) => {
  const response = await fetch(`${app.url}${path}`);
  const html = (await response.text())
    .replace(/<[^>]+>/g, " ")
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/\s+/g, " ");
  return { status: response.status, html };
};

describe(`public programme pages (${testBackend})`, () => {
  it("links each open programme from the home page", async () => {
    const home = await (await fetch(`${app.url}/en`)).text();
    expect(home).toContain('href="/en/programmes/no-ru-regular"');
    expect(home).toContain('href="/en/programmes/no-se-fi-2024"');
  });

  it("writes out the Norwegian-Russian rules in English from the programme's data", async () => {
    const { status, html } = await text("/en/programmes/no-ru-regular");
    expect(status).toBe(200);
    expect(html).toContain("The applicant is a Norwegian organisation in Nordland, Troms or Finnmark");
    expect(html).toContain(
      "at least 1 partner in Murmansk Oblast, Arkhangelsk Oblast, Nenets Autonomous Okrug, Republic of Karelia or Komi Republic",
    );
    expect(html).toContain("Up to 70 % of the total costs.");
    expect(html).toContain("Up to 50 % for business projects.");
    expect(html).toContain("The whole amount when the total costs are under NOK 50,000.");
    expect(html).toContain("Food is covered up to NOK 500 per person per day.");
    expect(html).toContain("From NOK 400,000 the board decides. Deadlines: 1 March and 1 October.");
    expect(html).toContain("advance of up to 75 %");
    expect(html).toContain("above NOK 100,000 an auditor");
    for (const rate of ["NOK 600", "NOK 200", "NOK 100"]) expect(html).toContain(rate);
  });

  it("speaks Norwegian and Russian too, with the Nordic partner regions for the 2024 programme", async () => {
    const nb = await text("/nb/programmes/no-se-fi-2024");
    expect(nb.html).toContain("Norrbotten, Västerbotten, Lappland, Nord-Österbotten eller Kajanaland");
    expect(nb.html).toMatch(/Fra 400 000 kr avgjør styret\. Søknadsfrister: 1\. mars og 1\. oktober\./);
    const ru = await text("/ru/programmes/no-ru-regular");
    expect(ru.html).toContain("Мурманская область");
    expect(ru.html).toContain("До 70 % от общих расходов.");
    expect(ru.html).toContain("1 марта и 1 октября");
  });

  it("answers an unknown programme with a 404 page", async () => {
    const { status, html } = await text("/en/programmes/no-such-programme");
    expect(status).toBe(404);
    expect(html).toContain("Page not found");
  });
});
