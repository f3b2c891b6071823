import fs from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import express from "express";
import { describe, expect, it } from "vitest";
import { securityHeaders } from "./security-headers.ts";

// HSTS and the upgrade of insecure requests depend on how the page was reached, which the HTTP
// tests (plain http) cannot vary: a bare Express app behind a "proxy" that says https or not.
async function headersOf(options: { production: boolean; viteDevServer?: boolean }, proto: "http" | "https") {
  const app = express();
  app.set("trust proxy", "loopback");
  app.use(securityHeaders({ viteDevServer: false, ...options }));
  app.get("/", (_req, res) => res.send("ok"));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-proto": proto } });
    return response.headers;
  } finally {
    server.close();
  }
}

describe("security headers by environment", () => {
  it("tells browsers to keep to https only in production, and only over https", async () => {
    const production = await headersOf({ production: true }, "https");
    expect(production.get("strict-transport-security")).toBe("max-age=31536000");
    expect(production.get("content-security-policy")).toContain("upgrade-insecure-requests");
    expect((await headersOf({ production: true }, "http")).get("strict-transport-security")).toBeNull();
    expect((await headersOf({ production: false }, "https")).get("strict-transport-security")).toBeNull();
  });

  it("loosens styles and connections for the Vite dev server's hot reload only", async () => {
    const dev = (await headersOf({ production: false, viteDevServer: true }, "http")).get(
      "content-security-policy",
    );
    expect(dev).toContain("style-src 'self' 'unsafe-inline'");
    expect(dev).toContain("connect-src 'self' ws: wss:");
    expect(dev).toMatch(/script-src 'self' 'nonce-[^']+'(;|$)/);
    const built = (await headersOf({ production: false }, "http")).get("content-security-policy");
    expect(built).toContain("style-src 'self';");
    expect(built).toContain("connect-src 'self';");
  });
});

describe("page markup under the policy", () => {
  it("has no style attributes, which style-src-attr 'none' refuses (a class instead)", () => {
    const files = fs
      .readdirSync("app", { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".tsx"));
    const offenders = files.filter((file) =>
      /\sstyle=\{/.test(fs.readFileSync(path.join("app", file), "utf8")),
    );
    expect(files.length).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
  });
});
