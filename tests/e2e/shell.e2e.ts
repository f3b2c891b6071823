import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  baseUrl,
  browserForFile,
  contextPerTest,
  expectAccessible,
  login,
  newPage,
  takeCspViolations,
} from "./browser.ts";

const browser = browserForFile();
const context = contextPerTest(() => browser().newContext({ locale: "ru-RU" }));

describe("the shell in three languages", () => {
  it("sends a Russian browser to /ru, and every language's home page passes axe", async () => {
    const { page, errors } = await newPage(context());
    await page.goto(`${baseUrl()}/`);
    expect(new URL(page.url()).pathname).toBe("/ru");
    expect(await page.locator("html").getAttribute("lang")).toBe("ru");
    await expect.poll(() => page.locator("h1").textContent()).toBe("Сотрудничество через границу на Севере");
    // "Открыты 2 программы": the Russian plural form for two.
    expect(await page.locator("main").textContent()).toContain("Открыты 2 программы");
    await expectAccessible(page);
    for (const lang of ["nb", "en"]) {
      await page.goto(`${baseUrl()}/${lang}`);
      expect(await page.locator("html").getAttribute("lang")).toBe(lang);
      await expectAccessible(page);
    }
    expect(errors).toEqual([]);
  });

  it("switches language and stays on the same page, query string kept", async () => {
    const { page, errors } = await newPage(context());
    await page.goto(`${baseUrl()}/en/login?redirectTo=%2Fen%2Faccount`);
    await page.getByRole("link", { name: "Русский" }).click();
    await page.waitForURL(/\/ru\/login/);
    expect(new URL(page.url()).search).toBe("?redirectTo=%2Fen%2Faccount");
    expect(await page.locator("h1").textContent()).toBe("Вход");
    await page.getByRole("link", { name: "Norsk bokmål" }).click();
    await page.waitForURL(/\/nb\/login/);
    expect(await page.locator("h1").textContent()).toBe("Logg inn");
    expect(errors).toEqual([]);
  });

  it("offers a skip link as the first thing the keyboard reaches", async () => {
    const { page } = await newPage(context());
    await page.goto(`${baseUrl()}/en`);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute("href"),
    }));
    expect(focused).toEqual({ text: "Skip to main content", href: "#main" });
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
  });

  it("shows 404 pages in the page's language, accessibly", async () => {
    const { page } = await newPage(context());
    const response = await page.goto(`${baseUrl()}/nb/finnes-ikke`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("Siden finnes ikke");
    await expectAccessible(page);
    await page.goto(`${baseUrl()}/en/also-missing`);
    expect(await page.locator("h1").textContent()).toBe("Page not found");
  });

  it("gives the account and programme pages in every language, each passing axe", async () => {
    const { page, errors } = await newPage(context());
    const pages: [string, string][] = [
      ["/en/forgot-password", "Forgotten password"],
      ["/ru/forgot-password", "Забыли пароль"],
      ["/nb/verify-email?sent=1", "Bekreft e-postadressen din"],
      ["/en/reset-password", "Choose a new password"],
      ["/ru/register", "Регистрация"],
      ["/ru/programmes/no-ru-regular", "Норвежско-российские проектные средства (основные)"],
      ["/en/programmes/no-se-fi-2024", "Norwegian-Swedish-Finnish project funds 2024"],
    ];
    for (const [path, heading] of pages) {
      const response = await page.goto(`${baseUrl()}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await page.locator("h1").textContent()).toBe(heading);
      await expectAccessible(page);
    }
    // A reset page without a valid link says so instead of showing a form that cannot work.
    expect(
      await page.goto(`${baseUrl()}/en/reset-password`).then(() => page.locator("main").textContent()),
    ).toContain("The link is invalid or has expired.");
    expect(errors).toEqual([]);
  });

  it("fits a phone screen without sideways scrolling", async () => {
    const phone = await browser().newContext({ viewport: { width: 360, height: 740 }, locale: "nb-NO" });
    const { page } = await newPage(phone);
    for (const path of ["/nb", "/nb/login", "/nb/register"]) {
      await page.goto(`${baseUrl()}${path}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
      await expectAccessible(page);
    }
    await phone.close();
  });

  it("brings the next page's messages on a client-side navigation, and validates forms in the page's language", async () => {
    const { page, errors } = await newPage(context());
    // The page's messages come with its data, never with its scripts: a navigation in the browser
    // (the document stays) must render the next page in Russian too. The pages before login go
    // without JavaScript (ADR 0018), so this starts from a signed-in page.
    await login(page, "applicant@example.org", "ru");
    await page.goto(`${baseUrl()}/ru/account/password`);
    await hydrated(page, "main form");
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await navigateInPage(page, "/ru/programmes/no-ru-regular");
    await expect
      .poll(() => page.locator("h1").textContent())
      .toBe("Норвежско-российские проектные средства (основные)");
    expect(await page.locator("main").textContent()).toContain("Кто может подать заявку");
    expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);

    // The password form's schema, built with the page's messages, refuses empty fields in the
    // browser, before anything is sent.
    await page.goto(`${baseUrl()}/ru/account/password`);
    await hydrated(page, "main form");
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByRole("button", { name: "Сменить пароль" }).click();
    await expect.poll(() => page.locator("main").textContent()).toContain("Заполните это поле.");
    expect(new URL(page.url()).pathname).toBe("/ru/account/password");
    expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
    expect(errors).toEqual([]);
  });

  it("hydrates a signed-in page under the Content-Security-Policy, and navigates in the browser", async () => {
    const { page, errors } = await newPage(context());
    await login(page, "applicant@example.org", "en");
    await page.goto(`${baseUrl()}/en/account`);
    // React Router's inline scripts ran (they carry the nonce): the page hydrated.
    await hydrated(page, "main");
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await navigateInPage(page, "/en/applications");
    await page.waitForURL((url) => url.pathname === "/en/applications");
    await expect.poll(() => page.locator("h1").textContent()).toBeTruthy();
    expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
    expect(errors).toEqual([]);
  });

  it("notices a script the policy refuses: an inline script without the page's nonce does not run", async () => {
    const { page } = await newPage(context());
    await page.goto(`${baseUrl()}/en/register`);
    await page.evaluate(() => {
      const injected = document.createElement("script");
      injected.textContent = "window.injected = true";
      document.body.append(injected);
    });
    expect(await page.evaluate(() => "injected" in window)).toBe(false);
    // The check every test ends with (tests/e2e/browser.ts) sees it; taken here so this test passes.
    await expect.poll(() => takeCspViolations().join("\n")).toMatch(/inline script.*Content Security Policy/);
  });
});

/** What a router link does: React Router navigates in the page and asks the server for data only. */
function navigateInPage(page: Page, to: string) {
  return page.evaluate((target) => {
    const w = window as unknown as { __reactRouterDataRouter: { navigate(to: string): Promise<void> } };
    return w.__reactRouterDataRouter.navigate(target);
  }, to);
}

/** Waits until React has hydrated the element (it then carries React's own properties). */
async function hydrated(page: Page, selector: string) {
  await page.waitForFunction((wanted) => {
    const element = document.querySelector(wanted);
    return !!element && Object.keys(element).some((key) => key.startsWith("__react"));
  }, selector);
}
