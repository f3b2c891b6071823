// `npm run bench -- NAME [--option=value…]`: runs bench/NAME.mjs (default: every benchmark in this
// folder), handing it the --options.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const names = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const flags = process.argv.slice(2).filter((arg) => arg.startsWith("--"));
const all = fs
  .readdirSync("bench")
  .filter((f) => f.endsWith(".mjs") && f !== "run.mjs")
  .map((f) => f.slice(0, -4));
for (const name of names.length ? names : all) {
  if (!all.includes(name)) {
    console.error(`unknown benchmark "${name}"; there are: ${all.join(", ")}`);
    process.exit(2);
  }
  const result = spawnSync(process.execPath, [`bench/${name}.mjs`, ...flags], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
