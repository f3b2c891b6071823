// Case-handling benchmark: 5,000 sent cases spread over offices, states and programmes, 50 advisers,
// on a fresh PostgreSQL database. Through HTTP (node server/main.ts, NODE_ENV=production) it measures
// the workbench's queue pages and the case page, each request by a random adviser with their own
// session, at a fixed concurrency; then, in the same run and at the same concurrency, the plain SQL
// that reads the same data (the page of cases with its count and the queue counts; the case with its
// versions, history, attachments and messages) as the baseline. Prints p50/p95/p99 per page kind and
// the app/baseline ratios. Pages that answer 404 (not built yet) are reported and not measured.
//
// Run: npm run bench -- case-handling [--cases=5000] [--advisers=50] [--requests=300] [--concurrency=8]
//   --requests: measured requests per page kind (after a warm-up of 20 per kind).
// BENCH_DATABASE_URL names the PostgreSQL server (default postgres://postgres@127.0.0.1:5432/test);
// the benchmark creates its own database there and drops it at the end. Needs `npm run build`.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { hashPassword } from "better-auth/crypto";
import pg from "pg";
import { openDatabase } from "#db/connection.ts";
import { submitApplication } from "#domain/applications/submit-application.server.ts";
import { seedApplication } from "#domain/applications/testing/application-fixture.ts";
import { isValidOrganisationNumber } from "#domain/organisations/organisation-number.ts";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import { approvedAndLaterStates } from "#vocabulary/vocabulary.ts";
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
const caseCount = Number(options.cases ?? 5000);
const adviserCount = Number(options.advisers ?? 50);
const requestsPerKind = Number(options.requests ?? 300);
const concurrency = Number(options.concurrency ?? 8);
if (![caseCount, adviserCount, requestsPerKind, concurrency].every((n) => Number.isInteger(n) && n > 0)) {
  console.error(
    "usage: npm run bench -- case-handling [--cases=N] [--advisers=N] [--requests=N] [--concurrency=N]",
  );
  process.exit(2);
}
const warmUp = 20;
const benchPassword = newBenchPassword();

// ---- The baseline's SQL (declared before the run starts below) ----

// The queues as the workbench defines them (domain/workbench/queues.ts), written out as SQL.
const openStates = `'submitted','in_screening','returned','in_assessment','ready_for_decision','approved','rejected',
  'appealed','grant_accepted','running','final_report_submitted','report_returned','report_approved'`;
const queueSql = {
  all: "true",
  new: "a.status = 'submitted' and a.assigned_adviser_id is null",
  mine: `a.status in (${openStates}) and a.assigned_adviser_id = $2`,
  ready: "a.status = 'ready_for_decision'",
  waiting: "a.status in ('returned','report_returned')",
  decided: "a.status in ('approved','rejected','appealed','grant_accepted')",
  "reports-due":
    "a.status = 'running' and a.report_due_at >= now() and a.report_due_at < now() + interval '30 days' and a.report_approved_at is null",
  "reports-overdue":
    "a.status in ('running','report_returned') and a.report_due_at < now() and a.report_approved_at is null",
};
// An adviser sees the sent cases of their own office.
const scope = "a.status <> 'draft' and a.office_id = $1";

function listSql(queue) {
  // The page's 25 rows are chosen first; only they are joined to their names and latest version.
  return `with page as (
      select a.* from application a
      where ${scope} and ${queueSql[queue]}
      order by a.submitted_at asc nulls last, a.id asc
      limit 25)
    select a.id, a.case_number, a.status, a.submitted_at, a.updated_at, o.name as organisation,
      p.name as programme, v.title, v.requested, u.name as adviser, a.office_id, f.name as office
    from page a
    join organization o on o.id = a.organization_id
    join programme p on p.id = a.programme_id
    left join "user" u on u.id = a.assigned_adviser_id
    left join office f on f.id = a.office_id
    left join lateral (
      select content->'form'->'project'->'title' as title,
             case when jsonb_typeof(content->'totals'->'requested') = 'number'
                  then (content->'totals'->>'requested')::numeric end as requested
      from application_version where application_id = a.id order by number desc limit 1) v on true
    order by a.submitted_at asc nulls last, a.id asc`;
}
function countSql(queue) {
  return `select count(*)::int as n from application a join organization o on o.id = a.organization_id
    where ${scope} and ${queueSql[queue]}`;
}
const queueCountsSql = `select count(*)::int as "all", ${Object.entries(queueSql)
  .filter(([id]) => id !== "all")
  .map(([id, condition]) => `count(*) filter (where ${condition})::int as "${id}"`)
  .join(", ")} from application a where ${scope}`;

const usesAdviser = (queue) => queue === "mine";

const startedAt = performance.now();
const loadBefore = os.loadavg()[0];
const { setup, timed } = setupTimer();

// A fixed seed: every run spreads the cases the same way, so runs compare.
let seed = 20260401;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = (items) => items[Math.floor(random() * items.length)];
const weighted = (table) => {
  const total = table.reduce((sum, [, weight]) => sum + weight, 0);
  let r = random() * total;
  for (const [value, weight] of table) {
    r -= weight;
    if (r < 0) return value;
  }
  return table.at(-1)[0];
};

// ---- A fresh database, dropped whatever happens ----

const { name: dbName, url: dbUrl } = benchDatabase(benchAdminUrl);
await adminQuery(benchAdminUrl, `create database ${dbName}`);

let database;
let sqlPool;
let server;
// Interrupted (Ctrl-C) or failed, the run's database and server go all the same.
await runBenchmark("case-handling", main, async () => {
  await closeRun({ server, database, sqlPool });
  await dropRunDatabase(benchAdminUrl, dbName);
});

async function main() {
  database = await timed("migrate", () => openDatabase({ databaseUrl: dbUrl.toString() }));
  sqlPool = new pg.Pool({ connectionString: dbUrl.toString(), max: appPoolSize });
  sqlPool.on("error", () => {});
  const pgVersion = (await sqlPool.query("show server_version")).rows[0].server_version.split(" ")[0];

  const world = await timed(`seed ${caseCount} cases`, () => seedCases());
  await sqlPool.query("analyze");

  if (!fs.existsSync(path.resolve("build/server/index.js"))) {
    console.error("case-handling: no build (run `npm run build` first)");
    return 1;
  }
  await timed("server start and sessions", () => prepareHttp(world.advisers));

  // ---- What to measure: the queues and the case page, each request by a random adviser ----
  const queueKinds = ["all", "new", "mine", "ready", "waiting"];
  const kinds = [
    ...queueKinds.map((queue) => ({
      name: `workbench ${queue === "all" ? "(all)" : `queue=${queue}`}`,
      path: (_adviser) => `/en/workbench${queue === "all" ? "" : `?queue=${queue}`}`,
      baseline: (adviser) => workbenchBySql(adviser, queue),
      expected: (adviser) => expectedFirstPage(adviser, queue),
      queue,
    })),
    {
      name: "case page",
      path: (_adviser, caseId) => `/en/cases/${caseId}`,
      baseline: (_adviser, caseId) => caseBySql(caseId),
      expected: null,
    },
  ];

  // ---- Which pages exist: a 404 means the page is not built yet ----
  const skipped = [];
  const measured = [];
  for (const kind of kinds) {
    const adviser = world.advisers[0];
    const caseId = pick(world.casesByOffice.get(adviser.officeId));
    const response = await get(kind.path(adviser, caseId), adviser.cookie);
    const body = await response.text();
    if (response.status === 404)
      skipped.push(`${kind.name}: ${kind.path(adviser, ":id")} answered 404 (not built yet?)`);
    else if (response.status !== 200) skipped.push(`${kind.name}: answered ${response.status}`);
    else if (
      kind.queue !== undefined &&
      !/\d{4}\/\d{5}/.test(body) &&
      (await kind.expected(adviser)).length > 0
    )
      skipped.push(`${kind.name}: answered 200 but lists no case (a placeholder page?)`);
    else measured.push(kind);
  }

  // ---- The measured runs: the app through HTTP, then the baseline by plain SQL ----
  const results = [];
  for (const kind of measured) {
    const plan = Array.from({ length: warmUp + requestsPerKind }, () => {
      const adviser = pick(world.advisers);
      return { adviser, caseId: pick(world.casesByOffice.get(adviser.officeId)) };
    });
    const expected = new Map();
    if (kind.expected) {
      for (const adviser of world.advisers) expected.set(adviser.id, await kind.expected(adviser));
    }
    await runConcurrently(plan.slice(0, warmUp), (item) => requestPage(kind, item, null));
    const app = await runConcurrently(plan.slice(warmUp), (item) => requestPage(kind, item, expected));
    await runConcurrently(plan.slice(0, warmUp), (item) => kind.baseline(item.adviser, item.caseId));
    const base = await runConcurrently(plan.slice(warmUp), (item) =>
      kind.baseline(item.adviser, item.caseId),
    );
    results.push({ kind, app, base });
  }

  // ---- Report ----
  const { row, statRow, ratioRow } = figureTable({
    labelWidth: 28,
    ratio: (a, b) => (a === undefined || !b ? "–" : `x${(a / b).toFixed(a / b < 10 ? 1 : 0)}`),
  });
  const officeSpread = [...world.casesByOffice].map(([office, ids]) => `${office} ${ids.length}`).join(", ");
  const lines = [
    `Case handling: ${caseCount} sent cases (${officeSpread}), ${adviserCount} advisers, ${requestsPerKind} requests per page at concurrency ${concurrency} — PostgreSQL ${pgVersion}, Node ${process.versions.node}, ${os.cpus().length} CPUs, load ${loadBefore.toFixed(1)} before`,
    `app      HTTP GET to node server/main.ts (NODE_ENV=production, own process, pool of ${appPoolSize}), each request by a random adviser with their own session; latency = request to the last byte of the page`,
    `baseline plain SQL over a pg pool of ${appPoolSize}, same requests, same concurrency: workbench = the page of 25 cases (chosen first, then joined to names and latest version) + its count + the queue counts, in parallel; case = the case with its names + 2 newest versions + history + attachments + messages, in parallel`,
    "",
    row("", ["p50 ms", "p95 ms", "p99 ms", "max ms", "req/s", "errors"]),
  ];
  for (const { kind, app, base } of results) {
    lines.push(
      statRow(kind.name, app),
      statRow("  plain SQL baseline", base),
      ratioRow("  app / baseline", app, base),
    );
  }
  lines.push("");
  const checks = [
    [`${world.checks.text}`, world.checks.ok],
    ...results.map(({ kind, app }) => [
      `${kind.name}: ${app.failures.length} errors in ${requestsPerKind} requests`,
      app.failures.length === 0,
    ]),
    ...results.map(({ kind, base }) => [
      `${kind.name} baseline: ${base.failures.length} errors`,
      base.failures.length === 0,
    ]),
  ];
  for (const [text, ok] of checks) lines.push(`${ok ? "ok  " : "FAIL"} ${text}`);
  for (const note of skipped) lines.push(`SKIP ${note}`);
  for (const { kind, app } of results) {
    for (const failure of summariseFailures(app.failures)) lines.push(`     ${kind.name} error: ${failure}`);
  }
  lines.push(
    "",
    `wall: ${results.map(({ kind, app }) => `${kind.name} ${seconds(app.wallMs)}`).join(", ")}; setup: ${setup.join(", ")}; total ${seconds(performance.now() - startedAt)}`,
    "percentiles nearest-rank; req/s ratio is baseline/app (how many times more the plain SQL serves); the ratios compare like with like on this machine, the milliseconds do not travel",
  );
  const passed = checks.every(([, ok]) => ok);
  lines.push(
    !passed ? "FAIL" : skipped.length > 0 ? `INCOMPLETE (${skipped.length} page kinds not measured)` : "PASS",
  );
  console.log(lines.join("\n"));
  return passed && skipped.length === 0 ? 0 : 1;
}

// ---- Seeding: one real submission as the template, the rest in bulk statements ----

async function seedCases() {
  const db = database.db;
  const now = new Date();
  // The template: a real draft sent by the app, so every copy has the shape the app writes.
  const first = await seedApplication(db, { now });
  const sent = await submitApplication(db, {
    applicationId: first.applicationId,
    user: { id: first.userId },
    idempotencyKey: crypto.randomUUID(),
    now,
    mail: benchMail,
  });
  if (!sent.ok) throw new Error(`template submission failed: ${sent.error}`);
  const other = programmeSeeds.find((p) => p.id !== first.programmeId);
  const programmeCalls = [{ programmeId: first.programmeId, callId: first.callId }];
  if (other) {
    await sqlPool.query(
      "insert into programme (id, name, summary, rules) values ($1, $2, $3, $4) on conflict do nothing",
      [other.id, other.name, other.summary, other.rules],
    );
    const callId = `${other.id}-continuous`;
    await sqlPool.query(
      `insert into "call" (id, programme_id, title, kind, opens_at, budget_nok)
       values ($1, $2, $3, 'continuous', '2020-01-01', 10000000) on conflict do nothing`,
      [callId, other.id, { nb: "Løpende", en: "Continuous", ru: "Постоянный" }],
    );
    programmeCalls.push({ programmeId: other.id, callId });
  }

  // Offices: most cases at the head office, the rest spread; advisers likewise.
  const officeWeights = [
    ["kirkenes", 70],
    ["murmansk", 10],
    ["arkhangelsk", 10],
    ["naryan-mar", 10],
  ];
  const tag = crypto.randomBytes(4).toString("hex");
  const passwordHash = await hashPassword(benchPassword);
  const advisers = Array.from({ length: adviserCount }, (_, i) => ({
    id: crypto.randomUUID(),
    email: `bench-adviser-${tag}-${i}@example.org`,
    officeId: i < Math.ceil(adviserCount * 0.7) ? "kirkenes" : officeWeights[1 + (i % 3)][0],
  }));
  const advisersByOffice = new Map();
  for (const adviser of advisers) {
    if (!advisersByOffice.has(adviser.officeId)) advisersByOffice.set(adviser.officeId, []);
    advisersByOffice.get(adviser.officeId).push(adviser);
  }

  // Organisations: five cases each on average, each with one member.
  const organisationCount = Math.max(1, Math.round(caseCount / 5));
  const orgNumbers = [];
  for (let n = 900_000_000; orgNumbers.length < organisationCount; n += 1) {
    if (isValidOrganisationNumber(String(n))) orgNumbers.push(String(n));
  }
  const counties = ["no-finnmark", "no-troms", "no-nordland"];
  const organisations = orgNumbers.map((orgNumber, i) => ({
    id: crypto.randomUUID(),
    orgNumber,
    county: counties[i % counties.length],
    userId: crypto.randomUUID(),
    email: `bench-applicant-${tag}-${i}@example.org`,
  }));

  const stateWeights = [
    ["submitted", 20],
    ["in_screening", 10],
    ["returned", 5],
    ["in_assessment", 15],
    ["ready_for_decision", 10],
    ["approved", 4],
    ["rejected", 10],
    ["appealed", 1],
    ["grant_accepted", 4],
    ["running", 10],
    ["final_report_submitted", 3],
    ["report_returned", 1],
    ["report_approved", 2],
    ["closed", 3],
    ["ineligible", 1],
    ["withdrawn", 1],
  ];
  const granted = new Set(approvedAndLaterStates);
  const areas = ["culture-sport", "competence-education", "indigenous", "civil-society-environment", "media"];
  const regions = {
    "no-ru-regular": ["ru-murmansk", "ru-arkhangelsk", "ru-karelia"],
    "no-se-fi-2024": ["se-norrbotten", "fi-lapland", "fi-kainuu"],
  };
  const day = 86_400_000;
  const cases = Array.from({ length: caseCount }, () => {
    const officeId = weighted(officeWeights);
    const status = weighted(stateWeights);
    const programme = weighted(programmeCalls.map((p, i) => [p, i === 0 ? 75 : 25]));
    const submittedAt = new Date(
      now.getTime() - Math.floor(random() * 540) * day - Math.floor(random() * day),
    );
    // Half the new cases wait for an adviser; every other case has one of its office.
    const unassigned = status === "submitted" && random() < 0.5;
    const officeAdvisers = advisersByOffice.get(officeId) ?? advisers;
    const reportDueAt =
      status === "running" || status === "report_returned" || status === "final_report_submitted"
        ? new Date(now.getTime() + Math.floor((random() - 0.3) * 120) * day)
        : null;
    return {
      id: crypto.randomUUID(),
      organisation: pick(organisations),
      programmeId: programme.programmeId,
      callId: programme.callId,
      status,
      officeId,
      adviserId: unassigned ? null : pick(officeAdvisers).id,
      decidedBy: random() < 0.1 ? "board" : "secretariat",
      submittedAt,
      updatedAt: new Date(submittedAt.getTime() + Math.floor(random() * 30) * day),
      reportDueAt,
      area: pick(areas),
      region: pick(regions[programme.programmeId] ?? regions["no-ru-regular"]),
      requested: 20_000 + Math.floor(random() * 40) * 5_000,
      granted: granted.has(status),
    };
  });
  // Case numbers per year of submission (Oslo), in order of submission, continuing the template's.
  const yearOf = (date) =>
    Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Oslo", year: "numeric" }).format(date));
  const counters = new Map([[yearOf(now), 1]]);
  for (const c of [...cases].sort((a, b) => a.submittedAt - b.submittedAt)) {
    const year = yearOf(c.submittedAt);
    const next = (counters.get(year) ?? 0) + 1;
    counters.set(year, next);
    c.caseNumber = `${year}/${String(next).padStart(5, "0")}`;
  }
  const col = (rows, key) => rows.map((r) => (typeof key === "function" ? key(r) : r[key]));

  const client = await sqlPool.connect();
  try {
    await client.query("begin");
    await client.query(
      `insert into "user" (id, name, email, email_verified, role, office_id, locale)
       select u.id, 'Bench adviser ' || u.n, u.email, true, 'adviser', u.office_id, 'en'
       from unnest($1::text[], $2::text[], $3::text[]) with ordinality as u(id, email, office_id, n)`,
      [col(advisers, "id"), col(advisers, "email"), col(advisers, "officeId")],
    );
    await client.query(
      `insert into account (id, account_id, provider_id, user_id, password)
       select gen_random_uuid()::text, a.user_id, 'credential', a.user_id, $2
       from unnest($1::text[]) as a(user_id)`,
      [col(advisers, "id"), passwordHash],
    );
    await client.query(
      `insert into "user" (id, name, email, email_verified)
       select u.id, 'Bench applicant ' || u.n, u.email, true
       from unnest($1::text[], $2::text[]) with ordinality as u(id, email, n)`,
      [col(organisations, "userId"), col(organisations, "email")],
    );
    await client.query(
      `insert into organization (id, name, slug, org_number, address, county)
       select o.id, 'Bench organisation ' || o.n, 'bench-${tag}-' || o.n, o.org_number, 'Storgata 1, 9900 Kirkenes', o.county
       from unnest($1::text[], $2::text[], $3::text[]) with ordinality as o(id, org_number, county, n)`,
      [col(organisations, "id"), col(organisations, "orgNumber"), col(organisations, "county")],
    );
    await client.query(
      `insert into member (id, organization_id, user_id, role)
       select gen_random_uuid()::text, m.organization_id, m.user_id, 'owner'
       from unnest($1::text[], $2::text[]) as m(organization_id, user_id)`,
      [col(organisations, "id"), col(organisations, "userId")],
    );
    const iso = (d) => (d ? d.toISOString() : null);
    await client.query(
      `insert into application (id, organization_id, call_id, programme_id, created_by, status, form, revision,
         case_number, submitted_at, office_id, assigned_adviser_id, decided_by, report_due_at, created_at, updated_at)
       select a.id, a.organization_id, a.call_id, a.programme_id, a.created_by, a.status, t.form, 1,
         a.case_number, a.submitted_at, a.office_id, a.adviser_id, a.decided_by, a.report_due_at, a.submitted_at, a.updated_at
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                   $8::timestamptz[], $9::text[], $10::text[], $11::text[], $12::timestamptz[], $13::timestamptz[])
              as a(id, organization_id, call_id, programme_id, created_by, status, case_number,
                   submitted_at, office_id, adviser_id, decided_by, report_due_at, updated_at),
            (select form from application where id = $14) as t`,
      [
        col(cases, "id"),
        col(cases, (c) => c.organisation.id),
        col(cases, "callId"),
        col(cases, "programmeId"),
        col(cases, (c) => c.organisation.userId),
        col(cases, "status"),
        col(cases, "caseNumber"),
        col(cases, (c) => iso(c.submittedAt)),
        col(cases, "officeId"),
        col(cases, "adviserId"),
        col(cases, "decidedBy"),
        col(cases, (c) => iso(c.reportDueAt)),
        col(cases, (c) => iso(c.updatedAt)),
        first.applicationId,
      ],
    );
    // The version as sent: the template's, with this case's priority area, partner region and amount.
    await client.query(
      `insert into application_version (id, application_id, number, case_number, submitted_at, submitted_by,
         idempotency_key, content, programme_rules, call, eligibility)
       select gen_random_uuid()::text, v.application_id, 1, v.case_number, v.submitted_at, v.submitted_by,
         gen_random_uuid()::text,
         jsonb_set(jsonb_set(jsonb_set(jsonb_set(t.content,
           '{form,project,priorityArea}', to_jsonb(v.area)),
           '{draft,priorityArea}', to_jsonb(v.area)),
           '{form,partners,items,0,region}', to_jsonb(v.region)),
           '{totals,requested}', to_jsonb(v.requested)),
         t.programme_rules, t.call, t.eligibility
       from unnest($1::text[], $2::text[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::int[])
              as v(application_id, case_number, submitted_at, submitted_by, area, region, requested),
            (select content, programme_rules, call, eligibility from application_version where application_id = $8) as t`,
      [
        col(cases, "id"),
        col(cases, "caseNumber"),
        col(cases, (c) => iso(c.submittedAt)),
        col(cases, (c) => c.organisation.userId),
        col(cases, "area"),
        col(cases, "region"),
        col(cases, "requested"),
        first.applicationId,
      ],
    );
    // History: the submission, and one event for the state the case is in.
    await client.query(
      `insert into application_event (application_id, at, kind, actor_id, data)
       select e.application_id, e.at, 'submitted', e.actor_id, jsonb_build_object('caseNumber', e.case_number)
       from unnest($1::text[], $2::timestamptz[], $3::text[], $4::text[]) as e(application_id, at, actor_id, case_number)`,
      [
        col(cases, "id"),
        col(cases, (c) => iso(c.submittedAt)),
        col(cases, (c) => c.organisation.userId),
        col(cases, "caseNumber"),
      ],
    );
    const moved = cases.filter((c) => c.status !== "submitted");
    await client.query(
      `insert into application_event (application_id, at, kind, actor_id, data)
       select e.application_id, e.at, e.kind, e.actor_id, jsonb_build_object('to', e.kind)
       from unnest($1::text[], $2::timestamptz[], $3::text[], $4::text[]) as e(application_id, at, kind, actor_id)`,
      [col(moved, "id"), col(moved, (c) => iso(c.updatedAt)), col(moved, "status"), col(moved, "adviserId")],
    );
    await client.query(
      `insert into attachment (id, application_id, kind, file_name, media_type, size_bytes, sha256, storage_key, uploaded_by)
       select gen_random_uuid()::text, a.application_id, t.kind, t.file_name, t.media_type, t.size_bytes, t.sha256, t.storage_key, a.user_id
       from unnest($1::text[], $2::text[]) as a(application_id, user_id),
            (select * from attachment where application_id = $3) as t`,
      [col(cases, "id"), col(cases, (c) => c.organisation.userId), first.applicationId],
    );
    const withGrant = cases.filter((c) => c.granted);
    await client.query(
      `insert into "grant" (application_id, amount, advance_max_percent, report_due_on, auditor_required, decided_at)
       select g.application_id, g.amount, 75, to_char(coalesce(g.due, now() + interval '1 year'), 'YYYY-MM-DD'), false, g.decided_at
       from unnest($1::text[], $2::int[], $3::timestamptz[], $4::timestamptz[]) as g(application_id, amount, due, decided_at)`,
      [
        col(withGrant, "id"),
        col(withGrant, "requested"),
        col(withGrant, (c) => iso(c.reportDueAt)),
        col(withGrant, (c) => iso(c.updatedAt)),
      ],
    );
    for (const [year, last] of counters) {
      await client.query(
        `insert into case_number_counter (year, last) values ($1, $2)
         on conflict (year) do update set last = greatest(case_number_counter.last, excluded.last)`,
        [year, last],
      );
    }
    await client.query("commit");
  } catch (error) {
    await client.query("rollback");
    throw error;
  } finally {
    client.release();
  }

  const casesByOffice = new Map();
  for (const c of cases) {
    if (!casesByOffice.has(c.officeId)) casesByOffice.set(c.officeId, []);
    casesByOffice.get(c.officeId).push(c.id);
  }
  const { rows } = await sqlPool.query(
    `select count(*)::int as cases, count(distinct case_number)::int as numbers,
            count(*) filter (where assigned_adviser_id is not null)::int as assigned
     from application where status <> 'draft'`,
  );
  const expectedCases = caseCount + 1;
  return {
    advisers,
    casesByOffice,
    checks: {
      ok: rows[0].cases === expectedCases && rows[0].numbers === expectedCases,
      text: `seeded ${rows[0].cases} sent cases (${expectedCases} expected, the template included), ${rows[0].numbers} distinct case numbers, ${rows[0].assigned} assigned, ${adviserCount} advisers`,
    },
  };
}

// ---- HTTP ----

async function get(pathName, cookie) {
  return fetch(`${server.url}${pathName}`, { headers: { cookie }, redirect: "manual" });
}

/** Starts the server and gives every adviser a session (one real login, the rest signed directly). */
async function prepareHttp(advisers) {
  await startServer();
  const login = await logInThroughForm(server.url, advisers[0].email, benchPassword);
  if (!login.cookie) throw new Error(`login through /en/login answered ${login.status}`);
  advisers[0].cookie = login.cookie;
  const cookieName = login.cookie.slice(0, login.cookie.indexOf("="));
  await mintSessions({ sqlPool, secret: server.secret }, advisers.slice(1), cookieName);
  // Every cookie proven: the account page answers 200 to each adviser.
  const opened = await runConcurrently(advisers, async (adviser) => {
    const response = await get("/en/account", adviser.cookie);
    await response.arrayBuffer();
    return response.status === 200 ? null : `account page answered ${response.status}`;
  });
  if (opened.failures.length > 0)
    throw new Error(`sessions: ${summariseFailures(opened.failures).join("; ")}`);
}

/** One page request; with `expected`, the queue page must list exactly the cases the baseline's page has. */
async function requestPage(kind, { adviser, caseId }, expected) {
  const response = await get(kind.path(adviser, caseId), adviser.cookie);
  const body = await response.text();
  if (response.status !== 200) return `HTTP ${response.status}`;
  if (!expected) return null;
  const want = expected.get(adviser.id);
  if (!want) return null;
  const shown = new Set(body.match(/\d{4}\/\d{5}/g) ?? []);
  const missing = want.filter((n) => !shown.has(n));
  return missing.length === 0 ? null : `page lacks ${missing.length} of the ${want.length} expected cases`;
}

async function startServer() {
  server = await launchAppOnDatabase(dbUrl.toString(), "bb-bench-cases-");
  await server.ready();
  return server;
}

// ---- Baseline: the same data by plain SQL ----

async function workbenchBySql(adviser, queue) {
  const params = usesAdviser(queue) ? [adviser.officeId, adviser.id] : [adviser.officeId];
  await Promise.all([
    sqlPool.query(listSql(queue), params),
    sqlPool.query(countSql(queue), params),
    sqlPool.query(queueCountsSql, [adviser.officeId, adviser.id]),
  ]);
  return null;
}

/** The case numbers the first page of this adviser's queue must show (the baseline's own answer). */
async function expectedFirstPage(adviser, queue) {
  const params = usesAdviser(queue) ? [adviser.officeId, adviser.id] : [adviser.officeId];
  const { rows } = await sqlPool.query(listSql(queue), params);
  return rows.map((r) => r.case_number);
}

async function caseBySql(caseId) {
  const [found] = await Promise.all([
    sqlPool.query(
      `select a.*, o.name as organisation, p.name as programme, c.title as call_title, u.name as adviser, f.name as office
       from application a join organization o on o.id = a.organization_id
       join programme p on p.id = a.programme_id join "call" c on c.id = a.call_id
       left join "user" u on u.id = a.assigned_adviser_id left join office f on f.id = a.office_id
       where a.id = $1`,
      [caseId],
    ),
    sqlPool.query(
      "select * from application_version where application_id = $1 order by number desc limit 2",
      [caseId],
    ),
    sqlPool.query("select * from application_event where application_id = $1 order by at, id", [caseId]),
    sqlPool.query("select * from attachment where application_id = $1 and removed_at is null", [caseId]),
    sqlPool.query(
      "select * from application_message where application_id = $1 and channel = 'case' order by created_at",
      [caseId],
    ),
  ]);
  return found.rows.length === 1 ? null : "case not found";
}

// ---- Measuring ----

function runConcurrently(items, task, workers = concurrency) {
  return runAll(items, task, workers);
}
