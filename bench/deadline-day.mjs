// Deadline-day benchmark: 500 complete drafts sent by 500 different users, 50 at a time, on a fresh
// PostgreSQL database; then the same rows written by plain SQL in the same run, at the same
// concurrency, as the baseline. Prints p50/p95/p99 latency, throughput and errors, and checks that
// the case numbers are unique and gapless. Exits non-zero if any submission failed or a check fails.
//
// Run: npm run bench -- deadline-day [--mode=auto|http|domain] [--drafts=500] [--concurrency=50]
//   http    POST /en/applications/:id/review through the real server (node server/main.ts, needs
//           `npm run build`), each user with their own session cookie.
//   domain  submitApplication() called directly over the app's own PostgreSQL pool.
//   auto    http if the review route answers, otherwise domain (and the output says why). Default.
// BENCH_DATABASE_URL names the PostgreSQL server (default postgres://postgres@127.0.0.1:5432/test);
// the benchmark creates its own database there and drops it at the end.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { hashPassword } from "better-auth/crypto";
import { TransactionRollbackError } from "drizzle-orm";
import pg from "pg";
import { openDatabase } from "#db/connection.ts";
import { submitApplication } from "#domain/applications/submit-application.server.ts";
import { seedApplication } from "#domain/applications/testing/application-fixture.ts";
import { isValidOrganisationNumber } from "#domain/organisations/organisation-number.ts";
import {
  adminQuery,
  appPoolSize,
  benchAdminUrl,
  benchDatabase,
  benchMail,
  benchOptions,
  closeRun,
  dropRunDatabase,
  figureTable,
  launchAppOnDatabase,
  logInThroughForm,
  mintSessions,
  newBenchPassword,
  runAll,
  runBenchmark,
  seconds,
  setupTimer,
  summariseFailures,
} from "./lib/support.mjs";

const options = benchOptions();
const mode = options.mode ?? "auto";
const drafts = Number(options.drafts ?? 500);
const concurrency = Number(options.concurrency ?? 50);
if (!["auto", "http", "domain"].includes(mode) || !(drafts > 0) || !(concurrency > 0)) {
  console.error(
    "usage: npm run bench -- deadline-day [--mode=auto|http|domain] [--drafts=N] [--concurrency=N]",
  );
  process.exit(2);
}
const benchPassword = newBenchPassword();

const startedAt = performance.now();
// Other work on the machine skews the figures: the load average goes into the output with them.
const loadBefore = os.loadavg()[0];
const { setup, timed } = setupTimer();

// ---- A fresh database, dropped whatever happens ----

const { name: dbName, url: dbUrl } = benchDatabase(benchAdminUrl);
await adminQuery(benchAdminUrl, `create database ${dbName}`);

let database;
let sqlPool;
let server;
// Interrupted (Ctrl-C) or failed, the run's database and server go all the same.
await runBenchmark("deadline-day", main, async () => {
  await closeRun({ server, database, sqlPool });
  await dropRunDatabase(benchAdminUrl, dbName);
});

async function main() {
  database = await timed("migrate", () => openDatabase({ databaseUrl: dbUrl.toString() }));
  sqlPool = new pg.Pool({ connectionString: dbUrl.toString(), max: appPoolSize });
  // A connection still closing when the database is dropped reports its end here: nothing to do.
  sqlPool.on("error", () => {});
  const pgVersion = (await sqlPool.query("show server_version")).rows[0].server_version.split(" ")[0];
  const year = Number(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Oslo", year: "numeric" }).format(new Date()),
  );

  const { app, baseline } = await timed(`seed ${2 * drafts} drafts`, () => seedDrafts(database.db, sqlPool));

  // ---- Which door: the HTTP route if it answers, otherwise the domain function ----
  let door = "domain";
  let note = "";
  if (mode !== "domain") {
    const reason = await timed("HTTP (server start, sessions, review pages)", () => prepareHttp(app));
    if (reason === null) door = "http";
    else if (mode === "http") throw new Error(`--mode=http, but ${reason}`);
    else {
      note = `(HTTP not measured: ${reason})`;
      await server?.stop();
      server = undefined;
    }
  }
  if (door === "domain")
    await timed("warm-up (10 submissions rolled back)", () => warmUpDomain(app.slice(0, 10)));

  // ---- The measured run ----
  const submit = door === "http" ? submitOverHttp : submitInDomain;
  const appRun = await runConcurrently(app, submit);
  const appCheck = await checkCaseNumbers(
    app.map((d) => d.applicationId),
    year,
    1,
  );
  const counterAfterApp = await counterValue(year);

  // ---- The baseline: the same rows by plain SQL, same concurrency, a pool of the same size ----
  const template = (
    await sqlPool.query(
      "select content::text, programme_rules::text, call::text, eligibility::text from application_version limit 1",
    )
  ).rows[0];
  if (!template) throw new Error("no application_version row to copy for the baseline");
  await Promise.all(Array.from({ length: appPoolSize }, () => sqlPool.query("select 1")));
  const baseRun = await runConcurrently(baseline, (draft) => submitByPlainSql(draft, year, template));
  const baseCheck = await checkCaseNumbers(
    baseline.map((d) => d.applicationId),
    year,
    drafts + 1,
  );

  // ---- Report ----
  const how =
    door === "http"
      ? `HTTP: POST /en/applications/:id/review to node server/main.ts (NODE_ENV=production, own process, pool of ${appPoolSize})`
      : `domain: submitApplication() called directly over the app's pg pool of ${appPoolSize}${note && ` ${note}`}`;
  const { row, statRow, ratioRow } = figureTable({
    labelWidth: 26,
    ratio: (a, b) => `x${(a / b).toFixed(a / b < 1 ? 2 : 1)}`,
    throughput: "app/base",
  });
  const lines = [
    `Deadline day: ${drafts} complete drafts sent by ${drafts} users, ${concurrency} at a time — PostgreSQL ${pgVersion}, Node ${process.versions.node}, ${os.cpus().length} CPUs, load ${loadBefore.toFixed(1)} before`,
    `app      ${how}`,
    `baseline plain SQL, same rows: per draft one transaction (counter upsert, version insert, application update), pg pool of ${appPoolSize}`,
    "",
    row("", ["p50 ms", "p95 ms", "p99 ms", "max ms", "subm/s", "errors"]),
    statRow(`Barents Bridge (${door})`, appRun),
    statRow("plain SQL baseline", baseRun),
    ratioRow("app / baseline", appRun, baseRun),
    "",
  ];
  const checks = [
    [`app: ${appRun.failures.length} errors in ${drafts} submissions`, appRun.failures.length === 0],
    [`app: ${appCheck.text}`, appCheck.ok],
    [`app: year counter at ${counterAfterApp} after the run`, counterAfterApp === drafts],
    [`baseline: ${baseRun.failures.length} errors`, baseRun.failures.length === 0],
    [`baseline: ${baseCheck.text}`, baseCheck.ok],
  ];
  for (const [text, ok] of checks) lines.push(`${ok ? "ok  " : "FAIL"} ${text}`);
  for (const failure of summariseFailures(appRun.failures)) lines.push(`     app error: ${failure}`);
  for (const failure of summariseFailures(baseRun.failures)) lines.push(`     baseline error: ${failure}`);
  lines.push(
    "",
    `wall: app run ${seconds(appRun.wallMs)}, baseline run ${seconds(baseRun.wallMs)}; setup: ${setup.join(", ")}; total ${seconds(performance.now() - startedAt)}`,
    "latency per submission from request to answer, queueing for the pool included; percentiles nearest-rank",
  );
  const passed = checks.every(([, ok]) => ok);
  lines.push(passed ? "PASS" : "FAIL");
  console.log(lines.join("\n"));
  return passed ? 0 : 1;
}

// ---- Seeding: one fixture draft, then the rest copied from it in a few bulk statements ----

async function seedDrafts(db, pool) {
  const now = new Date();
  const first = await seedApplication(db, { now });
  const passwordHash = await hashPassword(benchPassword);
  const count = 2 * drafts - 1;
  const orgNumbers = [];
  for (let n = 900_000_000; orgNumbers.length < count; n += 1) {
    if (isValidOrganisationNumber(String(n))) orgNumbers.push(String(n));
  }
  const tag = crypto.randomBytes(4).toString("hex");
  const made = Array.from({ length: count }, (_, i) => ({
    userId: crypto.randomUUID(),
    email: `bench-${tag}-${i}@example.org`,
    organisationId: crypto.randomUUID(),
    orgNumber: orgNumbers[i],
    applicationId: crypto.randomUUID(),
  }));
  const column = (key) => made.map((m) => m[key]);
  const ids = () => made.map(() => crypto.randomUUID());
  const client = await pool.connect();
  try {
    await client.query("begin");
    await client.query(
      `insert into "user" (id, name, email, email_verified)
       select u.id, 'Bench applicant ' || u.n, u.email, true
       from unnest($1::text[], $2::text[]) with ordinality as u(id, email, n)`,
      [column("userId"), column("email")],
    );
    // The first user's e-mail is random; the others log in by theirs, all with one password hash.
    await client.query(
      `insert into account (id, account_id, provider_id, user_id, password)
       select a.id, a.user_id, 'credential', a.user_id, $3
       from unnest($1::text[], $2::text[]) as a(id, user_id)`,
      [[...ids(), crypto.randomUUID()], [...column("userId"), first.userId], passwordHash],
    );
    await client.query(
      `insert into organization (id, name, slug, org_number, address, county)
       select o.id, 'Bench choir ' || o.n, 'bench-${tag}-' || o.n, o.org_number, address, county
       from unnest($1::text[], $2::text[]) with ordinality as o(id, org_number, n),
            (select address, county from organization where id = $3) as template`,
      [column("organisationId"), column("orgNumber"), first.organisationId],
    );
    await client.query(
      `insert into member (id, organization_id, user_id, role)
       select m.id, m.organization_id, m.user_id, 'owner'
       from unnest($1::text[], $2::text[], $3::text[]) as m(id, organization_id, user_id)`,
      [ids(), column("organisationId"), column("userId")],
    );
    await client.query(
      `insert into application (id, organization_id, call_id, programme_id, created_by, form)
       select a.id, a.organization_id, t.call_id, t.programme_id, a.user_id, t.form
       from unnest($1::text[], $2::text[], $3::text[]) as a(id, organization_id, user_id),
            (select call_id, programme_id, form from application where id = $4) as t`,
      [column("applicationId"), column("organisationId"), column("userId"), first.applicationId],
    );
    await client.query(
      `insert into attachment (id, application_id, kind, file_name, media_type, size_bytes, sha256, storage_key, uploaded_by)
       select a.id, a.application_id, t.kind, t.file_name, t.media_type, t.size_bytes, t.sha256, t.storage_key, a.user_id
       from unnest($1::text[], $2::text[], $3::text[]) as a(id, application_id, user_id),
            (select * from attachment where application_id = $4) as t`,
      [ids(), column("applicationId"), column("userId"), first.applicationId],
    );
    await client.query("commit");
  } catch (error) {
    await client.query("rollback");
    throw error;
  } finally {
    client.release();
  }
  const all = [
    { userId: first.userId, email: null, applicationId: first.applicationId },
    ...made.map((m) => ({ userId: m.userId, email: m.email, applicationId: m.applicationId })),
  ];
  return { app: all.slice(0, drafts), baseline: all.slice(drafts) };
}

// ---- HTTP door ----

/** Starts the server, gives every user a session and opens each review page once; null, or why HTTP cannot be measured. */
async function prepareHttp(app) {
  const buildPath = path.resolve("build/server/index.js");
  if (!fs.existsSync(buildPath)) return "no build (run `npm run build`)";
  await startServer();
  // One real login through the form: proves the password path and tells the session cookie's name.
  const loginUser = app[1] ?? app[0];
  if (!loginUser.email) return "no user to log in with";
  const login = await logInThroughForm(server.url, loginUser.email, benchPassword);
  if (!login.cookie) return `login through /en/login answered ${login.status}`;
  loginUser.cookie = login.cookie;
  const cookieName = login.cookie.slice(0, login.cookie.indexOf("="));
  // The other sessions are minted, and proven by the review-page request below.
  await mintSessions(
    { sqlPool, secret: server.secret },
    app.filter((d) => !d.cookie),
    cookieName,
    (draft) => draft.userId,
  );
  const probe = await fetch(`${server.url}/en/applications/${app[0].applicationId}/review`, {
    headers: { cookie: app[0].cookie },
    redirect: "manual",
  });
  await probe.arrayBuffer();
  if (probe.status !== 200) {
    return `GET /en/applications/:id/review answered ${probe.status}${probe.status === 404 ? ", the review route is not built yet" : ""}`;
  }
  // Each applicant opens the review page before sending: checks every cookie and warms the server up.
  const opened = await runConcurrently(
    app,
    async (draft) => {
      const response = await fetch(`${server.url}/en/applications/${draft.applicationId}/review`, {
        headers: { cookie: draft.cookie },
        redirect: "manual",
      });
      await response.arrayBuffer();
      return response.status === 200 ? null : `review page answered ${response.status}`;
    },
    10,
  );
  if (opened.failures.length > 0) return `review page: ${summariseFailures(opened.failures).join("; ")}`;
  return null;
}

async function submitOverHttp(draft) {
  const response = await fetch(`${server.url}/en/applications/${draft.applicationId}/review`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: server.url,
      cookie: draft.cookie,
    },
    body: new URLSearchParams({ intent: "submit", confirm: "on", idempotencyKey: crypto.randomUUID() }),
  });
  await response.arrayBuffer();
  const location = response.headers.get("location") ?? "";
  const target = location && new URL(location, server.url).pathname;
  if (
    (response.status === 302 || response.status === 303) &&
    target === `/en/applications/${draft.applicationId}/status`
  )
    return null;
  return `HTTP ${response.status}${location ? ` to ${location.replace(draft.applicationId, ":id")}` : ""}`;
}

async function startServer() {
  server = await launchAppOnDatabase(dbUrl.toString(), "bb-bench-deadline-");
  await server.ready();
  return server;
}

// ---- Domain door ----

async function submitInDomain(draft) {
  const result = await submitApplication(database.db, {
    applicationId: draft.applicationId,
    user: { id: draft.userId },
    idempotencyKey: crypto.randomUUID(),
    now: new Date(),
    mail: benchMail,
  });
  return result.ok && !result.repeated ? null : `submitApplication: ${result.ok ? "repeated" : result.error}`;
}

/** Sends a few drafts inside a transaction that is then rolled back: JIT and plans warm, drafts and counter untouched. */
async function warmUpDomain(some) {
  for (const draft of some) {
    try {
      await database.db.transaction(async (tx) => {
        const result = await submitApplication(tx, {
          applicationId: draft.applicationId,
          user: { id: draft.userId },
          idempotencyKey: crypto.randomUUID(),
          now: new Date(),
          mail: benchMail,
        });
        if (!result.ok) throw new Error(`warm-up: submitApplication answered ${result.error}`);
        tx.rollback();
      });
    } catch (error) {
      if (!(error instanceof TransactionRollbackError)) throw error;
    }
  }
}

// ---- Baseline ----

async function submitByPlainSql(draft, year, template) {
  const client = await sqlPool.connect();
  try {
    const now = new Date();
    await client.query("begin");
    const { rows } = await client.query(
      `insert into case_number_counter (year, last) values ($1, 1)
       on conflict (year) do update set last = case_number_counter.last + 1 returning last`,
      [year],
    );
    const caseNumber = `${year}/${String(rows[0].last).padStart(5, "0")}`;
    await client.query(
      `insert into application_version (id, application_id, number, case_number, submitted_at, submitted_by,
         idempotency_key, content, programme_rules, call, eligibility)
       values ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        crypto.randomUUID(),
        draft.applicationId,
        caseNumber,
        now,
        draft.userId,
        crypto.randomUUID(),
        template.content,
        template.programme_rules,
        template.call,
        template.eligibility,
      ],
    );
    await client.query(
      "update application set status = 'submitted', case_number = $1, submitted_at = $2, updated_at = $2 where id = $3",
      [caseNumber, now, draft.applicationId],
    );
    await client.query("commit");
    return null;
  } catch (error) {
    await client.query("rollback").catch(() => {});
    return `plain SQL: ${error.message}`;
  } finally {
    client.release();
  }
}

// ---- Measuring and checking ----

/** `concurrency` workers take the next item until none is left; per item, its latency and any failure. */
function runConcurrently(items, task, workers = concurrency) {
  return runAll(items, task, workers);
}

/** The drafts must all be sent, with the numbers from..from+n-1 of the year, each once. */
async function checkCaseNumbers(applicationIds, year, from) {
  const { rows } = await sqlPool.query(
    `select a.status, a.case_number, (select count(*)::int from application_version v where v.application_id = a.id) as versions
     from application a where a.id = any($1::text[])`,
    [applicationIds],
  );
  const n = applicationIds.length;
  const expected = Array.from({ length: n }, (_, i) => `${year}/${String(from + i).padStart(5, "0")}`);
  const numbers = rows.map((r) => r.case_number).filter(Boolean);
  const unique = new Set(numbers);
  const missing = expected.filter((c) => !unique.has(c));
  const sent = rows.filter((r) => r.status === "submitted" && r.versions === 1).length;
  const range = `${expected[0]}–${expected.at(-1)}`;
  const ok = sent === n && numbers.length === n && unique.size === n && missing.length === 0;
  return {
    ok,
    text: `${sent}/${n} sent with one version; case numbers ${range}: ${unique.size} unique of ${numbers.length}, ${missing.length} missing${missing.length ? ` (first ${missing[0]})` : ""}`,
  };
}

async function counterValue(year) {
  const { rows } = await sqlPool.query("select last from case_number_counter where year = $1", [year]);
  return rows[0]?.last ?? 0;
}
