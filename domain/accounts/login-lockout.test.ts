import { describe, expect, it } from "vitest";
import { loginFailures } from "#db/schema.ts";
import { databaseForTheseTests } from "#tests/database.ts";
import {
  addressKey,
  checkLoginLockout,
  clearAccountFailures,
  lockoutLimits,
  recordFailedLogin,
} from "./login-lockout.server.ts";

const database = databaseForTheseTests();

const settings = { limits: lockoutLimits(3, 5), secret: "a-test-secret-of-thirty-two-chars!!" };
const minute = 60_000;
const t0 = Date.parse("2026-03-01T10:00:00Z");

describe("login lockout", () => {
  it("blocks an account after its limit for the block time, whoever tries and from wherever", async () => {
    const db = database.db;
    for (let i = 0; i < 3; i++) {
      expect(
        (
          await checkLoginLockout(
            db,
            { account: "Kari@Example.org", address: `198.51.100.${i}` },
            settings,
            t0,
          )
        ).blocked,
      ).toBe(false);
      await recordFailedLogin(
        db,
        { account: "Kari@Example.org", address: `198.51.100.${i}` },
        settings,
        t0 + i * minute,
      );
    }
    const verdict = await checkLoginLockout(
      db,
      { account: " kari@example.org ", address: "203.0.113.9" },
      settings,
      t0 + 3 * minute,
    );
    expect(verdict).toMatchObject({ blocked: true, scope: "account", retryInMinutes: 14 });
    expect(
      (
        await checkLoginLockout(
          db,
          { account: "kari@example.org", address: null },
          settings,
          t0 + 17 * minute,
        )
      ).blocked,
    ).toBe(false);
    // Another account is not affected.
    expect(
      (await checkLoginLockout(db, { account: "ola@example.org", address: null }, settings, t0 + 3 * minute))
        .blocked,
    ).toBe(false);
  });

  it("counts in a fixed window: failures spread wider than the window never block", async () => {
    const db = database.db;
    for (let i = 0; i < 6; i++) {
      await recordFailedLogin(
        db,
        { account: "slow@example.org", address: null },
        settings,
        t0 + i * 8 * minute,
      );
    }
    expect(
      (
        await checkLoginLockout(
          db,
          { account: "slow@example.org", address: null },
          settings,
          t0 + 48 * minute,
        )
      ).blocked,
    ).toBe(false);
  });

  it("blocks an address after more failures than an account, across accounts", async () => {
    const db = database.db;
    for (let i = 0; i < 5; i++) {
      await recordFailedLogin(
        db,
        { account: `pupil${i}@school.example`, address: "192.0.2.77" },
        settings,
        t0,
      );
    }
    const verdict = await checkLoginLockout(
      db,
      { account: "teacher@school.example", address: "192.0.2.77" },
      settings,
      t0 + minute,
    );
    expect(verdict).toMatchObject({ blocked: true, scope: "address", retryInMinutes: 14 });
    expect(
      (
        await checkLoginLockout(
          db,
          { account: "teacher@school.example", address: "192.0.2.78" },
          settings,
          t0 + minute,
        )
      ).blocked,
    ).toBe(false);
  });

  it("forgets an account's failures on success, and keeps no e-mail or address in the table", async () => {
    const db = database.db;
    await recordFailedLogin(db, { account: "ada@example.org", address: "192.0.2.1" }, settings, t0);
    await recordFailedLogin(db, { account: "ada@example.org", address: "192.0.2.1" }, settings, t0);
    await clearAccountFailures(db, "ADA@example.org", settings);
    await recordFailedLogin(db, { account: "ada@example.org", address: "192.0.2.1" }, settings, t0);
    await recordFailedLogin(db, { account: "ada@example.org", address: "192.0.2.1" }, settings, t0);
    expect(
      (await checkLoginLockout(db, { account: "ada@example.org", address: null }, settings, t0)).blocked,
    ).toBe(false);
    const keys = (await db.select({ key: loginFailures.key }).from(loginFailures))
      .map((r) => r.key)
      .join(" ");
    expect(keys).not.toMatch(/example|192\.0|198\.51|school/);
    expect(keys).toMatch(/^(account|address):[0-9a-f]{64}/);
  });

  it("names an IPv6 client by its /64 and an IPv4-mapped one by its IPv4 address", () => {
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:0db8:0001:0002:ffff:1:2:3")).toBe("2001:db8:1:2::/64");
    expect(addressKey("[2001:db8::]")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(addressKey("192.0.2.1")).toBe("192.0.2.1");
    expect(addressKey("not-an-address")).toBeNull();
  });
});
