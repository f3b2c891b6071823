import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { builtFingerprint, fingerprintPath, sourceFingerprint } from "../scripts/build-fingerprint.ts";

// The fingerprint decides whether the tests rebuild the app: it must change with every source the
// build is made from, and with nothing else.
let root: string;
function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "bb-fingerprint-"));
  write("app/routes/home.tsx", "export default function Home() {}\n");
  write("domain/cases/screen-case.ts", "export const screen = 1;\n");
  write("domain/cases/screen-case.test.ts", "test\n");
  write("package-lock.json", "{}\n");
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe("the build's source fingerprint", () => {
  it("stays the same while nothing changes", () => {
    expect(sourceFingerprint(root)).toBe(sourceFingerprint(root));
  });

  it("changes when a source, a new file or the lock file changes", () => {
    const before = sourceFingerprint(root);
    write("domain/cases/screen-case.ts", "export const screen = 2;\n");
    const edited = sourceFingerprint(root);
    expect(edited).not.toBe(before);
    write("vocabulary/vocabulary.ts", "export const roles = [];\n");
    const added = sourceFingerprint(root);
    expect(added).not.toBe(edited);
    write("package-lock.json", '{"lockfileVersion":3}\n');
    expect(sourceFingerprint(root)).not.toBe(added);
  });

  it("ignores tests, which never reach the build", () => {
    const before = sourceFingerprint(root);
    write("domain/cases/screen-case.test.ts", "another test\n");
    write("domain/cases/testing/case-fixture.ts", "export {};\n");
    expect(sourceFingerprint(root)).toBe(before);
  });

  it("counts a build without its fingerprint, or a fingerprint without a build, as no build", () => {
    expect(builtFingerprint(root)).toBeUndefined();
    write("build/server/index.js", "export {};\n");
    expect(builtFingerprint(root)).toBeUndefined();
    fs.writeFileSync(fingerprintPath(root), `${sourceFingerprint(root)}\n`);
    expect(builtFingerprint(root)).toBe(sourceFingerprint(root));
  });
});
