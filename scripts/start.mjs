// `npm start`: builds the app when there is no build, or when the build was made from other sources
// than those checked out now (after a pull, say; scripts/build-fingerprint.ts), then runs the server
// in this process.
import { spawnSync } from "node:child_process";
import { builtFingerprint, sourceFingerprint } from "./build-fingerprint.ts";

const root = process.cwd();
if (builtFingerprint(root) !== sourceFingerprint(root)) {
  console.warn("The build is missing or older than the sources: building the app (npm run build)...");
  const result = spawnSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
await import("../server/main.ts");
