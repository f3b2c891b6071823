import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertCatalogueProjects } from "#domain/catalogue/upsert-catalogue-project.server.ts";
import { translate } from "#domain/i18n/translate.ts";
import { fixtureProjects } from "#tests/fixtures/catalogue/fixture-projects.ts";
import { type Locale, locales } from "#vocabulary/vocabulary.ts";
import { testBackend } from "../database.ts";
import { paths, startTestApp, type TestApp } from "./start-test-app.ts";

// The open-data API's conventions (ADR 0014), through the real HTTP app over the 24 fixture
// projects: problem documents for every refusal, 404/405/OPTIONS from one table, CORS, hostile
// input, HEAD, and the OpenAPI document walked parameter by parameter against what the API does.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await upsertCatalogueProjects(
    app.services.db,
    fixtureProjects.map((p) => ({ ...p, source: p.source ?? "archive" })),
  );
}, 120_000);
afterAll(async () => {
  await app?.close();
});

// Problem documents and the OpenAPI document are read loosely: each test names what it expects.
// biome-ignore lint/suspicious/noExplicitAny: see above
type Loose = any;

const send = (path: string, init: RequestInit = {}) => fetch(`${app.url}${path}`, init);

async function problemOf(response: Response): Promise<Loose> {
  expect(response.headers.get("content-type"), response.url).toBe("application/problem+json; charset=utf-8");
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  const body = (await response.json()) as Loose;
  expect(body).toMatchObject({ type: "about:blank", status: response.status });
  expect(typeof body.title).toBe("string");
  expect(typeof body.code).toBe("string");
  return body;
}

/** A real value for each path parameter: a fixture project, and a photo id that fits but is unknown. */
const pathValues: Record<string, string> = {
  id: "F2005-001",
  attachmentId: "0b7c2d9e-4f1a-4c57-9a51-6f0e3b1d2c4a",
};
const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, name: string) => pathValues[name]!);

/** What an accepted request answers on this operation (the photo id above names no photo: 404). */
const acceptedStatus = (template: string) => (template.includes("{attachmentId}") ? 404 : 200);

let documentPromise: Promise<Loose> | undefined;
const openApi = () => {
  documentPromise ??= send("/api/v1/openapi.json").then((r) => r.json());
  return documentPromise;
};

async function operations(): Promise<{ template: string; operation: Loose }[]> {
  const document = await openApi();
  return Object.entries(document.paths as Record<string, Loose>).map(([template, item]) => ({
    template,
    operation: item.get,
  }));
}

describe(`the open-data API's conventions (${testBackend})`, () => {
  it("answers any path under /api it does not describe with a JSON 404 problem, never HTML", async () => {
    for (const path of paths(`
      /api
      /api/
      /api/v1
      /api/v1/
      /api/v2/projects
      /api/v1/nothing
      /api/v1/projects/
      /api/v1/projects/F2005-001/photos
      /api/v1/projects/F2005-001/photos/x/y/z
      /api/v1/%00
      /api/v1/projects.xml
    `)) {
      for (const method of ["GET", "HEAD", "POST", "DELETE", "OPTIONS"]) {
        const response = await send(path, { method, headers: { "Accept-Language": "ru" } });
        expect(response.status, `${method} ${path}`).toBe(404);
        if (method === "HEAD") continue;
        const body = await problemOf(response);
        expect(body).toMatchObject({
          code: "no-such-address",
          title: translate("ru", "api.problem.notFound"),
          detail: translate("ru", "api.problem.noSuchAddress", { openapi: "/api/v1/openapi.json" }),
        });
      }
    }
  });

  it("answers another method on every described path with 405 and Allow, even from another site", async () => {
    for (const { template } of await operations()) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        const response = await send(fill(template), {
          method,
          headers: { Origin: "https://elsewhere.example", "Content-Type": "application/json" },
          body: "{}",
        });
        expect(response.status, `${method} ${template}`).toBe(405);
        expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
        const body = await problemOf(response);
        expect(body.code).toBe("method-not-allowed");
      }
    }
  });

  it("answers a CORS preflight so a script on any site may revalidate with If-None-Match", async () => {
    for (const { template } of await operations()) {
      const preflight = await send(fill(template), {
        method: "OPTIONS",
        headers: {
          Origin: "https://journalist.example",
          "Access-Control-Request-Method": "GET",
          "Access-Control-Request-Headers": "if-none-match, accept-language",
        },
      });
      expect(preflight.status, template).toBe(204);
      expect(await preflight.text()).toBe("");
      expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
      expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
      const allowed = preflight.headers.get("access-control-allow-headers")!.toLowerCase().split(/,\s*/);
      expect(allowed).toEqual(expect.arrayContaining(["if-none-match", "accept-language", "accept"]));
      expect(Number(preflight.headers.get("access-control-max-age"))).toBeGreaterThan(0);
      expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
    }
    // The request the preflight let through: a revalidation answered 304, readable by the script.
    const first = await send("/api/v1/projects?source=archive", {
      headers: { Origin: "https://journalist.example" },
    });
    await first.arrayBuffer();
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const exposed = first.headers.get("access-control-expose-headers")!.split(/,\s*/);
    expect(exposed).toEqual(expect.arrayContaining(["ETag", "Link", "Retry-After", "Content-Disposition"]));
    const again = await send("/api/v1/projects?source=archive", {
      headers: { Origin: "https://journalist.example", "If-None-Match": first.headers.get("etag")! },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("reads no cookie: a public answer never carries Set-Cookie, even when a page's notice is pending", async () => {
    for (const path of [
      "/api/v1/projects?source=archive",
      "/api/v1/projects/F2005-001",
      "/api/v1/projects.csv",
    ]) {
      const response = await send(path, { headers: { Cookie: "bb_notice=pending; session=x" } });
      await response.arrayBuffer();
      expect(response.status, path).toBe(200);
      expect(response.headers.get("set-cookie"), path).toBeNull();
      expect(response.headers.get("cache-control"), path).toMatch(/^public/);
    }
  });

  it("keeps Better Auth's endpoints out of the public CORS", async () => {
    const session = await send("/api/auth/get-session", { headers: { Origin: "https://elsewhere.example" } });
    await session.arrayBuffer();
    expect(session.headers.get("access-control-allow-origin")).not.toBe("*");
    const preflight = await send("/api/auth/sign-in/email", {
      method: "OPTIONS",
      headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Method": "POST" },
    });
    await preflight.arrayBuffer();
    expect(preflight.headers.get("access-control-allow-origin")).not.toBe("*");
  });

  it("answers hostile input with a 4xx problem, never a 500 or a dropped connection", async () => {
    const before = await send("/api/v1/projects?pageSize=1");
    const total = ((await before.json()) as Loose).total;
    const cases: [path: string, status: number, code: string][] = [
      ["/api/v1/projects/%zz", 400, "bad-encoding"],
      ["/api/v1/projects?q=%zz", 400, "bad-encoding"],
      ["/api/v1/projects?q=%C3%28", 400, "bad-encoding"],
      ["/api/v1/projects.csv?programme=%E2%82", 400, "bad-encoding"],
      ["/api/v1/projects?programme=a%00b", 400, "bad-parameters"],
      ["/api/v1/projects.csv?status=a%00b", 400, "bad-parameters"],
      ["/api/v1/projects.360giving.json?status=a%00b", 400, "bad-parameters"],
      ["/api/v1/projects.csv?county=x%00", 400, "bad-parameters"],
      ["/api/v1/projects?sort=newest&sort=amount", 400, "bad-parameters"],
      ["/api/v1/projects?page=1&page=2", 400, "bad-parameters"],
      ["/api/v1/projects?lang=en&lang=ru", 400, "bad-parameters"],
      ["/api/v1/projects?page=99999999999999999999", 400, "bad-parameters"],
      ["/api/v1/projects?pageSize=1000000", 400, "bad-parameters"],
      ["/api/v1/projects?page=-1", 400, "bad-parameters"],
      ["/api/v1/projects?pageSize=-20", 400, "bad-parameters"],
      ["/api/v1/projects?page=1e3", 400, "bad-parameters"],
      [`/api/v1/projects?year=${"2020,".repeat(31)}`, 400, "bad-parameters"],
      ["/api/v1/projects/%00", 404, "not-found"],
      ["/api/v1/projects/..%2F..%2Fetc%2Fpasswd", 404, "not-found"],
      [`/api/v1/projects/${"9".repeat(200)}`, 404, "not-found"],
      ["/api/v1/projects/-1", 404, "not-found"],
      ["/api/v1/projects/F2005-001/photos/1", 404, "not-found"],
      ["/api/v1/projects/F2005-001/photos/%00", 404, "not-found"],
      ["/api/v1/projects/F2005-001/photos/not-a-photo-id", 404, "not-found"],
      [`/api/v1/projects?q=${"x".repeat(9000)}`, 414, "uri-too-long"],
      [`/api/v1/projects.csv?programme=${"p,".repeat(4500)}`, 414, "uri-too-long"],
    ];
    for (const [path, status, code] of cases) {
      const response = await send(path, { headers: { "Accept-Language": "en" } });
      expect(response.status, path.slice(0, 80)).toBe(status);
      expect((await problemOf(response)).code, path.slice(0, 80)).toBe(code);
    }
    // Repeated facets are a feature (values OR-ed), repeated text one text.
    expect((await send("/api/v1/projects?year=2019&year=2020&q=a&q=b")).status).toBe(200);
    // Beyond what Node reads as a request head at all (16 KB): refused by Node itself, still a 4xx.
    const huge = await send(`/api/v1/projects?q=${"x".repeat(20_000)}`);
    expect(huge.status).toBeGreaterThanOrEqual(400);
    expect(huge.status).toBeLessThan(500);
    // Nothing changed, and the server still answers.
    const after = await send("/api/v1/projects?pageSize=1");
    expect(((await after.json()) as Loose).total).toBe(total);
  });

  it("answers HEAD wherever it answers GET: the same status and headers, no body", async () => {
    for (const { template } of await operations()) {
      const path = fill(template);
      const get = await send(path);
      await get.arrayBuffer();
      const head = await send(path, { method: "HEAD" });
      expect(head.status, path).toBe(get.status);
      expect(await head.text()).toBe("");
      for (const name of [
        "content-type",
        "etag",
        "cache-control",
        "content-disposition",
        "access-control-allow-origin",
      ])
        expect(head.headers.get(name), `${path} ${name}`).toBe(get.headers.get(name));
    }
  });

  it("refuses a parameter an operation does not describe, naming the ones it takes", async () => {
    for (const { template, operation } of await operations()) {
      const names = (operation.parameters as Loose[]).filter((p) => p.in === "query").map((p) => p.name);
      const response = await send(`${fill(template)}?yaer=2020`, { headers: { "Accept-Language": "nb" } });
      expect(response.status, template).toBe(400);
      const body = await problemOf(response);
      expect(body.errors).toEqual([
        {
          param: "yaer",
          code: "unknown-parameter",
          message: translate("nb", "api.param.unknown", { param: "yaer", known: names.join(", ") }),
          allowed: names,
        },
      ]);
    }
  });

  it("does what its OpenAPI description says, parameter by parameter", async () => {
    let checked = 0;
    for (const { template, operation } of await operations()) {
      const path = fill(template);
      const ok = acceptedStatus(template);
      const isSearch = operation.operationId === "searchProjects";
      const at = (query: string, headers: Record<string, string> = {}) =>
        send(`${path}${query ? `?${query}` : ""}`, { headers });
      const refused = async (
        query: string,
        name: string,
        code: string,
        headers: Record<string, string> = {},
      ) => {
        const response = await at(query, headers);
        expect(response.status, `${operation.operationId} ${query.slice(0, 60)}`).toBe(400);
        const body = await problemOf(response);
        expect(body.code).toBe("bad-parameters");
        const error = (body.errors as Loose[]).find((e) => e.param === name);
        expect(error, `${operation.operationId} ${query.slice(0, 60)}`).toMatchObject({ code });
        checked++;
        return error;
      };
      const accepted = async (query: string) => {
        const response = await at(query);
        expect(response.status, `${operation.operationId} ${query.slice(0, 60)}`).toBe(ok);
        checked++;
        return response.text();
      };

      // Path parameters: a value that cannot be an id is answered like an unknown id.
      for (const parameter of (operation.parameters as Loose[]).filter((p) => p.in === "path")) {
        const bad = await send(
          template.replace(`{${parameter.name}}`, "a%00b").replace(/\{(\w+)\}/g, (_, n) => pathValues[n]!),
        );
        expect(bad.status, `${template} ${parameter.name}`).toBe(404);
        expect((await problemOf(bad)).code).toBe("not-found");
      }

      for (const parameter of (operation.parameters as Loose[]).filter((p) => p.in === "query")) {
        const name: string = parameter.name;
        const schema = parameter.schema;
        const many = schema.type === "array";
        const item = many ? schema.items : schema;
        const query = (value: unknown) =>
          (Array.isArray(value) ? value : [value])
            .map((v) => `${name}=${encodeURIComponent(String(v))}`)
            .join("&");

        // Its examples: the valid one is accepted; the "no match" one is no error and finds nothing.
        await accepted(query(parameter.examples.valid.value));
        if (parameter.examples.noMatch) {
          const body = await accepted(query(parameter.examples.noMatch.value));
          if (isSearch) expect(JSON.parse(body).total, `${name} noMatch`).toBe(0);
        }

        // Enums: every value accepted; another refused in the reader's language, naming them all.
        if (item.enum) {
          for (const value of item.enum) await accepted(query(value));
          for (const locale of locales) {
            // lang itself cannot say which language to answer in: Accept-Language does.
            const language = name === "lang" ? "" : `&lang=${locale}`;
            const error = await refused(`${query("zz-unknown")}${language}`, name, "unknown-value", {
              "Accept-Language": locale,
            });
            expect(error.allowed).toEqual(item.enum);
            expect(error.message).toBe(
              translate(locale as Locale, "catalogue.query.unknownValue", {
                param: name,
                value: "zz-unknown",
                allowed: item.enum.join(", "),
              }),
            );
          }
        }
        // Bounds and formats.
        if (item.minimum !== undefined) {
          await refused(query(item.minimum - 1), name, "out-of-range");
          await refused(query(item.maximum + 1), name, "out-of-range");
          await refused(query("abc"), name, "out-of-range");
        }
        if (item.pattern === "^\\d{4}$") await refused(query("abc"), name, "not-a-year");
        if (item.maxLength !== undefined) {
          await refused(query("x".repeat(item.maxLength + 1)), name, "value-too-long");
          await refused(query("a\u0000b"), name, "control-character");
        }
        if (schema.maxItems !== undefined) {
          const values = Array.from(
            { length: schema.maxItems + 1 },
            (_, i) => item.enum?.[0] ?? String(2000 + i),
          );
          await refused(query(values), name, "too-many-values");
        }
        // Single-valued parameters (all but the facets and the text) take one value.
        if (!many && name !== "q")
          await refused(
            `${query(parameter.examples.valid.value)}&${query(parameter.examples.valid.value)}`,
            name,
            "repeated",
          );
        // Defaults: what the search runs without the parameter.
        if (isSearch && schema.default !== undefined) {
          const body = (await (await at("")).json()) as Loose;
          expect(body.query[name], `${name} default`).toBe(schema.default);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("checks an export's every parameter before its first byte", async () => {
    for (const path of ["/api/v1/projects.csv", "/api/v1/projects.360giving.json"]) {
      for (const query of [
        "status=a%00b",
        "source=nowhere",
        "amountBand=huge",
        "sort=drop",
        "pageSize=0",
        "lang=xx",
      ]) {
        const response = await send(`${path}?${query}`);
        expect(response.status, `${path}?${query}`).toBe(400);
        expect(response.headers.get("content-disposition")).toBeNull();
        await problemOf(response);
      }
    }
  });

  // PostgreSQL only: the first page of an export is made to run past its time limit by a lock held
  // in a second connection, which PGlite (one connection) cannot have.
  if (testBackend === "postgresql") {
    it("answers 503 with Retry-After, before the first byte, when PostgreSQL cancels an export", async () => {
      const [csv, giving] = await app.services.db.transaction(async (tx) => {
        await tx.execute(sql`lock table catalogue_project in access exclusive mode`);
        return Promise.all([
          send("/api/v1/projects.csv?source=archive", { headers: { "Accept-Language": "en" } }),
          send("/api/v1/projects.360giving.json?source=archive", { headers: { "Accept-Language": "en" } }),
        ]);
      });
      for (const response of [csv, giving]) {
        expect(response.status).toBe(503);
        expect(response.headers.get("retry-after")).toBe("5");
        expect(response.headers.get("content-disposition")).toBeNull();
        expect(await problemOf(response)).toMatchObject({
          code: "search-timed-out",
          detail: translate("en", "catalogue.search.timedOut"),
        });
      }
      expect((await send("/api/v1/projects.csv?source=archive")).status).toBe(200);
    });
  }
});
