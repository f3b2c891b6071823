import { afterAll, beforeAll } from "vitest";
import type { Database } from "#db/connection.ts";
import { createTestDatabase } from "#tests/database.ts";
import { fixtureProjects } from "#tests/fixtures/catalogue/fixture-projects.ts";
import { upsertCatalogueProjects } from "../upsert-catalogue-project.server.ts";

/**
 * A test file's own database holding the fixture catalogue (tests/fixtures/catalogue), made before
 * its tests and closed after them. Read `.db` inside a test: it exists once the file has started.
 */
export function fixtureCatalogueDatabase(): Pick<Database, "db"> {
  let database: Database | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    await upsertCatalogueProjects(database.db, fixtureProjects);
  });
  afterAll(async () => {
    await database?.close();
  });
  return {
    get db() {
      if (!database) throw new Error("the fixture catalogue is read before its tests start");
      return database.db;
    },
  };
}
