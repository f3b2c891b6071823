import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "#db/connection.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { testBackend } from "#tests/database.ts";

// The CLI as operators run it: a separate Node process (vitest runs on the pinned Node 24, so
// process.execPath can strip the types), talking to a real database.

const root = path.resolve(import.meta.dirname, "..");
let tempDir: string;
beforeAll(() => {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "bb-cli-"));
});
afterAll(() => {
  fs.rmSync(tempDir, { recursive: true, force: true });
});

function cli(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ["cli/main.ts", ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", DATA_DIR: path.join(tempDir, "unused"), ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("cli", () => {
  it("lists its commands, one line each", async () => {
    const result = await cli(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {2}verify-audit +\S.+$/m);
    expect(result.stdout).toContain("Usage: npm run cli -- <command> [options]");
  });

  it("shows a command's help", async () => {
    for (const args of [
      ["verify-audit", "--help"],
      ["help", "verify-audit"],
    ]) {
      const result = await cli(args);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("Usage: npm run cli -- verify-audit");
      expect(result.stdout).toContain("--help");
    }
  });

  it("rejects an unknown command or option with exit code 2", async () => {
    const command = await cli(["frobnicate"]);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('Unknown command "frobnicate"');
    const option = await cli(["verify-audit", "--everything"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("--everything");
    expect((await cli([])).code).toBe(2);
  });

  it("stops with one line on a bad environment", async () => {
    const result = await cli(["verify-audit"], { DATABASE_URL: "mysql://localhost/x" });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^Invalid environment variable DATABASE_URL: [^\n]+$/);
  });
});

describe(`cli verify-audit on ${testBackend}`, () => {
  it("reports an intact chain, then the entry that was altered", async () => {
    const target = await createTarget();
    try {
      expect(await cli(["verify-audit"], target.env)).toMatchObject({
        code: 0,
        stdout: "Audit chain OK: 0 entries checked\n",
      });
      const ids = await target.use(async (database) => {
        const written = [];
        for (const entityId of ["1", "2", "3"]) {
          written.push(
            await recordAuditEntry(database.db, {
              actor: { id: null, label: "cli-test" },
              action: "thing.create",
              entityType: "thing",
              entityId,
              after: { n: entityId },
            }),
          );
        }
        return written.map((e) => e.id);
      });
      expect(await cli(["verify-audit"], target.env)).toMatchObject({
        code: 0,
        stdout: "Audit chain OK: 3 entries checked\n",
      });
      await target.use(async (database) => {
        await database.db.transaction(async (tx) => {
          await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
          await tx.execute(sql`update audit_log set entity_id = 'x' where id = ${ids[1]}`);
          await tx.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
        });
      });
      expect(await cli(["verify-audit"], target.env)).toMatchObject({
        code: 1,
        stdout: `Audit chain BROKEN at entry #${ids[1]}: hash mismatch: the entry was altered\n`,
      });
    } finally {
      await target.remove();
    }
  }, 90_000); // three CLI processes on a fresh database: slow on a busy machine, not a measure of speed
});

describe("cli next to a running server", () => {
  it("says the embedded database is in use instead of printing a stack trace", async () => {
    const dataDir = path.join(tempDir, "busy");
    const server = await openDatabase({ dataDir });
    try {
      const result = await cli(["verify-audit"], { DATA_DIR: dataDir });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`is in use by process ${process.pid}`);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});

/** A database for the CLI to open: an embedded one in a temp dir, or a fresh one on the test server. */
async function createTarget(): Promise<{
  env: Record<string, string>;
  use<T>(work: (database: Database) => Promise<T>): Promise<T>;
  remove(): Promise<void>;
}> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dataDir = path.join(tempDir, "verify");
    return {
      env: { DATA_DIR: dataDir },
      use: async <T>(work: (database: Database) => Promise<T>) => withDatabase({ dataDir }, work),
      remove: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `bb_cli_${crypto.randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    use: async <T>(work: (database: Database) => Promise<T>) =>
      withDatabase({ databaseUrl: url.toString() }, work),
    remove: () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`),
  };
}

async function withDatabase<T>(
  options: { dataDir?: string; databaseUrl?: string },
  work: (d: Database) => Promise<T>,
) {
  const database = await openDatabase(options);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

async function adminQuery(serverUrl: string, statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
