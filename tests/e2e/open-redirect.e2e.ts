import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openRedirectPayloads } from "../fixtures/open-redirect-payloads.ts";
import { baseUrl, browserForFile, demoPassword, newContextWithoutJs } from "./browser.ts";

// What a browser does with a Location header decides whether a redirect leaves the site, not how
// the string looks: Chromium drops tabs and newlines, reads "\" as "/", and so on. So each known
// payload is handed to the login as the place to return to, and Chromium must end on our origin.

const browser = browserForFile();

const origin = () => new URL(baseUrl()).origin;

// Landing pages are only looked at for their address: their styles, pictures and fonts are skipped.
const skipped = new Set(["stylesheet", "image", "font", "media"]);

/** Every request to another origin, and every answer of ours that is a server error. */
async function watch(context: BrowserContext) {
  await context.route("**/*", (route) =>
    skipped.has(route.request().resourceType()) ? route.abort() : route.continue(),
  );
  const problems: string[] = [];
  context.on("request", (request) => {
    const url = request.url();
    if (/^(https?|wss?):/.test(url) && new URL(url).origin !== origin()) problems.push(`left for ${url}`);
  });
  context.on("response", (response) => {
    if (response.status() >= 500) problems.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}

async function logIn(page: Page, payload: string) {
  await page.goto(`${baseUrl()}/en/login`);
  // As a crafted page or script would post it: the payload itself, not the server's cleaned copy.
  await page.locator('input[name="redirectTo"]').evaluate((input, value) => {
    (input as HTMLInputElement).value = value;
  }, payload);
  await page.locator('input[name="email"]').fill("partner@example.org");
  await page.locator('input[name="password"]').fill(demoPassword());
  await Promise.all([
    page.waitForURL((url) => url.pathname !== "/en/login"),
    page.locator('main form button[type="submit"]').click(),
  ]);
  await page.waitForLoadState();
}

describe(`known open-redirect payloads (${openRedirectPayloads.length}) in Chromium`, () => {
  it("logs in with each as the return address and ends on this site (JavaScript off: the Location header alone)", {
    timeout: 300_000,
  }, async () => {
    const context = await newContextWithoutJs(browser());
    const problems = await watch(context);
    const page = await context.newPage();
    for (const payload of openRedirectPayloads) {
      await logIn(page, payload);
      expect(new URL(page.url()).origin, JSON.stringify(payload)).toBe(origin());
      await context.clearCookies();
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it("ends on this site with JavaScript on too, where React Router follows the redirect", async () => {
    const context = await browser().newContext();
    const problems = await watch(context);
    const page = await context.newPage();
    // One of each kind: the browser-side path is the same for all, the server's answer differs.
    const sample = [
      "/%09/evil.example",
      "/\t/evil.example",
      "/%5cevil.example",
      "//evil.example",
      "https://evil.example",
      "/en%0d%0aSet-Cookie:%20session=stolen",
      "/%252f%252fevil.example",
      "/%E3%80%80/evil.example",
    ];
    for (const payload of sample) {
      await logIn(page, payload);
      expect(new URL(page.url()).origin, JSON.stringify(payload)).toBe(origin());
      await context.clearCookies();
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it("sends someone already logged in who opens a login link with each payload to this site", {
    timeout: 300_000,
  }, async () => {
    // JavaScript off: the document requests alone, as a link in an e-mail is opened.
    const context = await newContextWithoutJs(browser());
    const problems = await watch(context);
    const page = await context.newPage();
    await logIn(page, "/en/account");
    expect(new URL(page.url()).pathname).toBe("/en/account");
    for (const payload of openRedirectPayloads) {
      await page.goto(`${baseUrl()}/en/login?redirectTo=${encodeURIComponent(payload)}`);
      expect(new URL(page.url()).origin, JSON.stringify(payload)).toBe(origin());
      expect(new URL(page.url()).pathname, JSON.stringify(payload)).toBe("/en");
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
