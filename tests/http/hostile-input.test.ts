import crypto from "node:crypto";
import http from "node:http";
import v8 from "node:v8";
import vm from "node:vm";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calls, catalogueProjects, members, organizations, programmes, users } from "#db/schema.ts";
import { seedApplication } from "#domain/applications/testing/application-fixture.ts";
import { demoAccounts } from "#domain/demo/demo-accounts.ts";
import { createMeeting } from "#domain/meetings/create-meeting.server.ts";
import { seedCase } from "#domain/meetings/testing/decision-fixture.ts";
import { testBackend } from "../database.ts";
import { loginCookie } from "../fixtures/fixtures.ts";
import { type RouteEntry, routeTable, urlFor } from "../route-table.ts";
import { startTestApp, type TestApp } from "./start-test-app.ts";

// Issue #13, point 8: every route of app/routes.ts (through tests/route-table.ts, so a new route is
// covered without touching this file), every method, a corpus of bodies, headers, paths and query
// strings a stranger may send, anonymous and as each demo role, with real ids from the data so the
// actions are reached, and junk ids. What must hold: no 5xx, no dropped connection, the server
// still answers /healthz, its memory stays bounded, and nothing in the database changes for a
// request that was refused.

let app: TestApp;
const identities: { name: string; cookie?: string; email?: string }[] = [{ name: "anonymous" }];
/** Route parameters that name real rows, so the loaders and actions behind them run for real. */
const real: Record<string, string> = {};
/** A sent case (the case pages); the application pages get the applicant's draft. */
let caseId = "";

beforeAll(async () => {
  app = await startTestApp({ DEMO_PROJECTS: "2" });
  const db = app.services.db;
  const demoApplicant = (await db.select().from(users)).find((u) => u.email === "applicant@example.org")!;
  const draft = await seedApplication(db);
  const sent = await seedCase(db, "in_assessment");
  for (const organisationId of [draft.organisationId, sent.organisationId])
    await db.insert(members).values({
      id: crypto.randomUUID(),
      organizationId: organisationId,
      userId: demoApplicant.id,
      role: "member",
    });
  caseId = sent.applicationId;
  const manager = (await db.select().from(users)).find((u) => u.role === "programme_manager")!;
  const [programme] = await db.select({ id: programmes.id }).from(programmes).limit(1);
  const meeting = await createMeeting(db, {
    kind: "secretariat",
    programmeId: programme!.id,
    heldOn: "2030-01-15",
    budgetNok: 1_000_000,
    createdBy: manager.id,
    now: new Date(),
  });
  if (!meeting.ok) throw new Error("fixture: no meeting");
  const [call] = await db.select({ id: calls.id }).from(calls).limit(1);
  const [organisation] = await db.select({ id: organizations.id }).from(organizations).limit(1);
  const [project] = await db.select({ id: catalogueProjects.id }).from(catalogueProjects).limit(1);
  Object.assign(real, {
    applicationId: draft.applicationId,
    programmeId: programme!.id,
    callId: call!.id,
    meetingId: meeting.id,
    organisationId: organisation!.id,
    projectId: project!.id,
    step: "project",
    versionNumber: "1",
    format: "csv",
  });
  for (const account of demoAccounts)
    identities.push({
      name: account.role,
      email: account.email,
      cookie: await loginCookie(app, account.email),
    });
}, 120_000);

afterAll(async () => {
  agent.destroy();
  await app?.close();
});

// ---------------------------------------------------------------------------------------------
// Sending: node:http, not fetch, so paths go out exactly as written (fetch would normalise `..`
// and re-encode), bodies may be chunked without a Content-Length, and a GET may carry a body.

interface Probe {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** Send the body in pieces without a Content-Length (Transfer-Encoding: chunked). */
  chunked?: boolean;
  label: string;
}

interface Outcome {
  probe: Probe;
  status?: number;
  /** The connection broke before an answer came (reset, hang-up, time-out). */
  dropped?: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

function send(probe: Probe): Promise<Outcome> {
  const { port } = new URL(app.url);
  return new Promise((resolve) => {
    let status: number | undefined;
    let settled = false;
    const settle = (outcome: Omit<Outcome, "probe">) => {
      if (settled) return;
      settled = true;
      resolve({ probe, ...outcome });
    };
    const body = typeof probe.body === "string" ? Buffer.from(probe.body, "utf8") : probe.body;
    const headers: Record<string, string> = { ...probe.headers };
    if (body && !probe.chunked) headers["content-length"] = String(body.length);
    const request = http.request(
      { host: "127.0.0.1", port, method: probe.method, path: probe.path, headers, agent, timeout: 60_000 },
      (response) => {
        status = response.statusCode;
        response.on("data", () => {});
        response.on("end", () => settle({ status }));
        response.on("error", (error) => settle(status ? { status } : { dropped: error.message }));
      },
    );
    // A server may answer 413 and close while the client still writes: the answer counts.
    request.on("error", (error) => settle(status ? { status } : { dropped: error.message }));
    request.on("timeout", () => {
      request.destroy(new Error("no answer within 60 s"));
    });
    if (body && probe.chunked) {
      const piece = 64 * 1024;
      for (let offset = 0; offset < body.length; offset += piece)
        request.write(body.subarray(offset, offset + piece));
    } else if (body) request.write(body);
    request.end();
  });
}

async function sendAll(probes: Probe[], concurrency = 4): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(probes.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < probes.length) {
        const index = next++;
        outcomes[index] = await send(probes[index]!);
      }
    }),
  );
  return outcomes;
}

// ---------------------------------------------------------------------------------------------
// The corpus.

const form = "application/x-www-form-urlencoded";
const random = (n: number) => crypto.randomBytes(n);
const deepDots = `a${".b".repeat(5000)}=1`;
const deepBrackets = `a${"[0]".repeat(3000)}=1`;

/** Bodies a stranger may post to a form: [label, content type or none, body, chunked]. */
const bodies: [string, string | undefined, Buffer | string, boolean?][] = [
  ["huge list index", form, "items[99999999].name=x"],
  ["huge index, budget", form, "budget.lines[99999999].amount=1&intent=save"],
  ["negative index", form, "items[-1].name=x"],
  ["exponent index", form, "items[1e9].name=x"],
  ["empty index", form, "items[].name=x"],
  [
    "JSON body",
    "application/json",
    JSON.stringify({ email: "a@example.org", intent: "save", items: [1, 2] }),
  ],
  ["JSON labelled as form", form, '{"intent":"save"}'],
  ["XML body", "application/xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'],
  ["binary body", "application/octet-stream", random(4096)],
  ["binary labelled as form", form, random(4096)],
  ["text/plain", "text/plain", "intent=save"],
  [
    "multipart on a form",
    "multipart/form-data; boundary=xyz",
    '--xyz\r\nContent-Disposition: form-data; name="intent"\r\n\r\nsave\r\n--xyz--\r\n',
  ],
  ["broken multipart", "multipart/form-data; boundary=", "--\r\n\r\nnot multipart at all"],
  ["encoded NUL", form, "intent=save&name=a%00b&email=x%00@example.org"],
  ["raw NUL", form, "intent=save&name=a\0b"],
  ["NUL in name", form, "na%00me=1"],
  ["names nested with dots", form, deepDots],
  ["names nested with brackets", form, deepBrackets],
  ["prototype names", form, "__proto__.polluted=1&constructor.prototype.polluted=1&intent=save"],
  ["malformed names", form, "a[x]=1&a..b=2&[0]=3&a]=4&.=5"],
  ["long name", form, `${"n".repeat(10_000)}=1`],
  ["a field of 1.2 MB", form, `intent=save&name=${"x".repeat(1_200_000)}`],
  ["5 MB without a length", form, `name=${"x".repeat(5_000_000)}`, true],
  ["300 kB, chunked", form, `name=${"x".repeat(300_000)}`, true],
  ["CR/LF in redirectTo", form, "redirectTo=%0d%0aLocation:%20https://evil.example&email=x&password=y"],
  ["tab in redirectTo", form, "redirectTo=/%09/evil.example&intent=save"],
  ["bad percent-encoding", form, "intent=%zz&name=%E0%A4&q=%"],
  ["escapes that are not UTF-8", form, "name=%C3%28&title=%ED%A0%80"],
  ["Latin-1 bytes", `${form}; charset=iso-8859-1`, Buffer.from("name=bl\xe5b\xe6r", "latin1")],
  ["charset parameter", `${form}; charset=UTF-8`, "intent=no-such-intent&name=Ok"],
  ["empty body", form, ""],
  ["no content type", undefined, "intent=save"],
  ["duplicate fields", form, "intent=a&intent=b&email=x&email=y&name=1&name=2&id=1&id=2"],
  ["60 000 tiny fields", form, "a=&".repeat(60_000)],
  ["2 001 fields", form, Array.from({ length: 2001 }, (_, i) => `f${i}=1`).join("&")],
  ["gzip labelled as form", form, random(512)],
];

const everyRoleBodies = new Set([
  "huge list index",
  "huge index, budget",
  "JSON body",
  "binary labelled as form",
  "multipart on a form",
  "encoded NUL",
  "names nested with dots",
  "prototype names",
  "malformed names",
  "CR/LF in redirectTo",
  "bad percent-encoding",
  "charset parameter",
  "empty body",
  "duplicate fields",
  "2 001 fields",
]);

const bodyBytes = new Map(
  bodies.map(([label, , body]) => [label, typeof body === "string" ? Buffer.from(body) : body]),
);

/** Bodies for the methods no form uses. */
const otherMethodBodies: [string, string | undefined, string][] = [
  ["form", form, "intent=save&name=x"],
  ["JSON", "application/json", '{"intent":"save"}'],
];

const queries: [string, string][] = [
  ["NUL in query", "?%00=%00&q=a%00b&status=a%00b"],
  ["bad escapes in query", "?q=%zz&page=%C3%28&lang=%"],
  ["CR/LF in redirectTo", "?redirectTo=%0d%0aSet-Cookie:%20x=1"],
  ["repeated parameters", `?${"page=1&".repeat(300)}status=a&status=b`],
  ["huge query", `?q=${"x".repeat(7000)}`],
  ["absurd values", "?sort=;drop&lang=xx&from=2024-13-45&page=-5&pageSize=99999999999999999999&year=abc"],
  ["structured names", "?a[99999999]=1&__proto__[x]=1&constructor.prototype=1"],
];

/** Headers on a plain GET: [label, headers]. */
const headerCases: [string, Record<string, string>, string?][] = [
  ["huge cookie", { cookie: `junk=${"x".repeat(12_000)}` }],
  ["cookie beyond the header limit", { cookie: `junk=${"x".repeat(20_000)}` }],
  ["forged session cookie", { cookie: "better-auth.session_token=%E0%A4%A; bb_notice=%zz; =;;" }],
  ["bad Accept-Language", { "accept-language": `;;;q=,xx-YY;q=abc,*;q=2,${"a".repeat(500)}` }],
  ["bogus Host", { host: "evil.example" }],
  ["JSON Accept", { accept: "application/json" }],
  [
    "bogus conditional and range",
    { "if-none-match": '"%00", W/"\u00ff', "if-modified-since": "yesterday", range: "bytes=9-1,x" },
  ],
  ["a body on GET", { "content-type": "application/json" }, '{"a":1}'],
];

/** Cross-site attempts on a form: each must be refused before the action runs. */
const crossSite: [string, Record<string, string>][] = [
  ["bogus Origin", { origin: "https://evil.example" }],
  ["Origin null", { origin: "null" }],
  ["Origin not a URL", { origin: "::not a url::" }],
  ["Sec-Fetch-Site cross-site", { "sec-fetch-site": "cross-site" }],
];

/** Values for a route parameter that name nothing, or try to escape. */
const junkValues = ["%00", "..%2F..%2Fetc%2Fpasswd", "a".repeat(1000), "%zz", "%C3%28", "'%20or%201=1--"];

/** Paths no route names, sent once as every method. */
const strayPaths = [
  "/en/%00",
  "/en/..%2f..%2fetc%2fpasswd",
  "/en/../../etc/passwd",
  "/%2e%2e/%2e%2e/etc/passwd",
  `/en/${"a".repeat(8000)}`,
  "/en/%zz",
  "/en/%C3%28",
  "//evil.example/",
  "/en//login",
  "/en/login/",
  "/en/login%2f..",
  "/\\evil.example",
  "/en/login;jsessionid=x",
  "/xx/login",
  "/EN/login",
  "/%00/login",
  "/api/v1/projects/%00",
  "/api/v1/%zz",
  "/api/auth/%00",
  `/api/auth/${"a".repeat(5000)}`,
  "/healthz/%00",
  "/assets/%00",
  "/assets/..%2f..%2fpackage.json",
];

const unsafeMethods = ["POST", "PUT", "DELETE", "PATCH"];

/** Better Auth's endpoints are not in app/routes.ts; they read JSON bodies themselves. */
const authPaths = [
  "/api/auth/sign-in/email",
  "/api/auth/sign-up/email",
  "/api/auth/sign-out",
  "/api/auth/no-such-endpoint",
];
const json = "application/json";
const authBodies: [string, string | undefined, Buffer | string][] = [
  ...bodies.map(
    ([label, type, body]) => [label, type, body] as [string, string | undefined, Buffer | string],
  ),
  ["malformed JSON", json, '{"email": "a@example.org", '],
  ["JSON array", json, "[1,2,3]"],
  ["JSON nested 10 000 deep", json, `${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`],
  ["NUL in JSON", json, '{"email":"a\\u0000@example.org","password":"x","name":"a\\u0000b"}'],
  ["20 kB of JSON", json, JSON.stringify({ name: "x".repeat(20_000) })],
  ["JSON not UTF-8", json, Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])],
  ["JSON with charset", `${json}; charset=utf-8`, '{"email":"not-an-address"}'],
];

// ---------------------------------------------------------------------------------------------
// What a route gets.

let actionRoutes: Set<string> | undefined;
/** Which routes have an action, as the build says: the full body corpus goes to those. */
async function routesWithAction(): Promise<Set<string>> {
  if (actionRoutes) return actionRoutes;
  const { pathToFileURL } = await import("node:url");
  const path = await import("node:path");
  const build = (await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as {
    routes: Record<string, { module: { action?: unknown } }>;
  };
  actionRoutes = new Set(
    Object.entries(build.routes)
      .filter(([, r]) => r.module.action)
      .map(([id]) => id),
  );
  return actionRoutes;
}

const isApi = (route: RouteEntry) => route.pattern.startsWith("/api/");

function paramsOf(route: RouteEntry): Record<string, string> {
  const values = { ...real };
  if (route.pattern.startsWith("/:lang/cases/")) values.applicationId = caseId;
  return values;
}

function probesFor(
  route: RouteEntry,
  hasAction: boolean,
  cookie: string | undefined,
  everyQueryAndHeader: boolean,
): Probe[] {
  const lang = ["en", "nb", "ru"][route.pattern.length % 3]!;
  const url = urlFor(route.pattern, lang, paramsOf(route));
  const who: Record<string, string> = cookie ? { cookie } : {};
  const sameOrigin = { ...who, origin: app.url };
  const probes: Probe[] = [
    { method: "GET", path: url, headers: who, label: "GET" },
    { method: "HEAD", path: url, headers: who, label: "HEAD" },
  ];
  for (const [label, query] of everyQueryAndHeader ? queries : queries.slice(0, 2))
    probes.push({ method: "GET", path: `${url}${query}`, headers: who, label: `GET, ${label}` });
  for (const [label, headers, body] of everyQueryAndHeader ? headerCases : [])
    probes.push({ method: "GET", path: url, headers: { ...who, ...headers }, body, label: `GET, ${label}` });

  // Every body anonymous and as the administrator; for the other roles the ones that reach a
  // different rule (the megabytes and the 60 000 fields are read the same way whoever sends them).
  const postBodies = hasAction
    ? bodies.filter(([label]) => everyQueryAndHeader || everyRoleBodies.has(label))
    : bodies.filter(
        ([label]) =>
          /index|JSON body|NUL in name/.test(label) || (everyQueryAndHeader && /1.2 MB/.test(label)),
      );
  for (const [label, type, , chunked] of postBodies)
    probes.push({
      method: "POST",
      path: url,
      headers: {
        ...sameOrigin,
        ...(type ? { "content-type": type } : {}),
        ...(label.startsWith("gzip") ? { "content-encoding": "gzip" } : {}),
      },
      body: bodyBytes.get(label),
      chunked,
      label: `POST, ${label}`,
    });
  for (const [label, headers] of everyQueryAndHeader ? crossSite : crossSite.slice(0, 1))
    probes.push({
      method: "POST",
      path: url,
      headers: { ...who, ...headers, "content-type": form },
      body: "intent=save",
      label: `POST, ${label}`,
    });
  for (const method of unsafeMethods.slice(1))
    for (const [label, type, body] of everyQueryAndHeader ? otherMethodBodies : otherMethodBodies.slice(0, 1))
      probes.push({
        method,
        path: url,
        headers: { ...sameOrigin, ...(type ? { "content-type": type } : {}) },
        body,
        label: `${method}, ${label}`,
      });

  // Junk in each parameter (the language too), one at a time.
  const names = [...route.pattern.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  for (const name of names) {
    const junk = (name === "lang" ? ["xx", "%00", "EN", "..%2Fen"] : junkValues).slice(
      0,
      everyQueryAndHeader ? undefined : 3,
    );
    for (const value of junk) {
      const path = urlFor(route.pattern, lang, { ...paramsOf(route), [name]: "JUNK" }).replace(/JUNK/, value);
      probes.push({ method: "GET", path, headers: who, label: `GET, :${name}=${value.slice(0, 12)}` });
      if (hasAction)
        probes.push({
          method: "POST",
          path,
          headers: { ...sameOrigin, "content-type": form },
          body: "intent=save",
          label: `POST, :${name}=${value.slice(0, 12)}`,
        });
    }
  }
  return probes;
}

/**
 * The heap that stays after a full collection: what the requests left behind, not garbage not
 * yet collected. The app runs in this process (start-test-app), so this is the server's memory.
 */
function retainedHeap(): number {
  v8.setFlagsFromString("--expose-gc");
  (vm.runInNewContext("gc") as () => void)();
  return process.memoryUsage().heapUsed;
}

// ---------------------------------------------------------------------------------------------
// The database's fingerprint: every table's row count and a hash of its rows.

/**
 * Tables a request may write although it is refused, or that any request writes: Better Auth's
 * sessions (it refreshes a session's expiry as it is used, and logging out deletes one) and its
 * rate-limit counters (every call to /api/auth/* counts, refused or not).
 */
const writtenByAnyRequest = new Set(["session", "rate_limit"]);

let tableNames: string[] | undefined;
async function fingerprint(): Promise<Record<string, string>> {
  const db = app.services.db;
  if (!tableNames) {
    const result = (await db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    )) as unknown as { rows: { table_name: string }[] };
    tableNames = result.rows.map((r) => r.table_name).filter((name) => !writtenByAnyRequest.has(name));
  }
  const query = tableNames
    .map(
      (name) =>
        `select '${name}' as name, count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as print from "${name}" t`,
    )
    .join(" union all ");
  const result = (await db.execute(sql.raw(query))) as unknown as { rows: { name: string; print: string }[] };
  return Object.fromEntries(result.rows.map((r) => [r.name, r.print]));
}

function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]);
}

// ---------------------------------------------------------------------------------------------

describe(`hostile input over every route (${testBackend})`, () => {
  it("answers everything with less than 500, keeps its connections, memory and data", async () => {
    const started = Date.now();
    const withAction = await routesWithAction();
    const tally = new Map<string, number>();
    const failures: string[] = [];
    const accepted: string[] = [];
    let tried = 0;
    const timings: string[] = [];
    const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);

    const record = (who: string, outcomes: Outcome[]) => {
      for (const { probe, status, dropped } of outcomes) {
        tried += 1;
        const what = `${who} ${probe.label} ${probe.method} ${probe.path.slice(0, 120)}`;
        if (dropped) {
          count("dropped");
          failures.push(`${what}: connection dropped (${dropped})`);
        } else if (status! >= 500) {
          count(String(status));
          failures.push(`${what}: ${status}`);
        } else count(String(status));
      }
    };

    // Warm up (first renders compile and cache), then measure memory from there.
    await sendAll(
      routeTable
        .slice(0, 5)
        .map((r) => ({ method: "GET", path: urlFor(r.pattern, "en", real), label: "warm" })),
    );
    const heapBefore = retainedHeap();
    const memoryBefore = process.memoryUsage();
    let peakRss = memoryBefore.rss;
    let peakHeap = memoryBefore.heapUsed;

    // Paths no route names, every method, anonymous and logged in.
    for (const identity of [identities[0]!, identities.at(-1)!]) {
      const probes = strayPaths.flatMap((path) =>
        ["GET", "HEAD", ...unsafeMethods].map((method) => ({
          method,
          path,
          headers: {
            ...(identity.cookie ? { cookie: identity.cookie } : {}),
            ...(method === "GET" || method === "HEAD" ? {} : { origin: app.url, "content-type": form }),
          },
          body: method === "GET" || method === "HEAD" ? undefined : "intent=save",
          label: `${method} stray path`,
        })),
      );
      const before = await fingerprint();
      record(identity.name, await sendAll(probes));
      const changed = changedTables(before, await fingerprint());
      if (changed.length > 0) failures.push(`${identity.name} stray paths changed ${changed.join(", ")}`);
    }

    // Better Auth's endpoints, with every body, anonymous and logged in.
    for (const identity of [identities[0]!, identities.at(-1)!]) {
      const probes = authPaths.flatMap((path) =>
        authBodies.map(([label, type, body]) => ({
          method: "POST",
          path,
          headers: {
            ...(identity.cookie ? { cookie: identity.cookie } : {}),
            origin: app.url,
            ...(type ? { "content-type": type } : {}),
          },
          body,
          chunked: label.includes("without a length"),
          label: `POST ${label}`,
        })),
      );
      // Signing out is no refusal: that identity's requests go last, and sign-out then too.
      probes.sort((a, b) => Number(a.path.endsWith("sign-out")) - Number(b.path.endsWith("sign-out")));
      const before = await fingerprint();
      const outcomes = await sendAll(probes);
      record(identity.name, outcomes);
      const changed = changedTables(before, await fingerprint());
      const passed = outcomes.filter((o) => o.status !== undefined && o.status < 400);
      if (changed.length > 0 && passed.length === 0)
        failures.push(`${identity.name} Better Auth: refused requests changed ${changed.join(", ")}`);
    }
    // The administrator's session ended with sign-out above: a new one for the routes below.
    identities.at(-1)!.cookie = await loginCookie(app, identities.at(-1)!.email!);

    let last = await fingerprint();
    // Logging out ends the identity's session: that route goes last for each identity.
    const routes = [...routeTable].sort(
      (a, b) => Number(a.id === "routes/logout") - Number(b.id === "routes/logout"),
    );
    for (const identity of identities) {
      const since = Date.now();
      const triedBefore = tried;
      for (const route of routes) {
        // The open-data API reads no cookie: one pass, anonymous, is enough.
        if (isApi(route) && identity.cookie) continue;
        // Queries and headers are read alike for every role: all of them anonymous and as the
        // administrator (who may open every page), the NUL and bad escapes for the other roles.
        const everyQueryAndHeader = !identity.cookie || identity.name === "administrator";
        const probes = probesFor(route, withAction.has(route.id), identity.cookie, everyQueryAndHeader);
        const safe = probes.filter((p) => p.method === "GET" || p.method === "HEAD");
        const unsafe = probes.filter((p) => !(p.method === "GET" || p.method === "HEAD"));
        record(identity.name, await sendAll(safe));
        const outcomes = await sendAll(unsafe);
        record(identity.name, outcomes);
        // Compared with the fingerprint after the route before: a GET must change nothing either.
        const now = await fingerprint();
        const changed = changedTables(last, now);
        last = now;
        const passed = outcomes.filter((o) => o.status !== undefined && o.status < 400);
        if (changed.length > 0 && passed.length === 0)
          failures.push(`${identity.name} ${route.pattern}: refused requests changed ${changed.join(", ")}`);
        else if (changed.length > 0)
          accepted.push(
            `${identity.name} ${route.pattern}: ${changed.join(", ")}, after ${passed.length} accepted (${passed
              .slice(0, 3)
              .map((o) => `${o.probe.label} -> ${o.status}`)
              .join("; ")}${passed.length > 3 ? "; ..." : ""})`,
          );
        const memory = process.memoryUsage();
        peakRss = Math.max(peakRss, memory.rss);
        peakHeap = Math.max(peakHeap, memory.heapUsed);
      }
      timings.push(`${identity.name} ${tried - triedBefore} in ${Math.round((Date.now() - since) / 1000)} s`);
    }
    const health = await send({ method: "GET", path: "/healthz", label: "health" });
    const memoryAfter = process.memoryUsage();
    const heapAfter = retainedHeap();
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    const statuses = [...tally.entries()].sort(([a], [b]) => a.localeCompare(b));
    const refused = statuses.filter(([s]) => s >= "400" && s < "500").reduce((sum, [, n]) => sum + n, 0);
    process.stdout.write(
      [
        `hostile input (${testBackend}): ${tried} requests over ${routeTable.length} routes and ${identities.length} identities in ${Math.round((Date.now() - started) / 1000)} s`,
        `  refused (4xx): ${refused}; by status: ${statuses.map(([s, n]) => `${s}: ${n}`).join(", ")}`,
        `  failed (5xx or dropped): ${failures.length}`,
        `  by identity: ${timings.join(", ")}`,
        `  memory: rss ${mb(memoryBefore.rss)} -> ${mb(memoryAfter.rss)} (peak ${mb(peakRss)}); heap peak ${mb(peakHeap)}, retained after a full collection ${mb(heapBefore)} -> ${mb(heapAfter)}`,
        `  accepted requests that changed data (not refusals): ${accepted.length}`,
        ...accepted.map((line) => `    ${line}`),
        ...failures.slice(0, 60).map((line) => `  FAILED ${line}`),
        "",
      ].join("\n"),
    );
    expect(failures).toEqual([]);
    expect(health.status).toBe(200);
    // The issue's index bomb grew the heap by gigabytes before the process died.
    expect(peakHeap - memoryBefore.heapUsed).toBeLessThan(768 * 1024 * 1024);
    expect(heapAfter - heapBefore).toBeLessThan(128 * 1024 * 1024);
  }, 900_000);
});
