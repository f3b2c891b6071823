import { defineConfig } from "vitest/config";

// End-to-end: one built server (tests/e2e/global-setup.ts, on a build made current first by
// tests/current-build.ts) and headless Chromium, one file at a time.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    globalSetup: ["tests/current-build.ts", "tests/e2e/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: "forks",
  },
});
