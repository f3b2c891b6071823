import http from "node:http";
import zlib from "node:zlib";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samples } from "#domain/attachments/testing/make-zip.ts";
import type { ApiFacetValue, ApiSearchItem } from "#domain/catalogue/catalogue-api.ts";
import { catalogueCsvColumns } from "#domain/catalogue/catalogue-csv.ts";
import { catalogueFacets } from "#domain/catalogue/catalogue-query.ts";
import { parseCsv } from "#domain/catalogue/csv/parse-csv.ts";
import { insertSyntheticProjects } from "#domain/catalogue/synthetic/generate-projects.server.ts";
import {
  upsertCatalogueProject,
  upsertCatalogueProjects,
} from "#domain/catalogue/upsert-catalogue-project.server.ts";
import { translate } from "#domain/i18n/translate.ts";
import { fixtureProjects } from "#tests/fixtures/catalogue/fixture-projects.ts";
import { testBackend } from "../database.ts";
import {
  insertApplication,
  insertAttachment,
  insertOrganisation,
  insertUser,
  publishCase,
} from "../fixtures/fixtures.ts";
import { paths, startTestApp, type TestApp } from "./start-test-app.ts";

// The open-data API over a catalogue of the 24 fixture projects (archive), 80 synthetic ones and
// two published cases with photo files, through the real HTTP app.

let app: TestApp;
const photo = { projectId: "T2025-000901", attachmentId: "", otherAttachmentId: "" };

async function count(where: ReturnType<typeof sql>): Promise<number> {
  const result = (await app.services.db.execute(
    sql`select count(*)::int as n from catalogue_project where ${where}`,
  )) as unknown as { rows: { n: number }[] };
  return Number(result.rows[0]!.n);
}

/** A published case with two attachments, one of them a consented photo. */
async function insertCaseWithPhoto() {
  const db = app.services.db;
  const { attachmentsDir } = app.services.config;
  const user = await insertUser(db, { label: "grantee" });
  const organisationId = await insertOrganisation(db, user.id);
  const applicationId = await insertApplication(db, { organisationId, createdBy: user.id, status: "closed" });
  const file = (bytes: Uint8Array, mediaType: string, fileName: string) =>
    insertAttachment(db, attachmentsDir, { applicationId, uploadedBy: user.id, bytes, mediaType, fileName });
  photo.attachmentId = await file(samples.png(), "image/png", "photo.png");
  photo.otherAttachmentId = await file(samples.pdf(), "application/pdf", "budget.pdf");
  await publishCase(db, { applicationId, caseNumber: "T2025/000901", photoId: photo.attachmentId });
  // Another case's project naming the same attachment id: not its case's file, so never served.
  const otherApplication = await insertApplication(db, {
    organisationId,
    createdBy: user.id,
    status: "closed",
  });
  await publishCase(db, {
    applicationId: otherApplication,
    caseNumber: "T2025/000902",
    photoId: photo.attachmentId,
  });
}

beforeAll(async () => {
  app = await startTestApp();
  await upsertCatalogueProjects(
    app.services.db,
    fixtureProjects.map((p) => ({ ...p, source: p.source ?? "archive" })),
  );
  await insertSyntheticProjects(app.services.db, { count: 80, seed: "catalogue-api" });
  await insertCaseWithPhoto();
}, 120_000);
afterAll(async () => {
  await app?.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${app.url}${path}`, { headers });

// Answers of several shapes (search, project, errors, OpenAPI), read loosely: each test names
// the fields it expects.
// biome-ignore lint/suspicious/noExplicitAny: see above
type Loose = any;

async function getJson(path: string, headers: Record<string, string> = {}) {
  const response = await get(path, headers);
  return { response, body: (await response.json()) as Loose };
}

describe(`the open-data API (${testBackend})`, () => {
  it("finds exactly the projects its filters name, with every facet labelled", async () => {
    const { response, body } = await getJson(
      "/api/v1/projects?year=2019,2020&year=2021&source=synthetic,archive&pageSize=5&lang=en",
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const expected = await count(sql`year in (2019, 2020, 2021) and source in ('synthetic', 'archive')`);
    expect(expected).toBeGreaterThan(5);
    expect(body.total).toBe(expected);
    expect(body.items).toHaveLength(5);
    expect(body.pageCount).toBe(Math.ceil(expected / 5));
    expect(body.links.next).toContain("page=2");
    expect(body.licence).toEqual({
      name: "CC BY 4.0",
      url: "https://creativecommons.org/licenses/by/4.0/",
      attribution: "Norwegian Barents Secretariat / Barents Bridge",
    });
    for (const item of body.items) {
      expect([2019, 2020, 2021]).toContain(item.year);
      expect(item.links.self).toBe(`${app.url}/api/v1/projects/${item.id}`);
      expect(item.links.html).toBe(`${app.url}/en/projects/${item.id}`);
    }
    expect(Object.keys(body.facets).sort()).toEqual([...catalogueFacets].sort());
    const years = body.facets.year.filter((f: ApiFacetValue) => ["2019", "2020", "2021"].includes(f.value));
    expect(years.reduce((sum: number, f: ApiFacetValue) => sum + f.count, 0)).toBe(expected);
    expect(body.facets.source.find((f: ApiFacetValue) => f.value === "synthetic")).toMatchObject({
      label: "Synthetic sample data",
    });

    const finishedInRussia = await getJson("/api/v1/projects?partnerCountry=RU&status=finished");
    expect(finishedInRussia.body.total).toBe(
      await count(sql`'RU' = any(partner_countries) and status = 'finished'`),
    );
  });

  it("refuses bad paging and values with 400 problems and translated messages", async () => {
    for (const [query, param, code, key, params] of [
      ["pageSize=100000", "pageSize", "out-of-range", "catalogue.query.badPageSize", { max: 100 }],
      ["page=-1", "page", "out-of-range", "catalogue.query.badPage", { max: 500 }],
      ["year=abc", "year", "not-a-year", "catalogue.query.notAYear", { value: "abc" }],
      [
        "sort=drop",
        "sort",
        "unknown-value",
        "catalogue.query.unknownValue",
        { param: "sort", value: "drop", allowed: "relevance, newest, amount" },
      ],
    ] as const) {
      const nb = await getJson(`/api/v1/projects?${query}&lang=nb`);
      expect(nb.response.status, query).toBe(400);
      expect(nb.response.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
      expect(nb.body).toMatchObject({
        type: "about:blank",
        status: 400,
        code: "bad-parameters",
        title: translate("nb", "api.problem.badParameters"),
        detail: translate("nb", key, params),
      });
      expect(nb.body.errors).toMatchObject([{ param, code, message: translate("nb", key, params) }]);
      const ru = await getJson(`/api/v1/projects?${query}`, { "Accept-Language": "ru-RU,ru;q=0.9,en;q=0.5" });
      expect(ru.response.status, query).toBe(400);
      expect(ru.body.errors).toMatchObject([{ param, code, message: translate("ru", key, params) }]);
      // The exports refuse bad filters alike, and their order and paging parameters too.
      for (const path of ["/api/v1/projects.csv", "/api/v1/projects.360giving.json"]) {
        const refused = await getJson(`${path}?${query}`);
        expect(refused.response.status, `${path}?${query}`).toBe(400);
        expect(refused.body.errors).toMatchObject([{ param, code }]);
      }
    }
  });

  it("answers hostile and huge text with results, never with a change or markup", async () => {
    const before = await count(sql`true`);
    for (const q of [
      "'; drop table catalogue_project; --",
      "<script>alert(1)</script>",
      // Long, yet within the 8000 characters an address may have (longer: 414, api-conventions.test.ts).
      "x".repeat(5_000),
    ]) {
      const response = await get(`/api/v1/projects?q=${encodeURIComponent(q)}`);
      expect(response.status, q.slice(0, 20)).toBe(200);
      const text = await response.text();
      expect(text).not.toContain("<script>");
      const body = JSON.parse(text);
      expect(body.query.q.length).toBeLessThanOrEqual(200);
      if (q.startsWith("<")) expect(body.query.q).toBe(q);
    }
    // The fixture with markup in its title comes back as text, escaped in the JSON.
    const marked = await get("/api/v1/projects/F2021-011");
    const raw = await marked.text();
    expect(raw).not.toMatch(/<\/?(script|b)>/);
    expect(JSON.parse(raw).title.en).toContain("<script>");
    expect(await count(sql`true`)).toBe(before);
  });

  it("gives an empty result for unknown facet values", async () => {
    const { response, body } = await getJson("/api/v1/projects?programme=no-such-programme&county=atlantis");
    expect(response.status).toBe(200);
    expect(body.total).toBe(0);
    expect(body.items).toEqual([]);
  });

  it("serves one project by its id, and 404 for an unknown or malformed one", async () => {
    const { response, body } = await getJson("/api/v1/projects/F2005-001?lang=ru");
    expect(response.status).toBe(200);
    expect(body).toMatchObject({
      id: "F2005-001",
      caseNumber: "F2005/001",
      source: "archive",
      year: 2005,
      amountNok: 49_999,
      county: "no-finnmark",
      links: { html: `${app.url}/ru/projects/F2005-001` },
    });
    expect(body.partners[0]).toMatchObject({ country: "RU", region: "ru-murmansk" });
    for (const id of ["F1999-999", "x".repeat(500), "%00", "..%2F..%2Fetc"]) {
      const missing = await getJson(`/api/v1/projects/${id}`, { "Accept-Language": "en" });
      expect(missing.response.status, id.slice(0, 20)).toBe(404);
      expect(missing.response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(missing.body).toMatchObject({
        status: 404,
        code: "not-found",
        title: translate("en", "api.problem.notFound"),
        detail: translate("en", "openData.api.notFound"),
      });
    }
  });

  it("streams the whole result of a search as CSV", async () => {
    const filters = "year=2015,2016,2017,2018,2019&source=synthetic,archive";
    const search = await getJson(`/api/v1/projects?${filters}&pageSize=100`);
    expect(search.body.total).toBeGreaterThan(0);
    expect(search.body.total).toBeLessThanOrEqual(100);
    // Paging is ignored by the export: the page and page size of the search URL do not limit it.
    const response = await get(`/api/v1/projects.csv?${filters}&pageSize=1&page=3`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toMatch(
      /attachment; filename="barents-projects-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = parseCsv(new TextDecoder().decode(bytes));
    expect(parsed.fatal).toBeUndefined();
    const [header, ...rows] = parsed.records;
    expect(header!.fields).toEqual(catalogueCsvColumns.map((c) => c.name));
    const ids = rows.map((r) => r.fields[0]);
    expect(ids).toEqual(search.body.items.map((i: ApiSearchItem) => i.id).sort());
  });

  it("exports a 360Giving package with one grant per match", async () => {
    const filters = "status=ongoing&source=synthetic";
    const search = await getJson(`/api/v1/projects?${filters}`);
    const response = await get(`/api/v1/projects.360giving.json?${filters}`);
    expect(response.status).toBe(200);
    const body = JSON.parse(await response.text());
    expect(body.grants).toHaveLength(search.body.total);
    expect(search.body.total).toBeGreaterThan(0);
    for (const grant of body.grants) {
      expect(grant.id).toMatch(/^360G-barentsbridge-S\d{4}-\d{6}$/);
      expect(grant.currency).toBe("NOK");
    }
    const empty = JSON.parse(await (await get("/api/v1/projects.360giving.json?programme=none")).text());
    expect(empty).toEqual({ grants: [] });
  });

  it("describes itself in OpenAPI 3.1", async () => {
    const { response, body } = await getJson("/api/v1/openapi.json");
    expect(response.status).toBe(200);
    expect(body.openapi).toMatch(/^3\.1\./);
    expect(body.servers[0].url).toBe(app.url);
    for (const path of [
      "/api/v1/projects",
      "/api/v1/projects/{id}",
      "/api/v1/projects.csv",
      "/api/v1/projects.360giving.json",
      "/api/v1/projects/{id}/photos/{attachmentId}",
      "/api/v1/openapi.json",
    ])
      expect(body.paths[path]?.get, path).toBeDefined();
  });

  it("answers a repeated request with 304, until the catalogue changes", async () => {
    for (const path of paths(`
      /api/v1/projects?theme=culture-sport
      /api/v1/projects.csv?theme=culture-sport
      /api/v1/projects.360giving.json?theme=culture-sport
      /api/v1/projects/F2005-001
      /api/v1/openapi.json
    `)) {
      const first = await get(path);
      await first.arrayBuffer();
      const etag = first.headers.get("etag");
      expect(etag, path).toBeTruthy();
      expect(first.headers.get("cache-control"), path).toMatch(/public, max-age=\d+/);
      const again = await get(path, { "If-None-Match": etag! });
      expect(again.status, path).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("etag")).toBe(etag);
    }
    const tags = async () =>
      Promise.all(
        ["/api/v1/projects?theme=culture-sport", "/api/v1/projects.csv?theme=culture-sport"].map(
          async (p) => {
            const response = await get(p);
            await response.arrayBuffer();
            return response.headers.get("etag");
          },
        ),
      );
    const before = await tags();
    await upsertCatalogueProject(app.services.db, {
      ...fixtureProjects[0]!,
      source: "archive",
      caseNumber: "N2026/000001",
      priorityArea: "culture-sport",
    });
    const after = await tags();
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    const stale = await get("/api/v1/projects.csv?theme=culture-sport", { "If-None-Match": before[1]! });
    expect(stale.status).toBe(200);
    expect(await stale.text()).toContain("N2026-000001");
  });

  it("sends a search compressed the way the client accepts, the same JSON as sent plain", async () => {
    // node:http, not fetch: fetch would undo the compression before the test could see it.
    const raw = (path: string, acceptEncoding: string) =>
      new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http
          .get(`${app.url}${path}`, { headers: { "accept-encoding": acceptEncoding } }, (response) => {
            const chunks: Buffer[] = [];
            response.on("data", (chunk: Buffer) => chunks.push(chunk));
            response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
          })
          .on("error", reject);
      });
    const path = "/api/v1/projects?q=Murmansk&lang=nb";
    const plain = await raw(path, "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const json = JSON.parse(plain.body.toString("utf8")) as { total: number };
    expect(json.total).toBeGreaterThan(0);

    const br = await raw(path, "gzip, deflate, br");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    expect(zlib.brotliDecompressSync(br.body).toString("utf8")).toBe(plain.body.toString("utf8"));
    expect(br.headers.vary).toMatch(/Accept-Language/);
    expect(br.headers.vary).toMatch(/Accept-Encoding/);
    expect(br.headers.etag).toBe(plain.headers.etag);

    const gzip = await raw(path, "br;q=0, gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gzip.body).toString("utf8")).toBe(plain.body.toString("utf8"));
    expect((await raw(path, "gzip;q=0, deflate")).headers["content-encoding"]).toBeUndefined();
  });

  // PostgreSQL only: a search is made to run past its time limit by a lock held in a second
  // connection, which PGlite (one connection) cannot have; there the bounds on the input are what
  // limit the work (exports.test.ts, "bounded work").
  if (testBackend === "postgresql") {
    it("answers 503 with Retry-After (and the page a warning) when PostgreSQL cancels a search, and runs it again next time", async () => {
      const path = "/api/v1/projects?year=2019&sort=amount&lang=ru";
      const [blocked, page] = await app.services.db.transaction(async (tx) => {
        await tx.execute(sql`lock table catalogue_project in access exclusive mode`);
        return Promise.all([
          fetch(`${app.url}${path}`),
          fetch(`${app.url}/en/projects?year=2019&sort=newest`),
        ]);
      });
      // The search page says so in the reader's language instead of showing an empty result.
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain(translate("en", "catalogue.search.timedOut"));
      expect(html).not.toContain(translate("en", "projects.results.none"));
      expect(blocked.status).toBe(503);
      expect(blocked.headers.get("retry-after")).toBe("5");
      expect(blocked.headers.get("cache-control")).toBe("no-store");
      expect(blocked.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      const body = (await blocked.json()) as { code: string; detail: string };
      expect(body).toMatchObject({
        code: "search-timed-out",
        detail: translate("ru", "catalogue.search.timedOut"),
      });

      const again = await fetch(`${app.url}${path}`);
      expect(again.status).toBe(200);
      const expected = await count(sql`year = 2019`);
      expect(expected).toBeGreaterThan(1);
      expect(((await again.json()) as { total: number }).total).toBe(expected);
    });
  }

  it("serves a consented photo, and nothing else", async () => {
    const project = await getJson(`/api/v1/projects/${photo.projectId}`);
    expect(project.body.photos).toEqual([
      {
        url: `${app.url}/api/v1/projects/${photo.projectId}/photos/${photo.attachmentId}`,
        alt: { en: "Two choirs on a stage" },
      },
    ]);
    const response = await get(`/api/v1/projects/${photo.projectId}/photos/${photo.attachmentId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toMatch(/^public/);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(samples.png());
    const etag = response.headers.get("etag")!;
    expect(
      (
        await get(`/api/v1/projects/${photo.projectId}/photos/${photo.attachmentId}`, {
          "If-None-Match": etag,
        })
      ).status,
    ).toBe(304);

    for (const path of [
      // Another attachment of the same case (not a consented photo).
      `/api/v1/projects/${photo.projectId}/photos/${photo.otherAttachmentId}`,
      // A project that names the photo but is not its case.
      `/api/v1/projects/T2025-000902/photos/${photo.attachmentId}`,
      // A project without photos, and one that does not exist.
      `/api/v1/projects/F2005-001/photos/${photo.attachmentId}`,
      `/api/v1/projects/nothing/photos/${photo.attachmentId}`,
      `/api/v1/projects/${photo.projectId}/photos/..%2F..%2Fsecret`,
    ]) {
      const refused = await get(path);
      expect(refused.status, path).toBe(404);
      expect(refused.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    }
  });
});

describe(`the open-data page (${testBackend})`, () => {
  for (const [locale, heading] of [
    ["nb", "Åpne data"],
    ["en", "Open data"],
    ["ru", "Открытые данные"],
  ] as const) {
    it(`explains the API in ${locale}`, async () => {
      const response = await get(`/${locale}/open-data`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain(heading);
      expect(html).toContain("Norwegian Barents Secretariat / Barents Bridge");
      expect(html).toContain("https://creativecommons.org/licenses/by/4.0/");
      expect(html).toContain("source=case,archive");
      expect(html).toContain(`href="/api/v1/projects?source=archive&amp;source=case&amp;lang=${locale}"`);
      for (const column of catalogueCsvColumns) expect(html).toContain(`<code>${column.name}</code>`);
      for (const facet of catalogueFacets) expect(html).toContain(`<code>${facet}</code>`);
      expect(html).toContain(translate(locale, "openData.column.amount_nok"));
    });
  }
});
