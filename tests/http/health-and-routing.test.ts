import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { officeRecords } from "#domain/offices/office-records.ts";
import { testBackend } from "../database.ts";
import { inEveryLanguage, startTestApp, type TestApp } from "./start-test-app.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe(`health and language routing (${testBackend})`, () => {
  it("reports the database in /healthz", async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", database: testBackend });
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("sends / to the visitor's language, Norwegian by default", async () => {
    const go = (acceptLanguage?: string) =>
      fetch(`${app.url}/`, {
        redirect: "manual",
        headers: acceptLanguage ? { "accept-language": acceptLanguage } : {},
      });
    expect((await go("ru-RU,ru;q=0.9,en;q=0.5")).headers.get("location")).toBe("/ru");
    expect((await go("en-GB,en;q=0.8")).headers.get("location")).toBe("/en");
    expect((await go("nn-NO")).headers.get("location")).toBe("/nb");
    expect((await go("de-DE,fr;q=0.5")).headers.get("location")).toBe("/nb");
    expect((await go()).headers.get("location")).toBe("/nb");
  });

  it("serves every page in its language, with lang on the document", async () => {
    for (const [lang, heading] of inEveryLanguage({
      nb: "Samarbeid over grensen i nord",
      en: "Cooperation across the border in the north",
      ru: "Сотрудничество через границу на Севере",
    })) {
      const html = await (await fetch(`${app.url}/${lang}`)).text();
      expect(html).toContain(`<html lang="${lang}"`);
      expect(html).toContain(heading);
      // The footer lists the four offices, by their names in the page's language.
      for (const office of officeRecords) expect(html).toContain(office.name[lang]);
    }
  });

  it("answers an unknown page or language with a 404 page in the page's language", async () => {
    const en = await fetch(`${app.url}/en/no-such-page`);
    expect(en.status).toBe(404);
    expect(await en.text()).toContain("Page not found");
    const ru = await fetch(`${app.url}/ru/nichego`);
    expect(ru.status).toBe(404);
    expect(await ru.text()).toContain("Страница не найдена");
    const unknownLanguage = await fetch(`${app.url}/xx/login`);
    expect(unknownLanguage.status).toBe(404);
  });

  it("answers 503 when the database does not answer", async () => {
    const probe = await startTestApp();
    await probe.services.ready;
    await probe.services.jobs.stop();
    await probe.database.close();
    const response = await fetch(`${probe.url}/healthz`);
    expect(response.status).toBe(503);
    expect((await response.json()).status).toBe("unavailable");
    // Pages answer with the error page in their language instead of hanging or leaking the error.
    const page = await fetch(`${probe.url}/en`);
    expect(page.status).toBe(500);
    const html = await page.text();
    expect(html).toContain("Something went wrong");
    expect(html).toContain("Nothing you saved is lost.");
    const leak = /PGlite|ECONNREFUSED|Failed query|\bat \S+ \(|select "/i.exec(html);
    expect(leak ? html.slice(Math.max(0, leak.index - 200), leak.index + 100) : null).toBeNull();
    probe.database.close = async () => {};
    await probe.close().catch(() => {});
  });
});
