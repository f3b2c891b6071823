import fs from "node:fs";
import { createRequire } from "node:module";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from "vitest";

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export const baseUrl = () => inject("baseUrl");
export const demoPassword = () => inject("demoPassword");

/**
 * Content-Security-Policy violations Chromium reported on any page of any context since the last
 * test ended (older versions: "Refused to execute inline script…"; newer: "Executing inline script
 * violates the following Content Security Policy directive…"). Every test
 * of every file that uses this helper fails on one (the afterEach below), whatever page it visited
 * and whether or not it looks at its console: the policy (ADR 0020) must hold on every page.
 */
const cspViolations: string[] = [];
const violationPattern = /^Refused to |Content Security Policy/;

function watchForCspViolations(context: BrowserContext) {
  context.on("page", (page) => {
    page.on("console", (message) => {
      if (violationPattern.test(message.text())) cspViolations.push(`${page.url()}: ${message.text()}`);
    });
  });
}

/** The violations seen so far, forgotten: for a test that provokes one on purpose. */
export function takeCspViolations(): string[] {
  return cspViolations.splice(0);
}

afterEach(() => {
  expect(takeCspViolations(), "Content-Security-Policy violations in the browser console").toEqual([]);
});

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
    ],
  });
  // Every context the tests make (browser.newPage makes one too) reports its pages' violations.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    watchForCspViolations(context);
    return context;
  };
  return browser;
}

/** One Chromium for the test file: launched before its first test, closed after its last. */
export function browserForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** A new browser context for each test (the previous one closed), made by `open`. */
export function contextPerTest(open: () => Promise<BrowserContext>): () => BrowserContext {
  let context: BrowserContext | undefined;
  beforeEach(async () => {
    await context?.close();
    context = await open();
  });
  return () => context!;
}

/** A page that fails the test on any console error or uncaught exception the app causes. */
export async function newPage(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    // A page answered with 403/404 on purpose logs "Failed to load resource"; failed requests for
    // anything but the page itself are caught by the response listener below.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      errors.push(message.text());
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== "document") {
      errors.push(`${response.status()} ${response.url()}`);
    }
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return { page, errors };
}

const contextsWithoutJs = new WeakSet<BrowserContext>();

/** A browser context with JavaScript off, as a visitor with scripts blocked would have. */
export async function newContextWithoutJs(
  browser: Browser,
  options: Parameters<Browser["newContext"]>[0] = {},
) {
  const context = await browser.newContext({ ...options, javaScriptEnabled: false });
  contextsWithoutJs.add(context);
  return context;
}

/** axe-core with the WCAG 2.1 A and AA rules: no violations allowed. */
export async function expectAccessible(page: Page) {
  if (contextsWithoutJs.has(page.context())) {
    // axe needs timers, which do not run with JavaScript off: check a copy of the same document
    // (scripts removed, same origin so the same stylesheets) in a page that has them.
    const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
    const checker = await page.context().browser()!.newPage();
    await checker.goto(`${new URL(page.url()).origin}/healthz`);
    await checker.setContent(html, { waitUntil: "load" });
    try {
      await expectAccessible(checker);
    } finally {
      await checker.close();
    }
    return;
  }
  // Evaluated rather than added as a <script>, so it also runs on pages opened with JavaScript off.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(`${axeSource}\n;true`);
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
    const result = await (window as any).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v: { id: string; help: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
    }));
  });
  expect(violations, `axe on ${page.url()}`).toEqual([]);
}

export async function login(page: Page, email: string, lang = "en") {
  await page.goto(`${baseUrl()}/${lang}/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(demoPassword());
  await Promise.all([
    page.waitForURL((url) => !url.pathname.endsWith("/login")),
    page.locator('main form button[type="submit"]').click(),
  ]);
}

/** Fills form fields by name, choosing the option of a select and typing into anything else. */
export async function fill(page: Page, fields: Record<string, string>) {
  for (const [name, value] of Object.entries(fields)) {
    const field = page.locator(`[name="${name}"]`);
    if ((await field.evaluate((el) => el.tagName)) === "SELECT") await field.selectOption(value);
    else await field.fill(value);
  }
}

/** The calendar date (YYYY-MM-DD) some days from now, for project and activity dates. */
export function isoDay(plusDays: number) {
  return new Date(Date.now() + plusDays * 86_400_000).toISOString().slice(0, 10);
}
