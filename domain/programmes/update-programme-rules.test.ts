import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { applicationVersions, auditLog, programmes } from "#db/schema.ts";
import { databaseForTheseTests, testBackend } from "#tests/database.ts";
import { findActiveProgramme } from "./find-programme.server.ts";
import { programmeSeeds } from "./seed-programmes.ts";
import { seedProgrammeEdit } from "./testing/seed-programme-edit.ts";
import { updateProgrammeRules } from "./update-programme-rules.server.ts";

const actor = { id: null, label: "user:manager" };
const database = databaseForTheseTests(async () => {
  await database.db.insert(programmes).values(programmeSeeds);
});

describe(`updating a programme's rules (${testBackend})`, () => {
  it("stores the new rules, keeps the applicant country, and audits only what changed", async () => {
    const edit = seedProgrammeEdit("no-ru-regular");
    edit.funding.maxSharePercent = 60;
    edit.caps.foodPerPersonPerDay = 450;
    const result = await updateProgrammeRules(database.db, actor, "no-ru-regular", edit);
    expect(result.ok).toBe(true);
    const programme = await findActiveProgramme(database.db, "no-ru-regular");
    expect(programme?.rules.funding.maxSharePercent).toBe(60);
    expect(programme?.rules.applicantCountry).toBe("NO");
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "programme.rules.update"), eq(auditLog.entityId, "no-ru-regular")));
    expect(entry?.before).toEqual({
      funding: { maxSharePercent: 70, businessMaxSharePercent: 50, fullFundingBelowTotalCost: 50_000 },
      caps: { foodPerPersonPerDay: 500 },
    });
    expect(entry?.after).toEqual({
      funding: { maxSharePercent: 60, businessMaxSharePercent: 50, fullFundingBelowTotalCost: 50_000 },
      caps: { foodPerPersonPerDay: 450 },
    });
    const [versions] = await database.db.select({ n: count() }).from(applicationVersions);
    expect(versions?.n).toBe(0);
  });

  it("refuses rules that contradict themselves and changes nothing", async () => {
    const before = await findActiveProgramme(database.db, "no-se-fi-2024");
    const edit = seedProgrammeEdit("no-se-fi-2024");
    edit.funding.businessMaxSharePercent = 90;
    edit.partnerRegions = ["ru-murmansk"];
    const result = await updateProgrammeRules(database.db, actor, "no-se-fi-2024", edit);
    expect(result).toMatchObject({
      ok: false,
      kind: "refused",
      why: "invalid",
      problems: [
        { field: "businessMaxSharePercent", code: "business-share-above-max" },
        { field: "partnerRegions", code: "partner-region-outside-countries", detail: "ru-murmansk" },
        { field: "partnerRegions", code: "partner-country-without-region", detail: "SE" },
        { field: "partnerRegions", code: "partner-country-without-region", detail: "FI" },
      ],
    });
    const broken = { ...seedProgrammeEdit("no-se-fi-2024"), languages: [] };
    expect(await updateProgrammeRules(database.db, actor, "no-se-fi-2024", broken)).toMatchObject({
      ok: false,
      kind: "refused",
      reason: "form.invalid",
      problems: [],
    });
    expect(await findActiveProgramme(database.db, "no-se-fi-2024")).toEqual(before);
    expect(await updateProgrammeRules(database.db, actor, "nope", edit)).toEqual({
      ok: false,
      kind: "not-found",
    });
  });
});
