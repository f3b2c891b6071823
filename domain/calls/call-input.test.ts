import { describe, expect, it } from "vitest";
import { createTranslator } from "#domain/i18n/translate.ts";
import { callFormValues, callInputSchema } from "./call-input.ts";

const en = callInputSchema(createTranslator("en"));
const valid = {
  titleNb: "Styresaker våren 2027",
  titleEn: "Board cases spring 2027",
  titleRu: "Дела правления весной 2027",
  kind: "deadline",
  opensDate: "2026-10-02",
  opensTime: "00:00",
  closesDate: "2027-03-01",
  closesTime: "23:59",
  budgetNok: 8_000_000,
};

const errors = (result: ReturnType<typeof en.safeParse>) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("a call as a manager types it", () => {
  it("turns the Oslo wall-clock window into instants, the closing minute counted in full", () => {
    const result = en.parse(valid);
    expect(result).toEqual({
      title: { nb: valid.titleNb, en: valid.titleEn, ru: valid.titleRu },
      kind: "deadline",
      opensAt: new Date("2026-10-01T22:00:00.000Z"),
      closesAt: new Date("2027-03-01T22:59:59.999Z"),
      budgetNok: 8_000_000,
    });
  });

  it("lets a continuous call stay open with no closing time", () => {
    const { closesDate: _d, closesTime: _t, ...open } = valid;
    expect(en.parse({ ...open, kind: "continuous" }).closesAt).toBeNull();
    expect(errors(en.safeParse({ ...open, kind: "deadline" }))).toEqual({
      closesDate: "A call with a deadline needs a closing date.",
    });
  });

  it("refuses a call that closes before it opens", () => {
    expect(errors(en.safeParse({ ...valid, closesDate: "2026-10-01" }))).toEqual({
      closesDate: "The call must close after it opens.",
    });
    expect(errors(en.safeParse({ ...valid, closesDate: "2026-10-02", closesTime: "00:00" }))).toEqual({});
  });

  it("refuses a budget outside 0 to 1 000 000 000 whole kroner", () => {
    for (const budgetNok of [-1, 1.5, 1_000_000_001])
      expect(errors(en.safeParse({ ...valid, budgetNok }))).toEqual({
        budgetNok: "Write a whole number of kroner from 0 to 1,000,000,000.",
      });
    expect(en.parse({ ...valid, budgetNok: 0 }).budgetNok).toBe(0);
  });

  it("needs the title in all three languages, and says which one is missing in the page's language", () => {
    expect(errors(en.safeParse({ ...valid, titleRu: "  " }))).toEqual({
      titleRu: "Write the title in Russian.",
    });
    const ru = callInputSchema(createTranslator("ru"));
    expect(errors(ru.safeParse({ ...valid, titleRu: undefined }))).toEqual({
      titleRu: "Напишите название на русском.",
    });
  });

  it("refuses dates and times that do not exist in Oslo", () => {
    expect(errors(en.safeParse({ ...valid, closesDate: "2027-02-30" }))).toEqual({
      closesDate: "Write the date as YYYY-MM-DD, for example 2027-03-01.",
    });
    expect(errors(en.safeParse({ ...valid, closesDate: "2027-03-28", closesTime: "02:30" }))).toEqual({
      closesTime: "This time does not exist in Norway: the clocks go forward an hour that night.",
    });
    expect(errors(en.safeParse({ ...valid, closesTime: undefined }))).toEqual({
      closesTime: "Fill in this field.",
    });
  });

  it("shows a stored call back as the times that were typed", () => {
    const parsed = en.parse(valid);
    const values = callFormValues({
      id: "x",
      programmeId: "p",
      ...parsed,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    expect(values).toMatchObject({
      opensDate: "2026-10-02",
      opensTime: "00:00",
      closesDate: "2027-03-01",
      closesTime: "23:59",
    });
  });
});
