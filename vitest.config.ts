import { defineConfig } from "vitest/config";

// Unit and integration tests. `npm test` runs them on PGlite, then again on PostgreSQL when
// TEST_DATABASE_URL is set; end-to-end tests have their own config (vitest.e2e.config.ts). The HTTP
// tests load the build, which tests/current-build.ts rebuilds first when the sources changed.
export default defineConfig({
  test: {
    include: ["{app,config,db,domain,jobs,cli,server,tests,vocabulary}/**/*.test.{ts,tsx}"],
    exclude: [
      "tests/e2e/**",
      "node_modules/**",
      // Killing the embedded database mid-write is a test of PGlite's files: the PostgreSQL pass
      // has nothing to kill (the server keeps its own durability), so the file is not run there.
      ...(process.env.TEST_DATABASE_URL ? ["tests/durability/**"] : []),
    ],
    environment: "node",
    globalSetup: ["tests/current-build.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
