import fs from "node:fs";
import { describe, expect, it } from "vitest";

// ARCHITECTURE.md tells a newcomer where each operation lives; a renamed or deleted file must not
// leave it pointing at nothing.
describe("ARCHITECTURE.md", () => {
  it("names only files that exist", () => {
    const text = fs.readFileSync("ARCHITECTURE.md", "utf8");
    const paths = [
      ...text.matchAll(
        /`((?:app|domain|server|jobs|cli|db|tests|vocabulary|config)\/[\w./-]+\.(?:ts|tsx|mjs))`/g,
      ),
    ].map((match) => match[1]!);
    expect(paths.length).toBeGreaterThan(40);
    expect(paths.filter((path) => !fs.existsSync(path))).toEqual([]);
  });
});
