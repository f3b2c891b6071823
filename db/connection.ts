import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { NodeFS } from "@electric-sql/pglite/nodefs";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import type { ConstructorOptions as PgBossOptions } from "pg-boss";
import { fromPglite } from "pg-boss";
import { schema } from "./schema.ts";

// The one module that knows which database runs. Everything else receives a `Database` and speaks
// Drizzle; the queue receives the options this module builds for it.

type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything a query can run on: the database or an open transaction. */
export type Queryable = Db | Tx;
export type DatabaseKind = "pglite" | "postgresql";

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Cheap round trip for the health check; rejects when the database does not answer. */
  ping(timeoutMs?: number): Promise<void>;
  /** Options for pg-boss that point it at this same database. */
  jobQueueOptions(): PgBossOptions;
  /**
   * Hears the notifications (NOTIFY) that committed transactions send on `channel`: PostgreSQL
   * delivers them only at commit, never for a transaction or savepoint rolled back. PGlite listens
   * on its one connection; PostgreSQL on a connection of its own, opened again (with a growing pause)
   * whenever it drops. What is sent while no connection listens is not heard, so `onConnect`, called
   * after each (re)connection, is where a listener catches up. Resolves once listening; the function
   * it resolves to stops.
   */
  listen(
    channel: string,
    onPayload: (payload: string) => void,
    hooks?: ListenHooks,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface ListenHooks {
  /** After the first connection and after every reconnection. */
  onConnect?: () => void;
  /** Pause before the first attempt to reconnect, doubled up to 30 s on each failure. Default 500 ms. */
  reconnectDelayMs?: number;
}

export interface DatabaseOptions {
  /** postgres://… selects PostgreSQL; otherwise PGlite. */
  databaseUrl?: string;
  /** PGlite data directory; "memory://" (or undefined) keeps it in memory, for tests. */
  dataDir?: string;
  /** Run migrations on open (default true). */
  migrate?: boolean;
}

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

export class DatabaseInUseError extends Error {}

/** PGlite's bundled extensions the migrations create (PostgreSQL servers have them as contrib). */
const extensions = { pg_trgm };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const database = options.databaseUrl
    ? await openPostgres(options.databaseUrl)
    : await openPglite(options.dataDir);
  if (options.migrate !== false) {
    try {
      await database.migrate();
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  return database;
}

async function openPostgres(url: string): Promise<Database & { migrate(): Promise<void> }> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client that errors (server restart) must not crash the process; the next query reconnects.
  pool.on("error", (error) => console.error(`database: idle connection error: ${error.message}`));
  const db = drizzleNodePg({ client: pool, schema }) as unknown as Db;
  return {
    db,
    kind: "postgresql",
    ping: (timeoutMs = 2000) =>
      withTimeout(
        pool.query("select 1").then(() => undefined),
        timeoutMs,
      ),
    jobQueueOptions: () => ({ connectionString: url, max: 4 }),
    listen: (channel, onPayload, hooks) => listenOnPostgres(url, channel, onPayload, hooks),
    migrate: () => migrateNodePg(drizzleNodePg({ client: pool }), { migrationsFolder }),
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string | undefined): Promise<Database & { migrate(): Promise<void> }> {
  const inMemory = !dataDir || dataDir.startsWith("memory://");
  let releaseLock = () => {};
  if (!inMemory) {
    fs.mkdirSync(dataDir, { recursive: true });
    releaseLock = lockDataDir(dataDir);
  }
  let client: PGlite;
  try {
    client = inMemory
      ? await PGlite.create({ extensions })
      : await openPgliteDir(path.join(dataDir, "pglite"));
  } catch (error) {
    releaseLock();
    throw error;
  }
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  let closed = false;
  return {
    db,
    kind: "pglite",
    ping: (timeoutMs = 2000) =>
      closed
        ? Promise.reject(new Error("database is closed"))
        : withTimeout(
            client.query("select 1").then(() => undefined),
            timeoutMs,
          ),
    jobQueueOptions: () => ({ db: fromPglite(client), backend: "pglite" }) as PgBossOptions,
    listen: async (channel, onPayload, hooks) => {
      const unlisten = await client.listen(channel, guarded(onPayload));
      hooks?.onConnect?.();
      return async () => {
        if (!closed) await unlisten();
      };
    },
    migrate: () => migratePglite(drizzlePglite({ client }), { migrationsFolder }),
    close: async () => {
      if (closed) return;
      closed = true;
      await client.close();
      releaseLock();
    },
  };
}

/** The listening connection of a PostgreSQL server: one per `listen`, outside the pool. */
async function listenOnPostgres(
  url: string,
  channel: string,
  onPayload: (payload: string) => void,
  hooks: ListenHooks = {},
): Promise<() => Promise<void>> {
  const firstDelayMs = hooks.reconnectDelayMs ?? 500;
  const hear = guarded(onPayload);
  let current: pg.Client | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let delayMs = firstDelayMs;

  async function connect(): Promise<void> {
    const client = new pg.Client({ connectionString: url, application_name: "barents-bridge listen" });
    client.on("notification", (message) => {
      if (message.channel === channel && message.payload) hear(message.payload);
    });
    // 'error' precedes 'end' on a dropped connection; the 'end' handler opens a new one.
    client.on("error", () => {});
    client.on("end", () => {
      if (current !== client) return;
      current = null;
      if (stopped) return;
      console.error("database: the listening connection dropped; reconnecting");
      reconnectLater();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
    if (stopped) {
      await client.end();
      return;
    }
    current = client;
    delayMs = firstDelayMs;
    hooks.onConnect?.();
  }

  function reconnectLater() {
    timer = setTimeout(() => {
      timer = null;
      connect().catch(() => {
        if (stopped) return;
        delayMs = Math.min(delayMs * 2, 30_000);
        reconnectLater();
      });
    }, delayMs);
  }

  await connect();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    const client = current;
    current = null;
    await client?.end();
  };
}

/** A listener's mistake must not break the connection that delivers to it. */
function guarded(onPayload: (payload: string) => void): (payload: string) => void {
  return (payload) => {
    try {
      onPayload(payload);
    } catch (error) {
      console.error(`database: a notification listener failed: ${(error as Error)?.name ?? "error"}`);
    }
  };
}

// Durability of PGlite on disk (docs/decisions/0003): PGlite as shipped runs PostgreSQL with fsync
// off on a file system that cannot fsync. We switch fsync on and give its file system a real fsync,
// and we mark a new cluster until it is completely on disk.
class DurableNodeFS extends NodeFS {
  override async init(pg: PGlite, opts: Parameters<NodeFS["init"]>[1]) {
    const result = await super.init(pg, opts);
    result.emscriptenOpts.preRun = [
      ...(result.emscriptenOpts.preRun ?? []),
      (mod) => {
        // Emscripten internals: the fsync test in tests/durability notices if an upgrade bypasses this.
        const nodefs = mod.NODEFS as unknown as {
          stream_ops: { fsync?: (stream: { nfd?: number }) => void };
        };
        nodefs.stream_ops.fsync = (stream) => {
          if (stream.nfd !== undefined) fs.fsyncSync(stream.nfd);
        };
      },
    ];
    return result;
  }
}

const durableStartParams = [
  ...PGlite.defaultStartParams.filter((param) => param !== "-F"),
  // PGlite's fdatasync is a no-op; fsync goes through DurableNodeFS.
  "-c",
  "wal_sync_method=fsync",
];

/**
 * Opens (or creates) the cluster in `pgdata`. PGlite writes a new cluster file by file and takes
 * any directory with PG_VERSION for a complete one; a marker present exactly while a new cluster is
 * written tells a half-written one (killed during the first start) from a real database. A
 * half-written directory is moved aside, never deleted, and the cluster is made again.
 */
async function openPgliteDir(pgdata: string): Promise<PGlite> {
  const marker = `${pgdata}.creating`;
  const fresh = fs.existsSync(marker) || !fs.existsSync(path.join(pgdata, "PG_VERSION"));
  if (fresh) {
    if (fs.existsSync(pgdata)) fs.renameSync(pgdata, `${pgdata}.incomplete-${Date.now()}`);
    fs.writeFileSync(marker, "");
    fsyncPath(path.dirname(pgdata));
  }
  const client = await PGlite.create({
    fs: new DurableNodeFS(pgdata),
    startParams: durableStartParams,
    extensions,
  });
  if (fresh) {
    // PGlite unpacked the cluster without fsync; PostgreSQL only syncs the files it writes itself.
    fsyncTree(pgdata);
    fs.rmSync(marker);
    fsyncPath(path.dirname(pgdata));
  }
  return client;
}

function fsyncTree(dir: string) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() || entry.isDirectory()) fsyncPath(path.join(entry.parentPath, entry.name));
  }
  fsyncPath(dir);
}

function fsyncPath(target: string) {
  const fd = fs.openSync(target, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * PGlite is a single process's database: a second process opening the same directory would corrupt
 * it. A lock file holding our pid makes the second opener (a CLI next to a running server) stop with
 * a clear message instead. A lock left by a process that no longer exists (kill -9) is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const lockPath = path.join(dataDir, "barents-bridge.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      return () => fs.rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(fs.readFileSync(lockPath, "utf8"), 10);
      if (Number.isInteger(holder) && holder !== process.pid && processExists(holder)) {
        throw new DatabaseInUseError(
          `The embedded database in ${path.resolve(dataDir)} is in use by process ${holder} (a running server?). ` +
            "Stop that process first, or set DATABASE_URL to use a PostgreSQL server.",
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DatabaseInUseError(`Could not lock ${lockPath}`);
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
