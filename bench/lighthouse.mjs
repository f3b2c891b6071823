// Lighthouse on the public catalogue: the search page (/en/projects) and one project page
// (/en/projects/<id>, the first project the API lists). The app runs as in a demo: PGlite in a fresh
// data directory with the demo data (programmes, calls, accounts and --projects synthetic catalogue
// projects, seeded by the bench with the demo's seed before the server starts), served by
// `node server/main.ts` in production mode. Lighthouse (npm `lighthouse`) drives the system's
// Chromium (CHROME_PATH, default /usr/bin/chromium; nothing is downloaded). Prints the performance
// and accessibility scores, FCP/LCP/TBT/CLS and the JavaScript sent (script resources: bytes over
// the wire and unpacked), and whether each page rendered its content.
//
// Run: npm run bench -- lighthouse [--preset=mobile|desktop] [--projects=1500] [--runs=1]
//   --preset: Lighthouse's default mobile emulation (simulated slow 4G, 4x CPU slowdown) or desktop.
//   --runs: runs per page; the median run (by performance score) is printed.
// Needs `npm run build`.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { openDatabase } from "#db/connection.ts";
import { seedDemo } from "#domain/demo/seed-demo.server.ts";
import { benchOptions, launchApp } from "./lib/support.mjs";

const options = benchOptions();
const preset = options.preset ?? "mobile";
const projectCount = Number(options.projects ?? 1500); // DEMO_PROJECTS' default
const runs = Number(options.runs ?? 1);
if (
  !["mobile", "desktop"].includes(preset) ||
  !Number.isInteger(projectCount) ||
  projectCount < 1 ||
  !Number.isInteger(runs) ||
  runs < 1
) {
  console.error("usage: npm run bench -- lighthouse [--preset=mobile|desktop] [--projects=N] [--runs=N]");
  process.exit(2);
}
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const chromeFlags = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

const startedAt = performance.now();
const loadBefore = os.loadavg();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bb-bench-lighthouse-"));
let server;
let chrome;
let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(
    `lighthouse benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`,
  );
} finally {
  await chrome?.kill();
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);

async function main() {
  if (!fs.existsSync(path.resolve("build/server/index.js"))) {
    console.error("lighthouse: no build (run `npm run build` first)");
    return 1;
  }
  if (!fs.existsSync(chromePath)) {
    console.error(`lighthouse: no Chromium at ${chromePath} (set CHROME_PATH)`);
    return 1;
  }
  const t0 = performance.now();
  const database = await openDatabase({ dataDir });
  await seedDemo(database.db, `bench-${crypto.randomBytes(9).toString("hex")}`, { projects: projectCount });
  await database.close();
  const seededMs = performance.now() - t0;
  await startServer();

  // The project page: the first project the catalogue lists.
  const listed = await fetch(`${server.url}/api/v1/projects?pageSize=1`);
  const listedBody = await listed.text();
  let projectId = null;
  try {
    projectId = JSON.parse(listedBody).items?.[0]?.id ?? null;
  } catch {}
  const pages = [{ name: "catalogue search", path: "/en/projects" }];
  const notes = [];
  if (projectId) pages.push({ name: "project page", path: `/en/projects/${encodeURIComponent(projectId)}` });
  else
    notes.push(
      `no project id: GET /api/v1/projects?pageSize=1 answered ${listed.status}: ${listedBody.slice(0, 120)}`,
    );

  // Whether each page renders its content (a placeholder would make the figures meaningless).
  for (const page of pages) {
    const response = await fetch(`${server.url}${page.path}`);
    const html = await response.text();
    const shows =
      page.path === "/en/projects"
        ? (projectId && html.includes(projectId)) || /S\d{4}\/\d{6}/.test(html)
        : projectId && (html.includes(projectId) || html.includes(projectId.replace("-", "/")));
    page.rendered = `HTTP ${response.status}, ${(html.length / 1024).toFixed(0)} KiB of HTML, ${shows ? "shows catalogue projects" : "shows NO catalogue project (placeholder?)"}`;
    page.ok = response.status === 200 && shows;
  }

  chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  const config = preset === "desktop" ? desktopConfig : undefined;
  for (const page of pages) {
    const results = [];
    for (let r = 0; r < runs; r++) {
      const result = await lighthouse(
        `${server.url}${page.path}`,
        {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
        },
        config,
      );
      results.push(result.lhr);
    }
    results.sort((a, b) => (a.categories.performance.score ?? 0) - (b.categories.performance.score ?? 0));
    page.lhr = results[Math.floor(results.length / 2)];
  }

  // ---- Report ----
  const score = (category) => (category?.score == null ? "–" : String(Math.round(category.score * 100)));
  const audit = (lhr, id) => lhr.audits[id];
  const msOf = (lhr, id) => {
    const value = audit(lhr, id)?.numericValue;
    return value == null ? "–" : `${Math.round(value)} ms`;
  };
  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  const row = (label, cells) => `${label.padEnd(34)}${cells.map((c) => String(c).padStart(20)).join("")}`;
  const scripts = (lhr) => {
    const items = audit(lhr, "network-requests")?.details?.items ?? [];
    const js = items.filter((item) => item.resourceType === "Script");
    return {
      count: js.length,
      transfer: js.reduce((t, item) => t + (item.transferSize ?? 0), 0),
      resource: js.reduce((t, item) => t + (item.resourceSize ?? 0), 0),
    };
  };
  const totalBytes = (lhr) => audit(lhr, "total-byte-weight")?.numericValue ?? 0;
  const load = (l) => l.map((v) => v.toFixed(2)).join(" ");
  const measured = pages.filter((p) => p.lhr);
  const lines = [
    `Lighthouse ${measured[0]?.lhr.lighthouseVersion ?? ""} (${preset}${preset === "mobile" ? ": simulated slow 4G, 4x CPU slowdown" : ""}), ${runs} run(s) per page, median by performance — ${measured[0]?.lhr.environment?.hostUserAgent?.match(/Chrome\/[\d.]+/)?.[0] ?? "Chromium"} headless at ${chromePath}, Node ${process.versions.node}, ${os.cpus().length} CPUs`,
    `load average (1/5/15 min): ${load(loadBefore)} at start, ${load(os.loadavg())} at the end`,
    `app: node server/main.ts (NODE_ENV=production) on PGlite with the demo data and ${projectCount} synthetic catalogue projects (seeded in ${(seededMs / 1000).toFixed(1)} s)`,
    "",
    row(
      "",
      measured.map((p) => `${p.name}`),
    ),
    row(
      "",
      measured.map((p) => (p.path.length > 19 ? `${p.path.slice(0, 16)}…` : p.path)),
    ),
    row(
      "performance score",
      measured.map((p) => score(p.lhr.categories.performance)),
    ),
    row(
      "accessibility score",
      measured.map((p) => score(p.lhr.categories.accessibility)),
    ),
    row(
      "first contentful paint",
      measured.map((p) => msOf(p.lhr, "first-contentful-paint")),
    ),
    row(
      "largest contentful paint",
      measured.map((p) => msOf(p.lhr, "largest-contentful-paint")),
    ),
    row(
      "total blocking time",
      measured.map((p) => msOf(p.lhr, "total-blocking-time")),
    ),
    row(
      "cumulative layout shift",
      measured.map((p) => (audit(p.lhr, "cumulative-layout-shift")?.numericValue ?? 0).toFixed(3)),
    ),
    row(
      "server response (TTFB)",
      measured.map((p) => msOf(p.lhr, "server-response-time")),
    ),
    row(
      "JavaScript files",
      measured.map((p) => String(scripts(p.lhr).count)),
    ),
    row(
      "JavaScript sent (transfer)",
      measured.map((p) => kib(scripts(p.lhr).transfer)),
    ),
    row(
      "JavaScript unpacked",
      measured.map((p) => kib(scripts(p.lhr).resource)),
    ),
    row(
      "all bytes sent",
      measured.map((p) => kib(totalBytes(p.lhr))),
    ),
    "",
  ];
  for (const p of measured) {
    const failing = Object.values(p.lhr.audits)
      .filter(
        (a) =>
          p.lhr.categories.accessibility.auditRefs.some((ref) => ref.id === a.id && ref.weight > 0) &&
          a.score !== null &&
          a.score < 1,
      )
      .map((a) => a.id);
    lines.push(
      `${p.name}: ${p.rendered}; accessibility audits failing: ${failing.length ? failing.join(", ") : "none"}`,
    );
  }
  for (const note of notes) lines.push(`note: ${note}`);
  lines.push(`total ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
  const complete = pages.length === 2 && pages.every((p) => p.ok);
  lines.push(complete ? "DONE" : "INCOMPLETE (a page is missing or shows no project)");
  console.log(lines.join("\n"));
  return complete ? 0 : 1;
}

async function startServer() {
  // Known before it answers, so an interrupted start still stops it.
  server = await launchApp({ DATA_DIR: dataDir });
  await server.ready();
}
