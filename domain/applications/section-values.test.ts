import { describe, expect, it } from "vitest";
import { changedPaths, pickSectionValues, SectionTooLargeError, valueAtPath } from "./section-values.ts";

describe("a step's stored values", () => {
  it("keeps the known fields as typed, invalid values included, and drops everything else", () => {
    const values = pickSectionValues("financing", {
      requested: "-5",
      ownFunds: "ten thousand",
      status: "submitted",
      __proto__: { polluted: "yes" },
      partnerContributions: { nested: "object" },
    });
    expect(values).toEqual({ requested: "-5", ownFunds: "ten thousand" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("keeps rows in order, an empty row as an empty object", () => {
    const values = pickSectionValues("partners", {
      items: [{ name: "Murmansk Choir", extra: "x" }, "junk", {}],
    });
    expect(values).toEqual({ items: [{ name: "Murmansk Choir" }, {}, {}] });
  });

  it("refuses what only a script would send: a text of 20,001 characters, 201 rows", () => {
    expect(() => pickSectionValues("applicant", { contactName: "x".repeat(20_001) })).toThrow(
      SectionTooLargeError,
    );
    expect(() => pickSectionValues("activities", { items: Array.from({ length: 201 }, () => ({})) })).toThrow(
      SectionTooLargeError,
    );
  });
});

describe("which fields someone else changed", () => {
  it("names each changed field by its path, blank and missing being the same", () => {
    const before = { title: { nb: "Kor", en: "" }, items: [{ amount: "100" }] };
    const after = { title: { nb: "Korene" }, items: [{ amount: "100" }, { amount: "5" }] };
    expect(changedPaths(before, after).sort()).toEqual(["items.1.amount", "title.nb"]);
    expect(valueAtPath(after, "items.1.amount")).toBe("5");
    expect(valueAtPath(after, "items.7.amount")).toBe("");
  });
});
