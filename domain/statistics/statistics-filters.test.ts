import { describe, expect, it } from "vitest";
import { createTranslator } from "#domain/i18n/translate.ts";
import { parseStatisticsFilters } from "./statistics-filters.ts";

const t = createTranslator("en");
const years = [2018, 2019, 2020, 2021, 2022];
const parse = (query: string) => parseStatisticsFilters(new URLSearchParams(query), t, years);

describe("parseStatisticsFilters", () => {
  it("reads the catalogue search's parameters", () => {
    const { filters, errors } = parse("source=case,archive&year=2020");
    expect(errors).toEqual([]);
    expect(filters).toEqual({ source: ["case", "archive"], year: [2020] });
  });

  it("turns a year range into years, an open end reaching the catalogue's first or last year", () => {
    expect(parse("yearFrom=2019&yearTo=2021").filters.year).toEqual([2019, 2020, 2021]);
    expect(parse("yearFrom=2021").filters.year).toEqual([2021, 2022]);
    expect(parse("yearTo=2018").filters.year).toEqual([2018]);
    expect(parse("yearFrom=&yearTo=&programme=").filters).toEqual({});
    expect(parse("yearFrom=2019&yearTo=2020").selection).toMatchObject({ yearFrom: "2019", yearTo: "2020" });
  });

  it("names bad input, in the reader's language, and leaves that filter out", () => {
    const bad = parse("year=abc");
    expect(bad.errors.map((e) => e.message)).toEqual(["“abc” is not a year (for example 2024)."]);
    expect(bad.filters.year).toBeUndefined();
    expect(parse("yearFrom=2022&yearTo=2019").errors[0]!.message).toBe(
      "The from year cannot be after the to year.",
    );
    const russian = parseStatisticsFilters(new URLSearchParams("yearFrom=x"), createTranslator("ru"), years);
    expect(russian.errors[0]!.message).toContain("не является годом");
    expect(parse("yearFrom=1900&yearTo=2022").errors).toHaveLength(1);
  });
});
