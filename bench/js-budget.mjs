// `npm run bench -- js-budget` (needs `npm run build`): the JavaScript a browser downloads to show
// each page the first time, gzipped, per route, against its budget; exits 1 when a route is over
// it or when a browser chunk holds server code. CI runs it after the build.
//
// The figures come from the build's own manifest (what React Router's HTML preloads and runs for a
// route: the client entry, the route manifest, and the module and imports of every route from the
// root down to the page), compressed the way the server sends them (gzip, default level). The
// baseline printed beside them is the bare framework: the client entry and the manifest alone.
//
// Budgets (issue #14): public pages 100 KB, signed-in pages 200 KB (KB = 1,000 bytes). Which pages
// are public is read from the route-access table the authorisation test walks (one table), or, while
// that table does not say, from the list below.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import zlib from "node:zlib";

const budgets = { public: 100_000, "signed-in": 200_000 };
const clientDir = path.resolve("build/client");
const serverBuild = path.resolve("build/server/index.js");
if (!fs.existsSync(serverBuild)) {
  console.error("No build: run `npm run build` first.");
  process.exit(2);
}

const build = await import(pathToFileURL(serverBuild).href);
const { assets } = build;
/** Pages that say `hydrate: false` (app/web/route-handle.ts) are sent without JavaScript. */
const hydrates = (routeId) =>
  chain(routeId).every((id) => build.routes[id]?.module?.handle?.hydrate !== false);

/** Routes that anyone may open without logging in. */
async function publicRouteIds() {
  const tableFile = path.resolve("tests/route-access.ts");
  if (fs.existsSync(tableFile)) {
    const table = await import(pathToFileURL(tableFile).href);
    if (typeof table.publicRouteIds === "function") return new Set(table.publicRouteIds());
  }
  return new Set([
    "routes/home",
    "routes/programme",
    "routes/call",
    "routes/catalogue/projects",
    "routes/catalogue/project",
    "routes/catalogue/statistics",
    "routes/catalogue/open-data",
    "routes/login",
    "routes/register",
    "routes/forgot-password",
    "routes/reset-password",
    "routes/verify-email",
    "routes/not-found",
  ]);
}

const gzipCache = new Map();
function gzipped(url) {
  if (!gzipCache.has(url)) {
    const file = path.join(clientDir, url.replace(/^\//, ""));
    gzipCache.set(url, zlib.gzipSync(fs.readFileSync(file)).length);
  }
  return gzipCache.get(url);
}

function chain(routeId) {
  const ids = [];
  for (let id = routeId; id; id = assets.routes[id]?.parentId) ids.unshift(id);
  return ids;
}

const frameworkFiles = [assets.url, assets.entry.module, ...assets.entry.imports];
const kb = (bytes) => (bytes / 1000).toFixed(1).padStart(7);
const baseline = frameworkFiles.reduce((sum, url) => sum + gzipped(url), 0);
const publicIds = await publicRouteIds();

const rows = [];
for (const route of Object.values(assets.routes)) {
  // Resource routes (the API, PDFs, CSV) send no JavaScript.
  if (!route.hasDefaultExport) continue;
  const files = new Set(frameworkFiles);
  for (const id of chain(route.id)) {
    const r = assets.routes[id];
    files.add(r.module);
    for (const url of r.imports ?? []) files.add(url);
  }
  const bytes = hydrates(route.id) ? [...files].reduce((sum, url) => sum + gzipped(url), 0) : 0;
  const kind = publicIds.has(route.id) ? "public" : "signed-in";
  rows.push({ id: route.id, kind, bytes, budget: budgets[kind] });
}
rows.sort((a, b) => (a.kind === b.kind ? b.bytes - a.bytes : a.kind === "public" ? -1 : 1));

// No browser chunk may carry the database schema, drizzle or other server code.
const serverMarkers = [/drizzle-orm/, /\bpgTable\b/, /"mail_outbox"/, /"catalogue_project"/, /node:crypto/];
const leaks = [];
for (const file of fs.readdirSync(path.join(clientDir, "assets"))) {
  if (!file.endsWith(".js")) continue;
  const text = fs.readFileSync(path.join(clientDir, "assets", file), "utf8");
  for (const marker of serverMarkers) if (marker.test(text)) leaks.push(`${file}: ${marker}`);
}

console.log("First-load JavaScript per page, gzipped (KB = 1,000 bytes)");
console.log(
  `${"route".padEnd(44)} ${"kind".padEnd(9)} ${"KB".padStart(7)} ${"budget".padStart(7)}  x framework`,
);
for (const row of rows) {
  const over = row.bytes > row.budget ? "  OVER BUDGET" : "";
  console.log(
    `${row.id.padEnd(44)} ${row.kind.padEnd(9)} ${kb(row.bytes)} ${kb(row.budget)}  x${(row.bytes / baseline).toFixed(2)}${over}`,
  );
}
console.log(`${"baseline: framework alone (entry + manifest)".padEnd(54)} ${kb(baseline)}`);
const largest = (kind) => Math.max(0, ...rows.filter((r) => r.kind === kind).map((r) => r.bytes));
console.log(
  `largest public page ${kb(largest("public")).trim()} KB of ${budgets.public / 1000}; largest signed-in page ${kb(largest("signed-in")).trim()} KB of ${budgets["signed-in"] / 1000}`,
);
const over = rows.filter((r) => r.bytes > r.budget);
if (leaks.length) console.log(`server code in browser chunks:\n  ${leaks.join("\n  ")}`);
if (over.length || leaks.length) {
  console.log(`FAIL: ${over.length} page(s) over budget, ${leaks.length} server marker(s) in browser chunks`);
  process.exit(1);
}
console.log(`ok: ${rows.length} pages within budget, no server code in browser chunks`);
