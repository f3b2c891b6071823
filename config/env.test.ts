import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./env.ts";

describe("configuration", () => {
  it("starts with nothing set: embedded database, demo on, local address", () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      DATA_DIR: "./data",
      PORT: 3000,
      demo: true,
      baseUrl: "http://127.0.0.1:3000",
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ SMTP_URL: "http://mail" }, "SMTP_URL"],
    [{ AUTH_SECRET: "short" }, "AUTH_SECRET"],
    [{ DEMO_MODE: "maybe" }, "DEMO_MODE"],
    [{ TRUST_PROXY: "true" }, "TRUST_PROXY"],
    [{ TRUST_PROXY: "10.0.0.0/33" }, "TRUST_PROXY"],
    [{ TRUST_PROXY: "loopback, proxy.example" }, "TRUST_PROXY"],
    [{ NODE_ENV: "production", PUBLIC_URL: "https://x.example" }, "AUTH_SECRET"],
  ])("stops with one line naming the variable for %j", (env, name) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    try {
      parseConfig(env);
    } catch (error) {
      expect((error as Error).message).toMatch(new RegExp(`^Invalid environment variable ${name}: `));
      expect((error as Error).message).not.toContain("\n");
    }
  });

  it("believes no proxy unless TRUST_PROXY names a hop count or the proxies' addresses", () => {
    expect(parseConfig({}).TRUST_PROXY).toBe(false);
    expect(parseConfig({ TRUST_PROXY: "0" }).TRUST_PROXY).toBe(false);
    expect(parseConfig({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
    expect(parseConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8,192.0.2.7, fd00::/8" }).TRUST_PROXY).toEqual([
      "loopback",
      "10.0.0.0/8",
      "192.0.2.7",
      "fd00::/8",
    ]);
  });

  it("never runs demo mode in production", () => {
    const config = parseConfig({
      NODE_ENV: "production",
      AUTH_SECRET: "x".repeat(40),
      PUBLIC_URL: "https://grants.example/",
      DEMO_MODE: "true",
    });
    expect(config.demo).toBe(false);
    expect(config.baseUrl).toBe("https://grants.example");
  });
});
