import { describe, expect, it } from "vitest";
import { createTranslator } from "#domain/i18n/translate.ts";
import { findRuleProblems } from "./find-rule-problems.ts";
import { programmeRulesFormSchema, programmeRulesFormValues, slugify } from "./programme-rules-form.ts";
import { programmeSeeds } from "./seed-programmes.ts";

const [russian, nordic] = programmeSeeds;
// The form edits neither the applicant country nor the case-handling lists.
const { applicantCountry, screeningChecklist: _s, assessmentCriteria: _a, ...russianEdit } = russian!.rules;
const schema = programmeRulesFormSchema(createTranslator("en"), "en", applicantCountry);
const values = () => programmeRulesFormValues(russian!.rules);
const errors = (input: unknown) =>
  Object.fromEntries(
    (schema.safeParse(input).error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]),
  );

describe("the programme rules form", () => {
  it("reads back the stored rules unchanged", () => {
    expect(schema.parse(values())).toEqual(russianEdit);
    const {
      applicantCountry: _c,
      screeningChecklist: _ns,
      assessmentCriteria: _na,
      ...nordicEdit
    } = nordic!.rules;
    expect(
      programmeRulesFormSchema(createTranslator("en"), "en", "NO").parse(
        programmeRulesFormValues(nordic!.rules),
      ),
    ).toEqual(nordicEdit);
  });

  it("refuses a business share above the maximum share, in the page's language", () => {
    expect(errors({ ...values(), businessMaxSharePercent: 80 })).toEqual({
      businessMaxSharePercent:
        "The share for business projects cannot be higher than the maximum funding share.",
    });
    const nb = programmeRulesFormSchema(createTranslator("nb"), "nb", "NO");
    expect(nb.safeParse({ ...values(), maxSharePercent: 101 }).error?.issues[0]).toMatchObject({
      path: ["maxSharePercent"],
      message: "Skriv et tall fra 0 til 100.",
    });
  });

  it("leaves out blank rows, keeps the ids of existing rows and makes ids for new ones", () => {
    const input = values();
    input.priorityAreas = [
      ...input.priorityAreas.slice(1),
      {},
      { nb: "Barn og unge", en: "Children and youth", ru: "Дети и молодёжь" },
      { nb: "Kultur", en: "Culture and sport", ru: "Культура" },
    ];
    input.ownWorkRates = [...input.ownWorkRates, {}];
    const rules = schema.parse(input);
    expect(rules.priorityAreas.map((a) => a.id)).toEqual([
      "competence-education",
      "indigenous",
      "business",
      "civil-society-environment",
      "media",
      "children-and-youth",
      "culture-and-sport",
    ]);
    expect(rules.ownWorkRates).toHaveLength(3);
  });

  it("asks for every name of a row that has one, on that row's field", () => {
    const input = values();
    input.priorityAreas = [...input.priorityAreas, { en: "Health" }];
    expect(errors(input)).toEqual({
      "priorityAreas.6.nb": "Write the name in Norwegian.",
      "priorityAreas.6.ru": "Write the name in Russian.",
    });
    input.priorityAreas = [];
    expect(errors(input)).toEqual({ priorityAreas: "The programme needs at least one priority area." });
  });

  it("checks regions against countries and deadlines against the calendar", () => {
    expect(errors({ ...values(), partnerRegions: ["ru-murmansk", "se-norrbotten"] })).toEqual({
      partnerRegions: "Norrbotten is not in one of the partner countries.",
    });
    expect(errors({ ...values(), partnerCountries: ["RU", "FI"] })).toEqual({
      partnerRegions: "Choose at least one region in Finland.",
    });
    expect(errors({ ...values(), applicantRegions: ["fi-lapland"] })).toEqual({
      applicantRegions: "Lapland is not in the applicant's country.",
    });
    expect(errors({ ...values(), boardDeadlines: "03-01, 02-30" })).toEqual({
      boardDeadlines: "02-30 is not a date that exists every year. Write MM-DD, for example 03-01.",
    });
    expect(schema.parse({ ...values(), boardDeadlines: "10-01; 03-01 06-01" }).boardDeadlines).toEqual([
      "03-01",
      "06-01",
      "10-01",
    ]);
    expect(errors({ ...values(), languages: undefined })).toEqual({
      languages: "Choose at least one language.",
    });
  });

  it("refuses two rates for the same kind and side, naming them", () => {
    const input = values();
    input.ownWorkRates = [...input.ownWorkRates, { kind: "volunteer", side: "NO", nokPerHour: 250 }];
    expect(errors(input)).toEqual({ ownWorkRates: "There are two rates for Volunteer work, Norway." });
    input.ownWorkRates = [{ kind: "volunteer", nokPerHour: 250 }];
    expect(errors(input)).toEqual({ "ownWorkRates.0.side": "Fill in this field." });
  });
});

describe("rules that only make sense together", () => {
  it("finds nothing wrong with the published rules", () => {
    for (const programme of programmeSeeds) expect(findRuleProblems(programme.rules)).toEqual([]);
  });

  it("makes ids from English names", () => {
    expect(slugify("Culture and sport")).toBe("culture-and-sport");
    expect(slugify("Årets café")).toBe("arets-cafe");
    expect(slugify("Культура")).toBe("");
  });
});
