import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { builtFingerprint, sourceFingerprint } from "../scripts/build-fingerprint.ts";

// Vitest's global setup for both configs: before any test file starts, the build the HTTP and
// end-to-end tests load is made current. When the sources differ from those the build was made from
// (or there is no build), it is rebuilt, once per run, so `npx vitest run tests/http/x.test.ts`
// right after an edit tests the edit (ADR 0021). A run of unit tests alone needs no build.

const root = process.cwd();
/** Test files that load the build (through startTestApp or the e2e server). */
const loadsTheBuild = /\/tests\/(http|e2e)\//;
const lockDir = path.join(root, ".tmp", "build.lock");

function runsBuiltApp(project: TestProject): boolean {
  // The files of this run are known before global setup starts (Vitest's state API is experimental:
  // when it says nothing, assume the build is needed).
  const files = project.vitest.state?.getPaths?.() ?? [];
  return files.length === 0 || files.some((file) => loadsTheBuild.test(file.split(path.sep).join("/")));
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** One build at a time in this checkout: two test runs started together share one rebuild. */
async function withBuildLock(work: () => void): Promise<void> {
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, "pid"), String(process.pid));
      break;
    } catch {
      const owner = Number(fs.readFileSync(path.join(lockDir, "pid"), { encoding: "utf8", flag: "a+" }));
      if (owner && !processAlive(owner)) fs.rmSync(lockDir, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    work();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

/** Rebuilds when the build is missing or was made from other sources; quiet when it is current. */
export async function ensureCurrentBuild(): Promise<void> {
  if (builtFingerprint(root) === sourceFingerprint(root)) return;
  await withBuildLock(() => {
    // Another run may have built while this one waited.
    if (builtFingerprint(root) === sourceFingerprint(root)) return;
    const startedAt = Date.now();
    console.warn(
      "The sources changed since the last build (or there is none): building the app for the tests...",
    );
    // The build a developer gets from `npm run build`: Vitest's NODE_ENV=test would make Vite
    // build React's development bundles.
    const { NODE_ENV: _testMode, ...env } = process.env;
    const result = spawnSync(process.execPath, ["scripts/build.ts"], { cwd: root, env, encoding: "utf8" });
    if (result.status !== 0)
      throw new Error(
        `npm run build failed, so no test can load the app:\n${result.stdout}\n${result.stderr}`,
      );
    console.warn(`Built in ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);
  });
}

export default async function currentBuild(project: TestProject): Promise<void> {
  if (runsBuiltApp(project)) await ensureCurrentBuild();
}
