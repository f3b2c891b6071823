import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "react-router";
import { parseConfig } from "#config/env.ts";
import type { Database } from "#db/connection.ts";
import { createHttpApp } from "#server/http-app.ts";
import { createServices, type Services } from "#server/services.ts";
import { type Locale, locales } from "#vocabulary/vocabulary.ts";
import { createTestDatabase } from "../database.ts";
import { demoPassword } from "../fixtures/fixtures.ts";

export interface TestApp {
  url: string;
  services: Services;
  database: Database;
  /** GET as a browser would, logged in when given a session cookie, redirects not followed. */
  get(path: string, cookie?: string): Promise<Response>;
  /** Posts a form as a browser without JavaScript does (see postForm). */
  post(path: string, fields: Record<string, string>, cookie?: string): Promise<Response>;
  close(): Promise<void>;
}

/**
 * The real HTTP app (the React Router build, Better Auth, the cross-site check) on a free port over a
 * fresh test database with demo data. Loads `build/`, which tests/current-build.ts keeps current.
 * Given `database` (another test app's), a second instance runs on the same database, as two
 * servers behind one load balancer or a restart would; closing it leaves the database open.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { database?: Database } = {},
): Promise<TestApp> {
  const buildPath = path.resolve("build/server/index.js");
  if (!fs.existsSync(buildPath))
    throw new Error("No build: the global setup tests/current-build.ts should have made one");
  const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const config = parseConfig({
    NODE_ENV: "test",
    PUBLIC_URL: url,
    DEMO_PASSWORD: demoPassword,
    JOBS: "false",
    // Uploaded files go to a directory of this test app's own, never into the checkout.
    ATTACHMENTS_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "bb-attachments-")),
    // No synthetic catalogue: a test that needs projects inserts its own.
    DEMO_PROJECTS: "0",
    ...env,
  });
  const database = options.database
    ? { ...options.database, close: async () => {} }
    : await createTestDatabase();
  const services = await createServices(config, { database });
  server.on("request", createHttpApp(services, build));
  const app: TestApp = {
    url,
    services,
    database,
    get: (target, cookie) =>
      fetch(`${url}${target}`, { redirect: "manual", headers: cookie ? { cookie } : {} }),
    post: (target, fields, cookie) => postForm(app, target, fields, cookie),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await services.close();
    },
  };
  return app;
}

/** Posts a form the way a browser without JavaScript does (same origin, urlencoded, no redirects followed). */
export function postForm(
  app: { url: string },
  path: string,
  fields: Record<string, string>,
  cookie?: string,
) {
  return fetch(`${app.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: app.url,
      ...(cookie ? { cookie } : {}),
    },
    body: new URLSearchParams(fields),
  });
}

/**
 * A page as its reader sees it: without its scripts, whose data carries the page's messages for the
 * browser (every message the page may show, so a text a test expects absent is still there).
 */
export function withoutScripts(html: string): string {
  return html.replace(/<script\b[\s\S]*?<\/script>/gi, "");
}

/** What a test expects in each language, as [language, value] pairs to loop over. */
export function inEveryLanguage<T>(values: Record<Locale, T>): [Locale, T][] {
  return locales.map((locale) => [locale, values[locale]]);
}

/** A list of paths written one after the other, separated by spaces (none of them has one). */
export const paths = (list: string) => list.trim().split(/\s+/);
