import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { applications, catalogueProjects, finalReports, grants } from "#db/schema.ts";
import { submitApplication } from "#domain/applications/submit-application.server.ts";
import { completeForm, seedApplication } from "#domain/applications/testing/application-fixture.ts";
import { databaseForTheseTests, testBackend } from "#tests/database.ts";
import { type CaseState, caseStates } from "#vocabulary/vocabulary.ts";
import { catalogueIdOf } from "./catalogue-project.ts";
import { defaultCatalogueQuery } from "./catalogue-query.ts";
import { findCatalogueProject } from "./find-catalogue-project.server.ts";
import { publishedStates } from "./project-from-case.ts";
import { searchCatalogue } from "./search-catalogue.server.ts";
import { syncCaseToCatalogue } from "./sync-case-to-catalogue.server.ts";

const database = databaseForTheseTests();

// Sent 30 minutes after midnight on New Year's night in Oslo: 2025 in UTC, 2026 in Oslo.
const sentAt = new Date("2025-12-31T23:30:00Z");
const person = {
  name: "Ivan Privatov",
  kind: "person",
  country: "RU",
  region: "ru-arkhangelsk",
  email: "ivan@example.ru",
};

/** A case sent with an organisation and a private person as partners, then put in `state`. */
async function caseIn(state: CaseState, options: { grant?: boolean } = {}) {
  const fixture = await seedApplication(database.db, { now: sentAt });
  const form = completeForm(sentAt);
  form.project!.title = { nb: "Joik og sang over grensen", en: "Joik and song across the border" };
  form.partners = { items: [...form.partners!.items!, person] };
  await database.db.update(applications).set({ form }).where(eq(applications.id, fixture.applicationId));
  const sent = await submitApplication(database.db, {
    applicationId: fixture.applicationId,
    user: { id: fixture.userId },
    idempotencyKey: crypto.randomUUID(),
    now: sentAt,
    mail: { smtpEnabled: false, baseUrl: "https://grants.example" },
  });
  if (!sent.ok) throw new Error(`fixture not sent: ${sent.kind}`);
  await database.db
    .update(applications)
    .set({ status: state })
    .where(eq(applications.id, fixture.applicationId));
  if (options.grant !== false) {
    await database.db.insert(grants).values({
      applicationId: fixture.applicationId,
      amount: 65_000,
      advanceMaxPercent: 75,
      reportDueOn: "2027-01-31",
      auditorRequired: false,
      decidedAt: sentAt,
    });
  }
  return { ...fixture, caseNumber: sent.value.caseNumber };
}

async function rowOf(applicationId: string) {
  const [row] = await database.db
    .select()
    .from(catalogueProjects)
    .where(eq(catalogueProjects.applicationId, applicationId));
  return row;
}

describe(`projecting cases into the catalogue (${testBackend})`, () => {
  for (const state of caseStates) {
    const published = publishedStates.includes(state);
    it(`${published ? "publishes" : "never publishes"} a case in state ${state}`, async () => {
      const fixture = await caseIn(state);
      const result = await syncCaseToCatalogue(database.db, fixture.applicationId);
      expect(result).toBe(published ? "published" : "absent");
      const row = await rowOf(fixture.applicationId);
      if (!published) {
        expect(row).toBeUndefined();
        return;
      }
      expect(row).toMatchObject({
        id: catalogueIdOf(fixture.caseNumber),
        caseNumber: fixture.caseNumber,
        source: "case",
        title: { nb: "Joik og sang over grensen", en: "Joik and song across the border" },
        summary: { nb: "Korene i Kirkenes og Murmansk møtes to ganger." },
        applicantCounty: "no-finnmark",
        priorityArea: "culture-sport",
        programmeId: "no-ru-regular",
        year: 2026,
        amountNok: 65_000,
        status: state === "closed" || state === "report_approved" ? "finished" : "ongoing",
      });
      expect(row!.applicantName).toMatch(/^Kor /);
      expect(row!.startsOn).toMatch(/^2026-/);
    });
  }

  it("publishes nothing for an approved case without a grant, or an unknown application", async () => {
    const fixture = await caseIn("approved", { grant: false });
    expect(await syncCaseToCatalogue(database.db, fixture.applicationId)).toBe("absent");
    expect(await syncCaseToCatalogue(database.db, crypto.randomUUID())).toBe("absent");
  });

  it("never shows a partner who is a private person, nor contact details", async () => {
    const fixture = await caseIn("running");
    await syncCaseToCatalogue(database.db, fixture.applicationId);
    const row = await rowOf(fixture.applicationId);
    expect(row!.partners).toEqual([{ name: "Murmansk Choir", country: "RU", region: "ru-murmansk" }]);
    expect(row!.partnerRegions).toEqual(["ru-murmansk"]);
    const everything = JSON.stringify(row);
    for (const secret of [
      "Ivan",
      "Privatov",
      "ivan@example.ru",
      "Kari Nordmann",
      "kari@example.org",
      "912 34 567",
    ])
      expect(everything).not.toContain(secret);
    const search = await searchCatalogue(database.db, { ...defaultCatalogueQuery, q: "Privatov" });
    expect(search.items.map((i) => i.caseNumber)).not.toContain(fixture.caseNumber);
  });

  it("is idempotent, and takes the project out when the case leaves the published states", async () => {
    const fixture = await caseIn("approved");
    expect(await syncCaseToCatalogue(database.db, fixture.applicationId)).toBe("published");
    const first = await findCatalogueProject(database.db, catalogueIdOf(fixture.caseNumber));
    expect(await syncCaseToCatalogue(database.db, fixture.applicationId)).toBe("published");
    const again = await findCatalogueProject(database.db, catalogueIdOf(fixture.caseNumber));
    expect({ ...again, updatedAt: null }).toEqual({ ...first, updatedAt: null });
    const rows = await database.db
      .select()
      .from(catalogueProjects)
      .where(eq(catalogueProjects.caseNumber, fixture.caseNumber));
    expect(rows).toHaveLength(1);

    for (const state of ["withdrawn", "rejected"] as const) {
      await database.db
        .update(applications)
        .set({ status: "approved" })
        .where(eq(applications.id, fixture.applicationId));
      await syncCaseToCatalogue(database.db, fixture.applicationId);
      await database.db
        .update(applications)
        .set({ status: state })
        .where(eq(applications.id, fixture.applicationId));
      expect(await syncCaseToCatalogue(database.db, fixture.applicationId)).toBe("removed");
      expect(await rowOf(fixture.applicationId)).toBeUndefined();
      expect(await findCatalogueProject(database.db, catalogueIdOf(fixture.caseNumber))).toBeNull();
    }
  });

  it("shows the approved final report's results and only the photos the grantee consented to", async () => {
    const fixture = await caseIn("closed");
    const report = (number: number, outcome: "approved" | "returned", results: string) => ({
      id: crypto.randomUUID(),
      applicationId: fixture.applicationId,
      number,
      content: {
        results,
        photos: [
          { attachmentId: `photo-yes-${number}`, fileName: "a.jpg", consent: true },
          { attachmentId: `photo-no-${number}`, fileName: "b.jpg", consent: false },
        ],
      },
      submittedBy: fixture.userId,
      submittedAt: sentAt,
      outcome,
    });
    await database.db
      .insert(finalReports)
      .values([
        report(1, "returned", "Første utkast."),
        report(2, "approved", "Korene sang sammen i Murmansk og Kirkenes."),
      ]);
    await syncCaseToCatalogue(database.db, fixture.applicationId);
    const project = await findCatalogueProject(database.db, catalogueIdOf(fixture.caseNumber));
    expect(project).toMatchObject({
      status: "finished",
      results: { nb: "Korene sang sammen i Murmansk og Kirkenes." },
      photos: [{ attachmentId: "photo-yes-2", alt: {} }],
    });
    // The results are searchable in their language.
    const found = await searchCatalogue(database.db, { ...defaultCatalogueQuery, q: "sang sammen" });
    expect(found.items.map((i) => i.caseNumber)).toContain(fixture.caseNumber);
  });

  it("runs inside the caller's transaction: a rolled-back transition publishes nothing", async () => {
    const fixture = await caseIn("approved");
    await expect(
      database.db.transaction(async (tx) => {
        await syncCaseToCatalogue(tx, fixture.applicationId);
        throw new Error("transition failed");
      }),
    ).rejects.toThrow("transition failed");
    expect(await rowOf(fixture.applicationId)).toBeUndefined();
  });
});
