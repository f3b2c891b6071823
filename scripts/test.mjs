// `npm test`: everything this machine supports, in order. Unit and integration tests on PGlite; the
// same again on PostgreSQL when TEST_DATABASE_URL names a server (CI always does); end-to-end tests
// in headless Chromium when it is installed. Ends with one line: "tests: N passed, N failed". Each
// run rebuilds the app first when its sources changed (tests/current-build.ts).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const resultsDir = path.resolve(".tmp/test-results");
fs.mkdirSync(resultsDir, { recursive: true });
const extra = process.argv.slice(2);

function run(label, args, env = {}) {
  console.warn(`\n=== ${label} ===`);
  const outputFile = path.join(resultsDir, `${label.replace(/\W+/g, "-")}.json`);
  fs.rmSync(outputFile, { force: true });
  const result = spawnSync(
    "npx",
    [
      "vitest",
      "run",
      ...args,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${outputFile}`,
      ...extra,
    ],
    { stdio: "inherit", env: { ...process.env, ...env } },
  );
  let passed = 0;
  let failed = 0;
  try {
    const report = JSON.parse(fs.readFileSync(outputFile, "utf8"));
    passed = report.numPassedTests;
    failed = report.numFailedTests + (report.numFailedTestSuites ?? 0);
  } catch {
    failed = 1;
  }
  if (result.status !== 0 && failed === 0) failed = 1;
  return { label, passed, failed };
}

const runs = [];
runs.push(run("unit and integration on PGlite", [], { TEST_DATABASE_URL: "" }));
if (process.env.TEST_DATABASE_URL) {
  runs.push(run("integration on PostgreSQL", [], { TEST_DATABASE_URL: process.env.TEST_DATABASE_URL }));
} else {
  console.warn("\n(TEST_DATABASE_URL not set: the PostgreSQL pass is skipped on this machine)");
}
if (fs.existsSync(chromium)) {
  runs.push(
    run("end-to-end in Chromium", ["--config", "vitest.e2e.config.ts"], {
      CHROMIUM_PATH: chromium,
      TEST_DATABASE_URL: "",
    }),
  );
} else {
  console.warn(`\n(no Chromium at ${chromium}: the end-to-end pass is skipped on this machine)`);
}

const passed = runs.reduce((sum, r) => sum + r.passed, 0);
const failed = runs.reduce((sum, r) => sum + r.failed, 0);
console.warn("");
for (const r of runs) console.warn(`${r.label}: ${r.passed} passed, ${r.failed} failed`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
