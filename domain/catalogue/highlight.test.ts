import { describe, expect, it } from "vitest";
import { leadingWords, segmentsOf } from "./highlight.ts";

describe("highlight segments", () => {
  it("splits marked text into matching and plain segments", () => {
    expect(segmentsOf("Kor i \u0002Murmansk\u0003 og \u0002Kirkenes\u0003")).toEqual([
      { text: "Kor i ", match: false },
      { text: "Murmansk", match: true },
      { text: " og ", match: false },
      { text: "Kirkenes", match: true },
    ]);
  });

  it("keeps markup as text and drops stray markers", () => {
    expect(segmentsOf("<b>\u0003x\u0002\u0002y\u0003")).toEqual([
      { text: "<b>x", match: false },
      { text: "y", match: true },
    ]);
    expect(segmentsOf("")).toEqual([]);
  });

  it("cuts a long text after its first words", () => {
    expect(leadingWords("a b c d", 2)).toBe("a b …");
    expect(leadingWords("  a  b ", 2)).toBe("a b");
  });
});
