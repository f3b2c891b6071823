// What the benchmarks share: the app as a child process on a free port, latency figures, failure
// summaries, and the PostgreSQL admin statements that make and drop a benchmark's own database.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

/** The --key=value options of the command line (a bare --flag is "true"; a value may hold "="). */
export function benchOptions(argv = process.argv.slice(2)) {
  return Object.fromEntries(
    argv
      .filter((arg) => arg.startsWith("--"))
      .map((arg) => {
        const [key, ...value] = arg.slice(2).split("=");
        return [key, value.length ? value.join("=") : "true"];
      }),
  );
}

/** A TCP port nothing listens on now (the OS picks it). */
export function freePort() {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts `node server/main.ts` in production mode on a free port, with no jobs and no demo data,
 * on PGlite in `env.DATA_DIR` unless `env.DATABASE_URL` names a server (an inherited DATABASE_URL
 * never leaks in). Returns at once, before the server answers, so that a caller who keeps the
 * handle can stop it even if the start is interrupted; `await handle.ready()` waits for /healthz.
 * Handle: { url, secret (its AUTH_SECRET), ready(), died() (why it ended early, or null), stop() }.
 */
export async function launchApp(env, { readyWithinS = 120 } = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const secret = crypto.randomBytes(32).toString("hex");
  const childEnv = {
    ...process.env,
    NODE_ENV: "production",
    PUBLIC_URL: url,
    HOST: "127.0.0.1",
    PORT: String(port),
    AUTH_SECRET: secret,
    JOBS: "false",
    DEMO_MODE: "false",
    ...env,
  };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  const child = spawn(process.execPath, ["server/main.ts"], {
    env: childEnv,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    url,
    secret,
    async ready() {
      const t0 = performance.now();
      for (;;) {
        const ok = await fetch(`${url}/healthz`)
          .then((r) => r.status === 200)
          .catch(() => false);
        if (ok) return;
        if (!running())
          throw new Error(`server exited with ${child.exitCode ?? child.signalCode}:\n${stderr}`);
        if (performance.now() - t0 > readyWithinS * 1000)
          throw new Error(`server not up within ${readyWithinS} s:\n${stderr}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    died: () =>
      running()
        ? null
        : `server exited (${child.exitCode ?? child.signalCode}): ${stderr.trim().slice(-1500)}`,
    async stop() {
      if (running()) {
        child.kill("SIGTERM");
        await new Promise((r) => child.once("exit", r));
      }
    },
  };
}

/**
 * `workers` concurrent loops, each taking the next item from `take()` and timing `task(item)` (which
 * returns a failure message, or nothing) until `take()` gives null (`exhausted`) or `untilMs`
 * (a performance.now() time) has passed. Returns every latency (ms), the failures and the wall time.
 */
export async function runWorkers(workers, take, task, { untilMs = Number.POSITIVE_INFINITY } = {}) {
  const latencies = [];
  const failures = [];
  let exhausted = false;
  const t0 = performance.now();
  const worker = async () => {
    while (performance.now() < untilMs) {
      const item = take();
      if (item === null || item === undefined) {
        exhausted = true;
        return;
      }
      const started = performance.now();
      let failure;
      try {
        failure = await task(item);
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
      latencies.push(performance.now() - started);
      if (failure) failures.push(failure);
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return { latencies, failures, wallMs: performance.now() - t0, exhausted };
}

/** Every item once, by `workers` concurrent loops (runWorkers). */
export function runAll(items, task, workers) {
  let next = 0;
  return runWorkers(workers, () => (next < items.length ? items[next++] : null), task);
}

/** p50/p95/p99 (nearest rank), max and requests per second of a run's latencies (ms). */
export function latencyFigures(latencies, wallMs) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const rank = (p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
  return {
    p50: rank(50),
    p95: rank(95),
    p99: rank(99),
    max: sorted.at(-1),
    throughput: latencies.length / (wallMs / 1000),
  };
}

/** The five most frequent failures, each with its count. */
export function summariseFailures(failures) {
  const counts = new Map();
  for (const failure of failures) counts.set(failure, (counts.get(failure) ?? 0) + 1);
  return [...counts].slice(0, 5).map(([failure, n]) => `${n} x ${failure}`);
}

/** One statement on the PostgreSQL server (create database …), on a connection of its own. */
export async function adminQuery(adminUrl, text) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Drops a benchmark's database once the pools' connections have gone (they close asynchronously). */
export async function dropDatabase(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (let i = 0; i < 50; i++) {
      const { rows } = await client.query(
        "select count(*)::int as n from pg_stat_activity where datname = $1",
        [name],
      );
      if (rows[0].n === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await client.query(`drop database if exists ${name} with (force)`);
  } finally {
    await client.end();
  }
}

/** A database of its own for one run, on the PostgreSQL server at adminUrl: its name and URL. */
export function benchDatabase(adminUrl) {
  const name = `bb_bench_${crypto.randomBytes(5).toString("hex")}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url };
}

/** Stops the app, then closes the database and the pool a run opened (any of them may be absent). */
export async function closeRun({ server, database, sqlPool }) {
  await server?.stop();
  await database?.close().catch(() => {});
  await sqlPool?.end().catch(() => {});
}

/** Drops a run's database; a failure is said, not thrown, so the rest of the clean-up goes on. */
export function dropRunDatabase(adminUrl, name) {
  return dropDatabase(adminUrl, name).catch((error) =>
    console.error(`could not drop ${name}: ${error.message}`),
  );
}

/**
 * Runs a benchmark's main() and exits with its code (1 when it throws). `cleanUp` runs once
 * whatever happens, also on Ctrl-C, so a run never leaves its database or server behind.
 */
export async function runBenchmark(name, main, cleanUp) {
  let cleaning;
  const cleanUpOnce = () => {
    cleaning ??= cleanUp();
    return cleaning;
  };
  process.once("SIGINT", () => cleanUpOnce().then(() => process.exit(130)));
  let exitCode = 1;
  try {
    exitCode = await main();
  } catch (error) {
    console.error(
      `${name} benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`,
    );
  } finally {
    await cleanUpOnce();
  }
  process.exit(exitCode);
}

export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** The PostgreSQL server a bench makes its own database on. */
export const benchAdminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** The app's pool (db/connection.ts) has 10 connections; a plain-SQL baseline gets the same. */
export const appPoolSize = 10;

/** The password of a run's made-up accounts: new for every run, and sharing nothing with their addresses (bench-…@), which the password policy would refuse at login (ADR 0015). */
export const newBenchPassword = () => `pw-${crypto.randomBytes(12).toString("base64url")}`;

/** Mail settings for domain calls a bench makes directly: mail is stored in the outbox, never sent. */
export const benchMail = { smtpEnabled: false, baseUrl: "http://127.0.0.1" };

/**
 * The benches' result table: per run a row of latency figures (p50, p95, p99 and max in ms,
 * throughput, errors), and a row of ratios app / baseline. `ratio` formats one ratio (the benches
 * need different precision); `throughput` says which way round throughputs are divided.
 */
export function figureTable({ labelWidth, ratio, throughput = "base/app" }) {
  const row = (label, cells) =>
    `${label.padEnd(labelWidth)}${cells.map((c) => String(c).padStart(9)).join("")}`;
  const ms = (v) => (v === undefined ? "–" : v.toFixed(1));
  const statRow = (label, run) => {
    const s = latencyFigures(run.latencies, run.wallMs);
    return row(label, [
      ms(s.p50),
      ms(s.p95),
      ms(s.p99),
      ms(s.max),
      s.throughput.toFixed(1),
      run.failures.length,
    ]);
  };
  const ratioRow = (label, app, base) => {
    const a = latencyFigures(app.latencies, app.wallMs);
    const b = latencyFigures(base.latencies, base.wallMs);
    const perSecond =
      throughput === "base/app" ? ratio(b.throughput, a.throughput) : ratio(a.throughput, b.throughput);
    return row(label, [
      ratio(a.p50, b.p50),
      ratio(a.p95, b.p95),
      ratio(a.p99, b.p99),
      ratio(a.max, b.max),
      perSecond,
      "",
    ]);
  };
  return { row, ms, statRow, ratioRow };
}

/** Times the setup steps for the output line ("migrate 2.1 s, seed 500 drafts 8.0 s"). */
export function setupTimer() {
  const setup = [];
  const timed = async (label, work) => {
    const t0 = performance.now();
    const result = await work();
    setup.push(`${label} ${seconds(performance.now() - t0)}`);
    return result;
  };
  return { setup, timed };
}

/**
 * One real login through the login form: proves the password path and tells the session cookie's
 * name. The cookie ("name=value"), or null with the status the form answered.
 */
export async function logInThroughForm(serverUrl, email, password) {
  const login = await fetch(`${serverUrl}/en/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: serverUrl },
    body: new URLSearchParams({ email, password }),
  });
  await login.arrayBuffer();
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.includes("session_token="));
  return { status: login.status, cookie: login.status === 302 && cookie ? cookie : null };
}

/**
 * Sessions for many users at once, written directly and signed the way Better Auth signs its
 * cookie (logging in hundreds of times would spend minutes in scrypt); each user gets `.cookie`.
 */
export async function mintSessions({ sqlPool, secret }, users, cookieName, userIdOf = (user) => user.id) {
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const tokens = users.map(() => crypto.randomBytes(24).toString("base64url"));
  await sqlPool.query(
    `insert into session (id, token, user_id, expires_at)
     select s.id, s.token, s.user_id, now() + interval '7 days'
     from unnest($1::text[], $2::text[], $3::text[]) as s(id, token, user_id)`,
    [users.map(() => crypto.randomUUID()), tokens, users.map(userIdOf)],
  );
  for (const [i, user] of users.entries()) {
    const signature = Buffer.from(
      await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(tokens[i])),
    ).toString("base64");
    user.cookie = `${cookieName}=${encodeURIComponent(`${tokens[i]}.${signature}`)}`;
  }
}

/**
 * The app on a database with a data folder of its own (removed when it stops). Returned before it
 * answers, so that a run interrupted while it starts still stops it: await `ready()` next.
 */
export async function launchAppOnDatabase(databaseUrl, dataDirPrefix) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), dataDirPrefix));
  const app = await launchApp({ DATABASE_URL: databaseUrl, DATA_DIR: dataDir }, { readyWithinS: 60 });
  return {
    url: app.url,
    secret: app.secret,
    ready: () => app.ready(),
    async stop() {
      await app.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
