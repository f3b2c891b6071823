import path from "node:path";
import { pathToFileURL } from "node:url";
import compression from "compression";
import express from "express";
import type { ServerBuild } from "react-router";
import { DatabaseInUseError } from "#db/connection.ts";
import { demoAccounts } from "#domain/demo/demo-accounts.ts";
import { configOrExit } from "./config-or-exit.ts";
import { createHttpApp } from "./http-app.ts";
import { createServices } from "./services.ts";

// Production entry: serves the React Router build in ./build. `npm start` builds it when missing.
const startedAt = performance.now();
const config = configOrExit();

// The React Router build loads while the database opens.
const buildPath = path.resolve("build/server/index.js");
const buildLoading = import(pathToFileURL(buildPath).href) as Promise<ServerBuild>;

let services: Awaited<ReturnType<typeof createServices>>;
try {
  services = await createServices(config);
} catch (error) {
  if (error instanceof DatabaseInUseError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

/**
 * The build's static files: /assets/* (names carry a content hash: cached for a year) and the few
 * top-level files such as /favicon.svg. Only requests for such paths look at the disk; a page or
 * an API request passes by without a file-system lookup (one per request was a seventh of the
 * server's time under load).
 */
function staticFiles(): express.RequestHandler {
  const hashed = express.static("build/client/assets", {
    immutable: true,
    maxAge: "1y",
    index: false,
    redirect: false,
  });
  const topLevel = express.static("build/client", { maxAge: "1h", index: false, redirect: false });
  const topLevelFile = /^\/[^/]+\.[A-Za-z0-9]+$/;
  const files = express.Router();
  files.use("/assets", hashed);
  files.use((req, res, next) => (topLevelFile.test(req.path) ? topLevel(req, res, next) : next()));
  return files;
}

const build = await buildLoading;
const app = createHttpApp(services, build, {
  assets: [compression(), staticFiles()],
});

const server = app.listen(config.PORT, config.HOST, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  const url = config.PUBLIC_URL ?? `http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${port}`;
  const lines = [
    `Barents Bridge ${process.env.npm_package_version ?? ""} listening on ${url}`,
    `  database: ${services.database.kind}${services.database.kind === "pglite" ? ` (${path.resolve(config.DATA_DIR)})` : ""}`,
    `  e-mail: ${config.SMTP_URL ? "SMTP" : "outbox only (read it at /nb/admin/outbox)"}`,
    `  ready in ${Math.round(performance.now() - startedAt)} ms`,
  ];
  if (config.demo) {
    lines.push(`  demo logins (password: ${config.DEMO_PASSWORD}):`);
    for (const account of demoAccounts) lines.push(`    ${account.role.padEnd(18)} ${account.email}`);
  }
  console.warn(lines.join("\n"));
});

services.ready.catch((error) => {
  console.error(`background jobs could not start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.warn(`${signal}: shutting down`);
  server.close();
  server.closeAllConnections();
  await services.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
