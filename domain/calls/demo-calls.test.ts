import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "#db/connection.ts";
import { auditLog, calls } from "#db/schema.ts";
import { seedDemo } from "#domain/demo/seed-demo.server.ts";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import { createTestDatabase, testBackend } from "#tests/database.ts";
import { checkCallWindow } from "./call-window.ts";
import { demoCalls } from "./demo-calls.server.ts";
import { listOpenCalls } from "./find-calls.server.ts";

describe("the demo's calls", () => {
  for (const now of [
    "2026-01-15T12:00:00Z",
    "2026-03-01T22:59:59Z", // the last second of the March deadline, Oslo time
    "2026-03-01T23:00:00Z", // a second later: the October round
    "2026-10-01T21:59:59Z",
    "2026-12-31T23:30:00Z", // already 1 January in Oslo
  ]) {
    it(`are open at ${now}: a continuous call and the next board deadline per programme`, () => {
      const moment = new Date(now);
      const demo = demoCalls(programmeSeeds, moment);
      expect(demo).toHaveLength(4);
      for (const call of demo) expect(checkCallWindow(call.input, moment), call.id).toEqual({ open: true });
    });
  }

  it("names the deadline call after the next 1 March or 1 October, in three languages", () => {
    const [, deadline] = demoCalls(programmeSeeds, new Date("2026-03-01T23:00:00Z"));
    expect(deadline).toMatchObject({
      id: "no-ru-regular-2026-10-01",
      input: {
        kind: "deadline",
        opensAt: new Date("2026-03-01T23:00:00Z"),
        closesAt: new Date("2026-10-01T21:59:59.999Z"),
        title: {
          nb: "Styresaker med frist 1. oktober 2026",
          en: "Board cases, deadline 1 October 2026",
          ru: "Дела правления, срок подачи 1 октября 2026 г.",
        },
      },
    });
  });
});

describe(`seeding the demo (${testBackend})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("creates open calls once; seeding again changes nothing", async () => {
    const now = new Date();
    expect(await seedDemo(database.db, "demo-password-1", { now })).toEqual({ seeded: true });
    const snapshot = async () => ({
      calls: (await database.db.select().from(calls)).map((c) => c.id).sort(),
      audit: (await database.db.select({ n: count() }).from(auditLog))[0]?.n,
    });
    const first = await snapshot();
    expect(first.calls).toHaveLength(4);
    expect((await listOpenCalls(database.db, now)).length).toBe(4);
    expect(
      await seedDemo(database.db, "demo-password-1", { now: new Date(now.getTime() + 400 * 86_400_000) }),
    ).toEqual({
      seeded: false,
    });
    expect(await snapshot()).toEqual(first);
  });
});
