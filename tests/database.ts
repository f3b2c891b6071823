import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { type Database, openDatabase } from "#db/connection.ts";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on
 * the PostgreSQL server named by TEST_DATABASE_URL, dropped again by `close()`.
 */
export async function createTestDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return openDatabase({ dataDir: "memory://" });

  const name = `bb_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  const close = database.close;
  database.close = async () => {
    await close();
    const dropper = new pg.Client({ connectionString: serverUrl });
    await dropper.connect();
    await dropper.query(`drop database if exists ${name} with (force)`);
    await dropper.end();
  };
  return database;
}

export const testBackend = process.env.TEST_DATABASE_URL ? "postgresql" : "pglite";

/**
 * A test that only means something on one database (PGlite's files, PostgreSQL's connections):
 * declared on that backend, and not declared at all on the other, so no run reports a skipped test.
 */
export function onBackend<T extends (...args: never[]) => unknown>(
  backend: typeof testBackend,
  declare: T,
): T {
  return (testBackend === backend ? declare : () => {}) as T;
}

/**
 * A fresh database for the tests of one file: opened before them (then `setup` runs, for rows every
 * test shares) and closed after them. Use as `const database = databaseForTheseTests();` at the top of a
 * test file; it is ready inside every test and hook that runs after it.
 */
export function databaseForTheseTests(setup?: (database: Database) => Promise<unknown>): Database {
  const database = {} as Database;
  beforeAll(async () => {
    Object.assign(database, await createTestDatabase());
    await setup?.(database);
  });
  afterAll(async () => {
    await database.close?.();
  });
  return database;
}
