import { describe, expect, it } from "vitest";
import { formatFileSize } from "./format-file-size.ts";

describe("formatFileSize", () => {
  it("names sizes in each language's own way", () => {
    expect(formatFileSize("en", 10 * 1024 * 1024)).toBe("10 MB");
    expect(formatFileSize("en", 2.5 * 1024 * 1024)).toBe("2.5 MB");
    expect(formatFileSize("nb", 2.5 * 1024 * 1024)).toBe("2,5 MB");
    expect(formatFileSize("ru", 8192)).toBe("8 кБ");
    expect(formatFileSize("en", 350_000)).toBe("342 kB");
  });
});
