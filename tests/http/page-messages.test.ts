import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "@formatjs/icu-messageformat-parser";
import type { ServerBuild } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogs } from "#domain/i18n/catalog.ts";
import { listSourceFiles } from "#domain/i18n/check-catalogues.server.ts";
import { locales } from "#vocabulary/vocabulary.ts";
import { loginCookie } from "../fixtures/fixtures.ts";
import { startTestApp, type TestApp } from "./start-test-app.ts";

// The browser never gets a catalogue: no script under build/client holds a message, every route's
// script uses only messages its page is sent, and a page is sent its own language's messages only
// (ADR 0010). Runs against the build, like every HTTP test.

const assetsDir = path.resolve("build/client/assets");
let build: ServerBuild;
let scripts: Map<string, string>;
let app: TestApp;

beforeAll(async () => {
  build = (await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as ServerBuild;
  scripts = new Map(
    fs
      .readdirSync(assetsDir)
      .filter((name) => name.endsWith(".js"))
      .map((name) => [`/assets/${name}`, fs.readFileSync(path.join(assetsDir, name), "utf8")]),
  );
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

/** The longest run of plain text in a message: long enough to be found only where the message is. */
function longestText(source: string): string {
  const texts = parse(source, { ignoreTag: true }).flatMap(function literals(element): string[] {
    if (element.type === 0) return [element.value];
    if (element.type === 5 || element.type === 6)
      return Object.values(element.options).flatMap((option) => option.value.flatMap(literals));
    return [];
  });
  return texts.reduce((longest, text) => (text.trim().length > longest.length ? text.trim() : longest), "");
}

const escapeUnicode = (text: string) =>
  text.replace(/[^\x20-\x7e]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);

describe("messages in the browser's scripts", () => {
  it("no client script holds catalogue text, in any language", () => {
    const all = [...scripts.values()].join("\n");
    // A distinctive message of each language, as a first, readable failure.
    expect(all).not.toContain("Слишком много неудачных попыток");
    expect(all).not.toContain("Too many failed attempts");
    expect(all).not.toContain("For mange mislykkede forsøk");
    // Text the code holds as data of its own (the licence's attribution, a CSV column's
    // description) may match a message; it reaches the browser as code, not as catalogue.
    const code = listSourceFiles(path.resolve("."))
      .map((file) => fs.readFileSync(file, "utf8"))
      .join("\n");
    const found: string[] = [];
    for (const locale of locales) {
      for (const [key, source] of Object.entries(catalogs[locale])) {
        const text = longestText(source);
        if (text.length < 24 || code.includes(text)) continue;
        if (all.includes(text) || all.includes(escapeUnicode(text))) found.push(`${locale} ${key}: ${text}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("every route's script uses only messages its page is sent (its handle.messages and the root's)", () => {
    const keys = Object.keys(catalogs.nb);
    const prefixesOf = (id: string) => {
      const prefixes: string[] = [];
      for (
        let route = build.routes[id];
        route;
        route = route.parentId ? build.routes[route.parentId] : undefined
      )
        prefixes.push(...((route.module.handle as { messages?: string[] } | undefined)?.messages ?? []));
      return prefixes;
    };
    const sent = (key: string, prefixes: string[]) =>
      prefixes.some((prefix) => key === prefix || key.startsWith(`${prefix}.`));
    const unsent: string[] = [];
    for (const [id, route] of Object.entries(build.assets.routes)) {
      if (!route) continue;
      const prefixes = [...prefixesOf(id), ...prefixesOf("root")];
      const used = new Set<string>();
      for (const file of [route.module, ...(route.imports ?? [])]) {
        const text = scripts.get(file) ?? "";
        // A key as a string, and keys built from a prefix (`case.state.${state}`, "case.refused." + x).
        for (const match of text.matchAll(/["'`]([A-Za-z][\w-]*(?:\.[\w-]+)+)["'`]/g))
          if (Object.hasOwn(catalogs.nb, match[1]!)) used.add(match[1]!);
        for (const match of text.matchAll(/[`"']([A-Za-z][\w-]*(?:\.[\w-]+)*\.)(?:\$\{|["']\s*\+)/g))
          for (const key of keys) if (key.startsWith(match[1]!)) used.add(key);
      }
      const missing = [...used].filter((key) => !sent(key, prefixes));
      if (missing.length > 0) unsent.push(`${id} uses ${missing.sort().join(", ")}`);
    }
    expect(unsent).toEqual([]);
  });
});

describe("messages sent with a page", () => {
  /** The messages a page's HTML carries in its hydration data (React Router's turbo-stream). */
  const carries = (html: string, text: string) => html.includes(JSON.stringify(text).slice(1, -1));

  it("sends a page its own language's messages and the shell's, nothing else", async () => {
    // The password page hydrates; its data carries the account area's messages, such as the
    // sessions table's, which the page itself does not show.
    const cookie = await loginCookie(app, "applicant@example.org");
    const html = await (await fetch(`${app.url}/ru/account/password`, { headers: { cookie } })).text();
    expect(carries(html, catalogs.ru["account.sessions.lastUsed"])).toBe(true);
    expect(carries(html, catalogs.ru["shell.skipToContent"])).toBe(true);
    // Not another language's, and not another page's area (the statistics page's, the e-mails').
    expect(carries(html, catalogs.nb["account.sessions.lastUsed"])).toBe(false);
    expect(carries(html, catalogs.en["account.sessions.lastUsed"])).toBe(false);
    expect(carries(html, catalogs.ru["statistics.byYear.heading"])).toBe(false);
    expect(carries(html, catalogs.ru["mail.welcome.subject"])).toBe(false);
  });

  it("sends the next page's messages with its data on a client-side navigation", async () => {
    // What the browser asks when a form or a redirect takes it to another page.
    const response = await fetch(`${app.url}/en/projects.data?_routes=routes/language-layout`);
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(carries(body, catalogs.en["projects.search.label"])).toBe(true);
    expect(carries(body, catalogs.en["statistics.byYear.heading"])).toBe(false);
  });
});
