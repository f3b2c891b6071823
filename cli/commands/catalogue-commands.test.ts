import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "#db/connection.ts";
import { cliInTemporaryDataDir } from "#tests/fixtures/cli.ts";

// import-projects and generate-projects through runCli, against an embedded database in a
// temporary directory, as an operator would run them with the server stopped.

const fixtures = path.resolve(import.meta.dirname, "../../tests/fixtures/catalogue");
const { cli, dataDir } = cliInTemporaryDataDir("bb-cli-catalogue-");

async function rows() {
  const database = await openDatabase({ dataDir: dataDir() });
  try {
    const result = (await database.db.execute(
      sql`select source, count(*)::int as n from catalogue_project group by source order by source`,
    )) as unknown as { rows: { source: string; n: number }[] };
    return Object.fromEntries(result.rows.map((r) => [r.source, r.n]));
  } finally {
    await database.close();
  }
}

describe("import-projects", () => {
  it("documents its columns in --help", async () => {
    const help = await cli(["import-projects", "--help"]);
    expect(help.code).toBe(0);
    for (const column of ["case_number*", "partner_names", "amount_nok*", "status*", "--dry-run"])
      expect(help.stdout).toContain(column);
  });

  it("dry run: lists every bad row by line and reason, and writes nothing", async () => {
    const result = await cli(["import-projects", path.join(fixtures, "archive-bad-rows.csv"), "--dry-run"]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split("\n");
    expect(lines.slice(0, -1).map((l) => l.split(":")[0])).toEqual(
      [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map((n) => `line ${n}`),
    );
    expect(lines.at(-1)).toBe("Dry run: 13 rows read, 2 good, 11 bad. Nothing was written.");
    expect(await rows()).toEqual({});
  });

  it("refuses a file with bad rows without the dry run, writing nothing", async () => {
    const result = await cli(["import-projects", path.join(fixtures, "archive-bad-rows.csv")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("11 bad rows: nothing was imported");
    expect(await rows()).toEqual({});
  });

  it("names the encoding problem and the missing columns", async () => {
    const encoding = await cli(["import-projects", path.join(fixtures, "archive-windows-1252.csv")]);
    expect(encoding.code).toBe(1);
    expect(encoding.stdout).toMatch(/^line 3: not UTF-8/);
    const columns = await cli(["import-projects", path.join(fixtures, "archive-missing-columns.csv")]);
    expect(columns.stdout).toBe("line 1: missing required columns: applicant_name, status\n");
    const missing = await cli(["import-projects", path.join(fixtures, "no-such-file.csv")]);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining("Cannot read") });
    expect((await cli(["import-projects"])).code).toBe(2);
  });

  it("imports, reports progress, and updates on a second import", async () => {
    const file = path.join(fixtures, "archive-valid.csv");
    const dry = await cli(["import-projects", file, "--dry-run"]);
    expect(dry).toMatchObject({
      code: 0,
      stdout: "Dry run: 3 rows read, 3 good, 0 bad. Nothing was written.\n",
    });
    const first = await cli(["import-projects", file]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe("Imported 3 projects: 3 new, 0 updated.\n");
    expect(first.stderr).toContain("Importing");
    const second = await cli(["import-projects", file]);
    expect(second.stdout).toBe("Imported 3 projects: 0 new, 3 updated.\n");
    expect(await rows()).toEqual({ archive: 3 });
  });
});

describe("generate-projects", () => {
  it("writes a deterministic synthetic corpus beside the archive, and replaces it on request", async () => {
    const first = await cli(["generate-projects", "--count", "40", "--seed", "7"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Wrote 40 synthetic projects \(seed 7\)/);
    await cli(["generate-projects", "--count", "40", "--seed", "7"]);
    expect(await rows()).toEqual({ archive: 3, synthetic: 40 });
    const replaced = await cli(["generate-projects", "--count", "10", "--seed", "8", "--replace"]);
    expect(replaced.stdout).toMatch(/^Removed 40 synthetic projects\. Wrote 10/);
    expect(await rows()).toEqual({ archive: 3, synthetic: 10 });
  });

  it("refuses absurd counts and production", async () => {
    expect((await cli(["generate-projects"])).code).toBe(2);
    expect((await cli(["generate-projects", "--count", "-5"])).code).toBe(2);
    expect((await cli(["generate-projects", "--count", "99999999"])).code).toBe(2);
    const production = await cli(["generate-projects", "--count", "5"], { NODE_ENV: "production" });
    expect(production.code).toBe(1);
  });
});
