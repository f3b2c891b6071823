import crypto from "node:crypto";
import fs from "node:fs";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { openDatabase } from "#db/connection.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";

// Child process for the durability test: opens the embedded database in the given directory and
// writes until it is killed. Each "ack <id>" line on stdout is a promise: it is printed only after
// the transaction holding audit entry <id> and a probe row with the same id has committed.
//
//   node tests/durability/write-until-killed.ts <dataDir> [--checkpoint-every N] [--payload BYTES]
//        [--die-at-file NAME]
//
// --die-at-file sends SIGKILL to this process the moment the database opens a file of that name
// for writing: a kill -9 at an exact point of PGlite's first start, which random timing would
// almost never hit.

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "checkpoint-every": { type: "string", default: "0" },
    payload: { type: "string", default: "2000" },
    "die-at-file": { type: "string" },
  },
});
const dataDir = positionals[0];
if (!dataDir) throw new Error("usage: write-until-killed.ts <dataDir> [options]");
const checkpointEvery = Number(values["checkpoint-every"]);
const payloadBytes = Number(values.payload);

const dieAtFile = values["die-at-file"];
if (dieAtFile) {
  // PGlite's file system layer calls fs.openSync through the shared module object, so this sees it.
  const openSync = fs.openSync;
  const writing = fs.constants.O_WRONLY | fs.constants.O_RDWR | fs.constants.O_CREAT;
  fs.openSync = ((file: fs.PathLike, flags: fs.OpenMode = "r", mode?: fs.Mode) => {
    const writes = typeof flags === "number" ? (flags & writing) !== 0 : /[wa+]/.test(flags);
    if (writes && String(file).endsWith(`/${dieAtFile}`)) process.kill(process.pid, "SIGKILL");
    return openSync(file, flags, mode);
  }) as typeof fs.openSync;
}

const say = (line: string) => process.stdout.write(`${line}\n`);

const database = await openDatabase({ dataDir });
await database.db.execute(
  sql`create table if not exists durability_probe (id bigint primary key, payload text not null)`,
);
say("ready");
for (let n = 1; ; n++) {
  // Random bytes do not compress, so the WAL and the table really grow by the payload size.
  const payload = crypto.randomBytes(Math.ceil(payloadBytes / 2)).toString("hex");
  const id = await database.db.transaction(async (tx) => {
    const entry = await recordAuditEntry(tx, {
      actor: { id: null, label: "durability-test" },
      action: "probe.write",
      entityType: "probe",
      entityId: String(n),
      after: { n },
    });
    await tx.execute(sql`insert into durability_probe (id, payload) values (${entry.id}, ${payload})`);
    return entry.id;
  });
  say(`ack ${id}`);
  if (checkpointEvery > 0 && n % checkpointEvery === 0) {
    say("checkpoint");
    await database.db.execute(sql`checkpoint`);
  }
}
