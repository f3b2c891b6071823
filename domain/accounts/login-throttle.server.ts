import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { rateLimits } from "#db/schema.ts";

// Failed logins per account are limited so a password cannot be guessed by trying many. The key is a
// hash of the e-mail address: the table holds no personal data.
export const loginWindowMs = 15 * 60 * 1000;

const keyFor = (email: string) =>
  `login-failure:${crypto.createHash("sha256").update(email.trim().toLowerCase()).digest("hex")}`;

export interface ThrottleState {
  blocked: boolean;
  /** Minutes until a new attempt is allowed, when blocked. */
  retryInMinutes: number;
}

export async function checkLoginThrottle(
  q: Queryable,
  email: string,
  limit: number,
  now = Date.now(),
): Promise<ThrottleState> {
  const [row] = await q
    .select()
    .from(rateLimits)
    .where(eq(rateLimits.key, keyFor(email)));
  if (!row || now - row.lastRequest >= loginWindowMs || row.count < limit)
    return { blocked: false, retryInMinutes: 0 };
  return {
    blocked: true,
    retryInMinutes: Math.max(1, Math.ceil((row.lastRequest + loginWindowMs - now) / 60_000)),
  };
}

export async function recordLoginFailure(q: Queryable, email: string, now = Date.now()): Promise<void> {
  const key = keyFor(email);
  const [row] = await q.select().from(rateLimits).where(eq(rateLimits.key, key));
  if (!row) {
    await q
      .insert(rateLimits)
      .values({ id: crypto.randomUUID(), key, count: 1, lastRequest: now })
      .onConflictDoUpdate({ target: rateLimits.key, set: { count: 1, lastRequest: now } });
    return;
  }
  const count = now - row.lastRequest >= loginWindowMs ? 1 : row.count + 1;
  await q.update(rateLimits).set({ count, lastRequest: now }).where(eq(rateLimits.key, key));
}

export async function clearLoginFailures(q: Queryable, email: string): Promise<void> {
  await q.delete(rateLimits).where(eq(rateLimits.key, keyFor(email)));
}
