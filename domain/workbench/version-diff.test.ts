import { describe, expect, it } from "vitest";
import { completeForm } from "#domain/applications/testing/application-fixture.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { programmeRulesSchema } from "#domain/programmes/programme-rules.ts";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import { fieldLabel, fieldValue, parseFieldPath } from "./form-fields.ts";
import { diffVersions } from "./version-diff.ts";

const form = completeForm(new Date("2026-03-01T10:00:00Z"));
const file = (id: string, sha: string, fileName = "letter.pdf") => ({
  id,
  kind: "partner-letter",
  fileName,
  mediaType: "application/pdf",
  sizeBytes: 10,
  sha256: sha,
});
const rules = programmeRulesSchema.parse(programmeSeeds.find((p) => p.id === "no-ru-regular")!.rules);

describe("the changes between two sent versions", () => {
  it("lists each changed field once, in the order of the form, with the values before and after", () => {
    const after = structuredClone(form);
    after.financing!.requested = "65000";
    after.project!.title = { ...after.project!.title, en: "Joik and song across the border" };
    after.budget!.lines![1]!.amount = "25000";
    after.partners!.items!.push({
      name: "Tromsø Choir",
      kind: "organisation",
      country: "NO",
      region: "no-troms",
    });
    // Whitespace alone is no change a reader could see.
    after.applicant!.contactName = ` ${form.applicant!.contactName} `;
    const diff = diffVersions({ form, attachments: [] }, { form: after, attachments: [] });
    expect(diff.fields.map((change) => change.path)).toEqual([
      "project.title.en",
      "partners.items.1.name",
      "partners.items.1.kind",
      "partners.items.1.country",
      "partners.items.1.region",
      "budget.lines.1.amount",
      "financing.requested",
    ]);
    expect(diff.fields.at(-1)).toEqual({ path: "financing.requested", before: "70000", after: "65000" });
    expect(
      diffVersions({ form, attachments: [] }, { form: structuredClone(form), attachments: [] }).fields,
    ).toEqual([]);
  });

  it("sorts rows by number, so row 10 comes after row 9", () => {
    const before = { ...form, activities: { items: [] } };
    const after = {
      ...form,
      activities: { items: Array.from({ length: 11 }, (_, i) => ({ title: `Activity ${i}` })) },
    };
    const paths = diffVersions(
      { form: before, attachments: [] },
      { form: after, attachments: [] },
    ).fields.map((c) => c.path);
    expect(paths.indexOf("activities.items.10.title")).toBeGreaterThan(
      paths.indexOf("activities.items.9.title"),
    );
  });

  it("tells added and removed attachments apart from the same file kept", () => {
    const diff = diffVersions(
      { form, attachments: [file("a", "1"), file("b", "2", "budget.pdf")] },
      { form, attachments: [file("a2", "1"), file("c", "3", "new.pdf")] },
    );
    expect(diff.attachmentsAdded.map((f) => f.id)).toEqual(["c"]);
    expect(diff.attachmentsRemoved.map((f) => f.id)).toEqual(["b"]);
  });
});

describe("fields as an adviser reads them", () => {
  const en = createTranslator("en");
  const ru = createTranslator("ru");

  it("names a field with its row and language, in the reader's language", () => {
    expect(parseFieldPath("budget.lines.2.amount")).toEqual({
      field: "budget.lines.amount",
      list: "budget.lines",
      row: 2,
    });
    expect(fieldLabel("budget.lines.2.amount", "en", en)).toBe("Budget line 3: Amount in NOK");
    expect(fieldLabel("project.title.en", "en", en)).toBe("Project title (English)");
    expect(fieldLabel("partners.items.0.region", "ru", ru)).toBe("Партнёр 1: Регион");
    expect(fieldLabel("financing.requested", "en", en)).toBe("Amount you apply for");
  });

  it("shows codes by their names and amounts as amounts, and keeps anything else as typed", () => {
    expect(fieldValue("partners.items.0.region", "ru-murmansk", "en", en, rules)).toBe("Murmansk Oblast");
    expect(fieldValue("project.priorityArea", "culture-sport", "en", en, rules)).toBe("Culture and sport");
    expect(fieldValue("budget.lines.0.category", "travel", "en", en, rules)).toBe("Travel");
    expect(fieldValue("financing.requested", "70 000", "en", en, rules)).toMatch(/^NOK\s?70,000$/);
    expect(fieldValue("financing.requested", "seventy", "en", en, rules)).toBe("seventy");
    expect(fieldValue("project.startDate", "2026-04-01", "en", en, rules)).toBe("1 April 2026");
    expect(fieldValue("partners.items.0.name", "<b>Choir</b>", "en", en, rules)).toBe("<b>Choir</b>");
    expect(fieldValue("partners.items.0.country", "RU", "en", en, rules)).toBe("Russia");
  });
});
