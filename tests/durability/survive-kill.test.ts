import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inArray, sql } from "drizzle-orm";
import { bigint, pgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openDatabase } from "#db/connection.ts";
import { auditLog } from "#db/schema.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { verifyAuditChain } from "#domain/audit/verify-audit-chain.server.ts";

// Does the embedded database keep what it acknowledged when its process is killed with SIGKILL?
// A child process writes (write-until-killed.ts) and reports each committed id; we kill it at
// random points, reopen the directory here and check. Findings: docs/decisions/0003-*.md.
// Only PGlite is under test, so the PostgreSQL pass of `npm test` skips this file.

/** The table write-until-killed.ts creates; each row commits together with the audit entry of the same id. */
const probe = pgTable("durability_probe", { id: bigint("id", { mode: "number" }).primaryKey() });

const writer = path.join(import.meta.dirname, "write-until-killed.ts");
const pgdataOf = (dataDir: string) => path.join(dataDir, "pglite");
let tempDir: string;
beforeAll(() => {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "bb-durability-"));
});
afterAll(() => {
  fs.rmSync(tempDir, { recursive: true, force: true });
});

interface Writer {
  child: ChildProcess;
  acked: number[];
  /** Resolves when a stdout line matches; rejects if the child exits first. */
  waitForLine(match: (line: string) => boolean): Promise<void>;
  exited: Promise<void>;
}

function startWriter(dataDir: string, args: string[] = []): Writer {
  const child = spawn(process.execPath, [writer, dataDir, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  const acked: number[] = [];
  const waiters = new Set<{
    match: (line: string) => boolean;
    resolve: () => void;
    reject: (e: Error) => void;
  }>();
  let buffered = "";
  let stderr = "";
  child.stderr!.on("data", (chunk) => {
    stderr += chunk;
  });
  child.stdout!.on("data", (chunk) => {
    buffered += chunk;
    for (let end = buffered.indexOf("\n"); end >= 0; end = buffered.indexOf("\n")) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      if (line.startsWith("ack ")) acked.push(Number(line.slice(4)));
      for (const waiter of waiters) {
        if (waiter.match(line)) {
          waiters.delete(waiter);
          waiter.resolve();
        }
      }
    }
  });
  const exited = new Promise<void>((resolve) => {
    child.on("close", () => {
      for (const waiter of waiters) waiter.reject(new Error(`writer exited early: ${stderr.slice(0, 500)}`));
      resolve();
    });
  });
  return {
    child,
    acked,
    exited,
    waitForLine: (match) => new Promise((resolve, reject) => waiters.add({ match, resolve, reject })),
  };
}

async function kill(w: Writer) {
  w.child.kill("SIGKILL");
  await w.exited;
  expect(w.child.signalCode).toBe("SIGKILL");
}

/** Opens the directory the way the server would after a crash and checks everything acknowledged survived. */
async function reopenAndCheck(dataDir: string, acked: number[], round: string) {
  const database = await openDatabase({ dataDir });
  try {
    const audited = new Set<number>();
    const probed = new Set<number>();
    for (let i = 0; i < acked.length; i += 500) {
      const ids = acked.slice(i, i + 500);
      const entries = await database.db
        .select({ id: auditLog.id })
        .from(auditLog)
        .where(inArray(auditLog.id, ids));
      for (const row of entries) audited.add(row.id);
      const probes = await database.db.select({ id: probe.id }).from(probe).where(inArray(probe.id, ids));
      for (const row of probes) probed.add(row.id);
    }
    expect(
      acked.filter((id) => !audited.has(id) || !probed.has(id)),
      `${round}: acknowledged writes missing after kill -9`,
    ).toEqual([]);
    const report = await verifyAuditChain(database.db);
    expect(report.ok, `${round}: ${JSON.stringify(report.firstBroken)}`).toBe(true);
    return report.checked;
  } finally {
    await database.close();
  }
}

const randomInt = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));

describe("embedded database under kill -9", () => {
  it("keeps every acknowledged write, whether killed mid-write or mid-checkpoint", async () => {
    const dataDir = path.join(tempDir, "steady");
    const allAcked: number[] = [];
    for (let round = 1; round <= 5; round++) {
      const duringCheckpoint = round % 2 === 0;
      const w = startWriter(
        dataDir,
        duringCheckpoint ? ["--checkpoint-every", String(randomInt(5, 40))] : [],
      );
      const target = randomInt(1, 150);
      const plan = duringCheckpoint
        ? `round ${round}: killed in a checkpoint`
        : `round ${round}: killed after ${target} acks`;
      if (duringCheckpoint) {
        await w.waitForLine((line) => line === "checkpoint");
        // The checkpoint runs right after the line; a few ms later it is often still writing pages.
        await new Promise((resolve) => setTimeout(resolve, randomInt(0, 15)));
      } else {
        await w.waitForLine(() => w.acked.length >= target);
      }
      await kill(w);
      // The dead writer's lock file is still there; reopening must take it over.
      expect(fs.readFileSync(path.join(dataDir, "barents-bridge.lock"), "utf8")).toBe(String(w.child.pid));
      allAcked.push(...w.acked);
      const checked = await reopenAndCheck(dataDir, allAcked, `${plan} (${w.acked.length} acked)`);
      expect(checked).toBeGreaterThanOrEqual(allAcked.length);
    }
  }, 90_000);

  it("opens after a first start killed while migrating", async () => {
    const dataDir = path.join(tempDir, "first-start");
    const w = startWriter(dataDir);
    // PG_VERSION shows up once the new cluster is in place; the migrations run right after it.
    const delay = randomInt(0, 300);
    const watch = setInterval(() => {
      if (fs.existsSync(path.join(pgdataOf(dataDir), "PG_VERSION"))) {
        clearInterval(watch);
        setTimeout(() => w.child.kill("SIGKILL"), delay);
      }
    }, 2);
    await w.exited;
    clearInterval(watch);
    await reopenAndCheck(dataDir, w.acked, `killed ${delay} ms after PG_VERSION appeared`);
  }, 60_000);

  // PGlite builds a new cluster in memory, then writes it file by file into the directory with
  // PG_VERSION near the end and postgresql.conf after it. A kill between the two leaves a directory
  // PGlite takes for a complete database and never opens again ("PGlite failed to initialize").
  // db/connection.ts marks a new cluster until it is complete (ADR 0003), so this start recovers.
  it("opens after a first start killed while writing the new cluster", async () => {
    const dataDir = path.join(tempDir, "first-start-cluster");
    const w = startWriter(dataDir, ["--die-at-file", "postgresql.conf"]);
    await w.exited;
    expect(w.child.signalCode).toBe("SIGKILL");
    await reopenAndCheck(dataDir, [], "killed while writing postgresql.conf");
  }, 60_000);

  // Not about kill -9 (the page cache survives a dead process) but about a power cut: PGlite as
  // shipped runs with fsync=off and its file system cannot fsync; db/connection.ts passes
  // PostgreSQL's fsync calls through (ADR 0003).
  it("asks the disk, not only the page cache, to keep each commit", async () => {
    const database = await openDatabase({ dataDir: path.join(tempDir, "fsync") });
    const fsync = vi.spyOn(fs, "fsyncSync");
    try {
      const setting = (await database.db.execute(sql`show fsync`)) as unknown as {
        rows: { fsync: string }[];
      };
      expect(setting.rows[0]?.fsync).toBe("on");
      fsync.mockClear();
      await recordAuditEntry(database.db, {
        actor: { id: null, label: "durability-test" },
        action: "probe.fsync",
        entityType: "probe",
        entityId: "1",
      });
      expect(fsync).toHaveBeenCalled();
    } finally {
      fsync.mockRestore();
      await database.close();
    }
  }, 60_000);
});
