// After `npm install`: build the app so that `npm start` serves its first page within seconds.
import { spawnSync } from "node:child_process";

if (process.env.BB_SKIP_BUILD === "1") process.exit(0);
const result = spawnSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
process.exit(result.status ?? 1);
