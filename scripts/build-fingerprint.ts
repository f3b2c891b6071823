// A build is only as good as the sources it was made from. `npm run build` writes a fingerprint of
// those sources beside the build; the test runs compare it with the sources as they are now and
// rebuild when they differ, so a test never passes or fails against yesterday's code (ADR 0021).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Folders whose code goes into the React Router build (the server imports the rest directly). */
const sourceFolders = ["app", "domain", "vocabulary", "db", "config", "public"];
/** Single files that change what the build makes. */
const sourceFiles = [
  "vite.config.ts",
  "react-router.config.ts",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
];
/** Test code sits beside the sources but never reaches the build: editing a test needs no rebuild. */
const notInBuild = /(\.test\.tsx?$|\.e2e\.ts$|\/testing\/)/;

/** Where `npm run build` leaves the fingerprint of the sources it built. */
export function fingerprintPath(root: string): string {
  return path.join(root, "build", "source-fingerprint.txt");
}

function filesUnder(root: string, folder: string): string[] {
  const dir = path.join(root, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .filter((file) => !notInBuild.test(file));
}

/** A hash of every source that goes into the build: each file's path and content, in a stable order. */
export function sourceFingerprint(root: string): string {
  const files = [
    ...sourceFolders.flatMap((folder) => filesUnder(root, folder)),
    ...sourceFiles.filter((file) => fs.existsSync(path.join(root, file))),
  ].sort();
  const hash = crypto.createHash("sha256");
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** The fingerprint the build in `root/build` was made from, or undefined when there is no (whole) build. */
export function builtFingerprint(root: string): string | undefined {
  if (!fs.existsSync(path.join(root, "build", "server", "index.js"))) return undefined;
  try {
    return fs.readFileSync(fingerprintPath(root), "utf8").trim();
  } catch {
    return undefined;
  }
}
