import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { savedFilters } from "#db/schema.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { databaseForTheseTests } from "#tests/database.ts";
import { maxSavedFilters, savedFilterSchema } from "./saved-filter-form.ts";
import { deleteSavedFilter, listSavedFilters, saveFilter } from "./saved-filters.server.ts";
import { insertStaff } from "./testing/case-fixtures.ts";

let adviser: string;
let colleague: string;
const database = databaseForTheseTests(async () => {
  adviser = await insertStaff(database.db, "adviser", "kirkenes");
  colleague = await insertStaff(database.db, "adviser", "kirkenes");
});

describe("saved filters", () => {
  it("keep a name and the canonical query, listed by name, for their owner only", async () => {
    const db = database.db;
    const saved = await saveFilter(db, {
      userId: adviser,
      name: "  Big Murmansk cases ",
      query: "page=7&amountMin=200+000&region=ru-murmansk&utm=x&sort=drop+table",
    });
    expect(saved).toMatchObject({ ok: true, value: { replaced: false } });
    await saveFilter(db, { userId: adviser, name: "Anything new", query: "queue=new" });
    const mine = await listSavedFilters(db, adviser);
    expect(mine.map((f) => [f.name, f.query])).toEqual([
      ["Anything new", "queue=new"],
      // The page, foreign parameters and values that do not fit are not kept.
      ["Big Murmansk cases", "region=ru-murmansk&amountMin=200000"],
    ]);
    expect(await listSavedFilters(db, colleague)).toEqual([]);
  });

  it("replace a filter of the same name instead of adding a second", async () => {
    const db = database.db;
    const again = await saveFilter(db, {
      userId: adviser,
      name: "Anything new",
      query: "queue=new&sort=amount",
    });
    expect(again).toMatchObject({ ok: true, value: { replaced: true } });
    const mine = await listSavedFilters(db, adviser);
    expect(mine.filter((f) => f.name === "Anything new").map((f) => f.query)).toEqual([
      "queue=new&sort=amount",
    ]);
  });

  it("refuse a blank or too long name", async () => {
    const t = createTranslator("en");
    expect(savedFilterSchema(t).safeParse({ name: "   " }).success).toBe(false);
    expect(savedFilterSchema(t).safeParse({ name: "x".repeat(81) }).success).toBe(false);
    expect(savedFilterSchema(t).safeParse({ name: "x".repeat(80) }).success).toBe(true);
    expect(await saveFilter(database.db, { userId: adviser, name: " ", query: "" })).toMatchObject({
      ok: false,
      kind: "refused",
      why: "invalid",
      reason: "workbench.saved.invalidName",
    });
  });

  it("stop at twenty per person, and make room again when one is deleted", async () => {
    const db = database.db;
    const existing = (await listSavedFilters(db, adviser)).length;
    for (let i = existing; i < maxSavedFilters; i += 1) {
      expect((await saveFilter(db, { userId: adviser, name: `Filter ${i}`, query: "" })).ok).toBe(true);
    }
    expect(await saveFilter(db, { userId: adviser, name: "One too many", query: "" })).toMatchObject({
      ok: false,
      kind: "refused",
      reason: "workbench.saved.tooMany",
      params: { max: maxSavedFilters },
    });
    // Replacing one by name is still allowed at the limit; a colleague's limit is their own.
    expect((await saveFilter(db, { userId: adviser, name: "Filter 5", query: "queue=mine" })).ok).toBe(true);
    expect((await saveFilter(db, { userId: colleague, name: "Mine", query: "queue=mine" })).ok).toBe(true);
    const rows = await db.select().from(savedFilters).where(eq(savedFilters.userId, adviser));
    expect(rows).toHaveLength(maxSavedFilters);

    const first = (await listSavedFilters(db, adviser))[0]!;
    // Someone else's filter cannot be deleted: it is not there for them.
    expect(await deleteSavedFilter(db, colleague, first.id)).toEqual({ ok: false, kind: "not-found" });
    expect((await deleteSavedFilter(db, adviser, first.id)).ok).toBe(true);
    expect(await deleteSavedFilter(db, adviser, first.id)).toEqual({ ok: false, kind: "not-found" });
    expect((await saveFilter(db, { userId: adviser, name: "One too many", query: "" })).ok).toBe(true);
  });

  it("never pass the limit when two saves race for the last place", async () => {
    const db = database.db;
    const racer = await insertStaff(db, "adviser", "kirkenes");
    for (let i = 0; i < maxSavedFilters - 1; i += 1)
      await saveFilter(db, { userId: racer, name: `F${i}`, query: "" });
    const results = await Promise.all([
      saveFilter(db, { userId: racer, name: "Last A", query: "" }),
      saveFilter(db, { userId: racer, name: "Last B", query: "" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await listSavedFilters(db, racer)).toHaveLength(maxSavedFilters);
  });
});
