// `npm run build`: React Router's build, then the fingerprint of the sources it was made from
// (scripts/build-fingerprint.ts). The fingerprint is taken before building, so an edit made while
// the build runs leaves the build marked stale; a failed build leaves none, so it counts as stale too.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fingerprintPath, sourceFingerprint } from "./build-fingerprint.ts";

const root = process.cwd();
const fingerprint = sourceFingerprint(root);
fs.rmSync(fingerprintPath(root), { force: true });
const bin = path.join(root, "node_modules", ".bin", "react-router");
const result = spawnSync(bin, ["build", ...process.argv.slice(2)], { stdio: "inherit" });
if (result.status !== 0) process.exit(result.status ?? 1);
fs.writeFileSync(fingerprintPath(root), `${fingerprint}\n`);
