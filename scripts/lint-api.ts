import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildOpenApiDocument } from "#domain/catalogue/openapi.server.ts";

// npm run lint:api: writes the open-data API's OpenAPI document as the app serves it (from the
// domain, no server needed) to a temporary file and runs `redocly lint` on it with redocly.yaml.
// Offline and quiet: no telemetry, no update check. Exits with redocly's status.

const directory = fs.mkdtempSync(path.join(os.tmpdir(), "bb-openapi-"));
const file = path.join(directory, "openapi.json");
try {
  const document = buildOpenApiDocument({ baseUrl: "https://barentsbridge.example" });
  fs.writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  const redocly = path.resolve("node_modules/@redocly/cli/bin/cli.js");
  const result = spawnSync(
    process.execPath,
    [redocly, "lint", file, "--config", path.resolve("redocly.yaml"), "--format", "stylish"],
    {
      stdio: "inherit",
      env: {
        ...process.env,
        REDOCLY_TELEMETRY: "off",
        REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
        NO_UPDATE_NOTIFIER: "1",
      },
    },
  );
  process.exitCode = result.status ?? 1;
} finally {
  fs.rmSync(directory, { recursive: true, force: true });
}
