import { describe, expect, it } from "vitest";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import { drafting, eligibleDraft, expectSaid, say, submitting } from "../testing/eligible-draft.ts";
import { requiredFields } from "./required-fields.ts";

describe.each(programmeSeeds.map((p) => [p.id, p] as const))("required fields, %s", (_, programme) => {
  const { rules } = programme;

  it("passes a complete application", () => {
    expect(requiredFields(eligibleDraft(programme), rules, submitting).outcome).toBe("pass");
  });

  it("lists what an empty draft lacks: a warning while drafting, a failure when sent", () => {
    const draft = {};
    const whileDrafting = requiredFields(draft, rules, drafting);
    expect(whileDrafting.outcome).toBe("warning");
    expect(requiredFields(draft, rules, submitting).outcome).toBe("fail");
    expect(whileDrafting.fields).toEqual([
      "project.title",
      "project.summary",
      "project.cooperation",
      "applicant.organisationNumber",
      "applicant.region",
      "partners",
      "priorityArea",
      "dates.start",
      "dates.end",
      "budget",
      "financing.requested",
    ]);
    expect(say("en", whileDrafting)).toBe(
      "11 required items are missing: project title, summary, how the partners will cooperate, organisation number, the applicant's county, at least one partner, priority area, start date, end date, at least one cost line and the amount applied for.",
    );
  });

  it("counts blank text as missing, and any one language as enough", () => {
    const draft = eligibleDraft(programme);
    draft.project = { title: { nb: "   ", en: "" }, summary: { ru: "Хор" }, cooperation: { en: "Together" } };
    const result = requiredFields(draft, rules, submitting);
    expect(result.fields).toEqual(["project.title"]);
    expectSaid(result, {
      nb: "1 obligatorisk opplysning mangler: prosjekttittel.",
      en: "1 required item is missing: project title.",
      ru: "Не заполнено 1 обязательное поле: название проекта.",
    });
  });

  it("uses the Russian plural forms for 2 and 5 missing items", () => {
    const two = eligibleDraft(programme);
    two.dates = {};
    expect(say("ru", requiredFields(two, rules, submitting))).toBe(
      "Не заполнено 2 обязательных поля: дата начала и дата окончания.",
    );
    const five = { ...two, partners: [], budget: [], priorityArea: "" };
    delete five.financing;
    expect(say("ru", requiredFields(five, rules, submitting))).toMatch(
      /^Не заполнено 6 обязательных полей: /,
    );
  });

  it("takes a requested amount of 0 as filled in (it is a value, not a blank)", () => {
    const draft = eligibleDraft(programme);
    draft.financing = { requested: 0 };
    expect(requiredFields(draft, rules, submitting).outcome).toBe("pass");
  });
});
