// Start-up benchmark: time from starting the server to the first served page, and its memory, on the
// embedded database (fresh data directory, then a restart on the same data), against a bare Node HTTP
// server started the same way in the same run as the baseline. Run: npm run bench -- startup
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./lib/support.mjs";

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

function rssMiB(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024);
}

async function timeToFirstPage(args, env, pagePath) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}${pagePath}`;
  for (;;) {
    const ok = await fetch(url)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) break;
    if (child.exitCode !== null) throw new Error(`${args.join(" ")} exited with ${child.exitCode}`);
    if (performance.now() - started > 120_000) throw new Error("no page within 120 s");
    await new Promise((r) => setTimeout(r, 25));
  }
  const ms = performance.now() - started;
  await new Promise((r) => setTimeout(r, 1500));
  const idle = rssMiB(child.pid);
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
  return { ms, idle };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const baseline = "require('node:http').createServer((q,s)=>s.end('ok')).listen(process.env.PORT,'127.0.0.1')";

if (!fs.existsSync("build/server/index.js")) throw new Error("run `npm run build` first");
const results = { baseline: [], fresh: [], restart: [], idleFresh: [], idleRestart: [], idleBaseline: [] };
for (let i = 0; i < rounds; i++) {
  const base = await timeToFirstPage(["-e", baseline], {}, "/");
  results.baseline.push(base.ms);
  results.idleBaseline.push(base.idle);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bb-bench-start-"));
  const env = { DATA_DIR: dataDir, DATABASE_URL: "", HOST: "127.0.0.1", NODE_ENV: "development" };
  const fresh = await timeToFirstPage(["server/main.ts"], env, "/nb");
  results.fresh.push(fresh.ms);
  results.idleFresh.push(fresh.idle);
  const restart = await timeToFirstPage(["server/main.ts"], env, "/nb");
  results.restart.push(restart.ms);
  results.idleRestart.push(restart.idle);
  fs.rmSync(dataDir, { recursive: true, force: true });
}

const b = median(results.baseline);
const row = (label, ms, rss) =>
  `${label.padEnd(44)} ${String(Math.round(ms)).padStart(6)} ms  ${String(rss).padStart(5)} MiB  x${(ms / b).toFixed(1)}`;
console.log(`startup benchmark (${rounds} rounds, medians; ratio against the bare Node server)`);
console.log(row("bare node:http server (baseline)", b, median(results.idleBaseline)));
console.log(
  row("Barents Bridge, empty data dir (demo seed)", median(results.fresh), median(results.idleFresh)),
);
console.log(
  row("Barents Bridge, restart on existing data", median(results.restart), median(results.idleRestart)),
);
