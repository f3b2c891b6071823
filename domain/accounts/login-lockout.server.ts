import crypto from "node:crypto";
import net from "node:net";
import { and, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { loginFailures } from "#db/schema.ts";

// One lockout for every way in (ADR 0015). Failed logins are counted per account (the e-mail
// address typed) and per client address, in a fixed window; reaching the limit blocks the account
// or the address until a set time. Every login method asks `checkLoginLockout` before it looks at
// the secret, so a blocked account stays blocked whatever is typed, the right password included,
// and records its failures with `recordFailedLogin`. The counters live in the database, so they
// hold across restarts and across app instances sharing it; the upsert is one statement, so two
// instances counting at once lose no failure.
//
// The keys are HMACs (keyed with the app's secret) of the normalised e-mail address or client
// address: the table holds no personal data, and unlike a plain hash a leaked table cannot be
// reversed by hashing every IPv4 address or a list of e-mail addresses.

export interface LockoutLimits {
  /** Failed logins one account may have in a window; the next attempt is refused. */
  perAccount: number;
  /** Failed logins from one client address, whatever the accounts, before the address is blocked. */
  perAddress: number;
  windowMs: number;
  blockMs: number;
}

export interface LockoutSettings {
  limits: LockoutLimits;
  /** Keys the HMAC of the table's keys (the app's AUTH_SECRET). */
  secret: string;
}

/** Who tries to log in: the account named (null when a method names it only on success) and from where. */
export interface LoginAttempt {
  account: string | null;
  address: string | null;
}

export type LockoutScope = "account" | "address";

export type LockoutVerdict =
  | { blocked: false }
  | { blocked: true; scope: LockoutScope; retryInMinutes: number; until: Date };

export const lockoutWindowMs = 15 * 60 * 1000;

/** Rows whose window ended this long ago and whose block is over are removed as failures come in. */
const keepMs = 24 * 60 * 60 * 1000;

export function lockoutLimits(perAccount: number, perAddress: number): LockoutLimits {
  return { perAccount, perAddress, windowMs: lockoutWindowMs, blockMs: lockoutWindowMs };
}

/** The e-mail address as Better Auth stores it: trimmed, lower case. */
const normaliseAccount = (account: string) => account.trim().toLowerCase();

/**
 * The part of a client address that names one client: an IPv4 address whole; an IPv6 address by
 * its /64 network, since one home or office gets a /64 and picks addresses in it freely.
 */
export function addressKey(address: string): string | null {
  const trimmed = address.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed)?.[1];
  if (mapped && net.isIPv4(mapped)) return mapped;
  if (net.isIPv4(trimmed)) return trimmed;
  if (!net.isIPv6(trimmed)) return null;
  const [head = "", tail = ""] = trimmed.toLowerCase().split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  // An embedded IPv4 tail (::1.2.3.4) lies past the /64 and is dropped with the rest.
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = trimmed.includes("::")
    ? [...headGroups, ...Array(Math.max(0, missing)).fill("0"), ...tailGroups]
    : headGroups;
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g || "0", 16).toString(16))
    .join(":")}::/64`;
}

function keysOf(attempt: LoginAttempt, secret: string): { scope: LockoutScope; key: string }[] {
  const hmac = (value: string) => crypto.createHmac("sha256", secret).update(value).digest("hex");
  const keys: { scope: LockoutScope; key: string }[] = [];
  if (attempt.account) {
    keys.push({ scope: "account", key: `account:${hmac(`account\0${normaliseAccount(attempt.account)}`)}` });
  }
  const address = attempt.address ? addressKey(attempt.address) : null;
  if (address) keys.push({ scope: "address", key: `address:${hmac(`address\0${address}`)}` });
  return keys;
}

/** Whether this attempt may go ahead; if not, which block stops it and for how long. */
export async function checkLoginLockout(
  q: Queryable,
  attempt: LoginAttempt,
  settings: LockoutSettings,
  now = Date.now(),
): Promise<LockoutVerdict> {
  const keys = keysOf(attempt, settings.secret);
  if (keys.length === 0) return { blocked: false };
  const rows = await q
    .select({ key: loginFailures.key, blockedUntil: loginFailures.blockedUntil })
    .from(loginFailures)
    .where(
      inArray(
        loginFailures.key,
        keys.map((k) => k.key),
      ),
    );
  // The account's block first: it is the one the person can do something about (reset the password).
  for (const { scope, key } of keys) {
    const until = rows.find((r) => r.key === key)?.blockedUntil;
    if (until && until.getTime() > now) {
      return {
        blocked: true,
        scope,
        until,
        retryInMinutes: Math.max(1, Math.ceil((until.getTime() - now) / 60_000)),
      };
    }
  }
  return { blocked: false };
}

/** Counts one failed login against the account and the address; blocks whichever reaches its limit. */
export async function recordFailedLogin(
  q: Queryable,
  attempt: LoginAttempt,
  settings: LockoutSettings,
  now = Date.now(),
): Promise<void> {
  const { limits } = settings;
  const at = new Date(now).toISOString();
  const windowEnded = sql`${loginFailures.windowStartedAt} <= ${new Date(now - limits.windowMs).toISOString()}::timestamptz`;
  const blockUntil = new Date(now + limits.blockMs);
  for (const { scope, key } of keysOf(attempt, settings.secret)) {
    const limit = scope === "account" ? limits.perAccount : limits.perAddress;
    const failures = sql`case when ${windowEnded} then 1 else ${loginFailures.failures} + 1 end`;
    await q
      .insert(loginFailures)
      .values({
        key,
        failures: 1,
        windowStartedAt: new Date(now),
        blockedUntil: limit <= 1 ? blockUntil : null,
      })
      .onConflictDoUpdate({
        target: loginFailures.key,
        set: {
          failures,
          windowStartedAt: sql`case when ${windowEnded} then ${at}::timestamptz else ${loginFailures.windowStartedAt} end`,
          blockedUntil: sql`case when ${failures} >= ${limit} then ${blockUntil.toISOString()}::timestamptz else ${loginFailures.blockedUntil} end`,
        },
      });
  }
  await q
    .delete(loginFailures)
    .where(
      and(
        lt(loginFailures.windowStartedAt, new Date(now - keepMs)),
        or(isNull(loginFailures.blockedUntil), lt(loginFailures.blockedUntil, new Date(now))),
      ),
    );
}

/**
 * Forgets an account's failures: after a successful login (which the check let through, so the
 * account was not blocked), or a password reset through the e-mailed link, which proves the person
 * holds the mailbox. The address's count stays: one good login must not hide many bad ones.
 */
export async function clearAccountFailures(q: Queryable, account: string, settings: LockoutSettings) {
  const [entry] = keysOf({ account, address: null }, settings.secret);
  if (entry) await q.delete(loginFailures).where(inArray(loginFailures.key, [entry.key]));
}
