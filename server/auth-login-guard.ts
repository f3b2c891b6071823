import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, getSessionFromCtx, isAPIError } from "better-auth/api";
import { eq } from "drizzle-orm";
import type { Db } from "#db/connection.ts";
import { users } from "#db/schema.ts";
import {
  checkLoginLockout,
  clearAccountFailures,
  type LockoutSettings,
  type LockoutVerdict,
  type LoginAttempt,
  recordFailedLogin,
} from "#domain/accounts/login-lockout.server.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { negotiateLocale } from "#domain/i18n/locales.ts";
import { translate } from "#domain/i18n/translate.ts";
import { clientAddress } from "./client-address.ts";

// The login lockout (domain/accounts/login-lockout.server.ts) inside Better Auth, so it holds for every
// way in: the login form (which calls auth.api.signInEmail), Better Auth's own HTTP endpoints, and
// any login method added later. Two doors:
// - `loginEndpoints`: every endpoint that checks a secret someone could guess. Before it runs, the
//   account and the address are checked; a wrong secret is counted. A new method (passkeys, a TOTP
//   code) adds its line here.
// - every new session: an account that is blocked gets none, whatever endpoint creates it (an
//   e-mail verification link, ID-porten's callback once it exists), unless the person is already
//   logged in as that account (a password change starts a fresh session).

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

interface LoginEndpoint {
  /** The account the attempt names, before the secret is checked; null if it names none yet. */
  account(ctx: HookContext): Promise<string | null> | string | null;
  /** Better Auth's error codes that mean "wrong secret". */
  failures: readonly string[];
  /** Success creates a session: audit the login and forget the account's failures. */
  login: boolean;
}

const bodyField = (ctx: HookContext, name: string): string | null => {
  const value = (ctx.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" ? value : null;
};

const sessionEmail = async (ctx: HookContext) => (await getSessionFromCtx(ctx))?.user.email ?? null;

export const loginEndpoints: Record<string, LoginEndpoint> = {
  "/sign-in/email": {
    account: (ctx) => bodyField(ctx, "email"),
    failures: ["INVALID_EMAIL_OR_PASSWORD"],
    login: true,
  },
  // Someone logged in proves the password again: a stolen session must not be a way to guess it.
  "/change-password": { account: sessionEmail, failures: ["INVALID_PASSWORD"], login: false },
  "/verify-password": { account: sessionEmail, failures: ["INVALID_PASSWORD"], login: false },
};

/** The refusal, in the caller's language, with the minutes left; forms show its message as it is. */
export function lockedOut(
  verdict: Extract<LockoutVerdict, { blocked: true }>,
  acceptLanguage: string | null,
) {
  const locale = negotiateLocale(acceptLanguage);
  const key = verdict.scope === "address" ? "account.login.blockedAddress" : "account.login.throttled";
  return new APIError(
    "TOO_MANY_REQUESTS",
    {
      code: "LOGIN_BLOCKED",
      message: translate(locale, key, { count: verdict.retryInMinutes }),
      scope: verdict.scope,
      retryInMinutes: verdict.retryInMinutes,
    },
    { "Retry-After": String(verdict.retryInMinutes * 60) },
  );
}

export function loginGuard({ db, settings }: { db: Db; settings: LockoutSettings }) {
  const attemptOf = async (ctx: HookContext): Promise<LoginAttempt> => ({
    account: (await loginEndpoints[ctx.path]?.account(ctx)) ?? null,
    address: clientAddress(ctx.headers),
  });
  const isLoginEndpoint = (ctx: { path?: string }) => Boolean(ctx.path && ctx.path in loginEndpoints);

  return {
    id: "login-guard",
    hooks: {
      before: [
        {
          matcher: isLoginEndpoint,
          handler: createAuthMiddleware(async (ctx) => {
            const verdict = await checkLoginLockout(db, await attemptOf(ctx), settings);
            if (verdict.blocked) throw lockedOut(verdict, ctx.headers?.get("accept-language") ?? null);
          }),
        },
      ],
      after: [
        {
          matcher: isLoginEndpoint,
          handler: createAuthMiddleware(async (ctx) => {
            const endpoint = loginEndpoints[ctx.path]!;
            const returned = ctx.context.returned;
            if (isAPIError(returned)) {
              if (endpoint.failures.includes(String(returned.body?.code))) {
                await recordFailedLogin(db, await attemptOf(ctx), settings);
              }
              return;
            }
            const user = ctx.context.newSession?.user;
            if (!endpoint.login || !user) return;
            await clearAccountFailures(db, user.email, settings);
            await recordAuditEntry(db, {
              actor: { id: user.id, label: `user:${user.id}` },
              action: "session.login",
              entityType: "user",
              entityId: user.id,
            });
          }),
        },
      ],
    },
    init() {
      return {
        options: {
          databaseHooks: {
            session: {
              create: {
                async before(session, ctx) {
                  // The login endpoints checked before the secret; the person already logged in
                  // as this account (a password change) is not logging in.
                  if (ctx && isLoginEndpoint(ctx)) return;
                  if (ctx?.context.session?.user.id === session.userId) return;
                  const [user] = await db
                    .select({ email: users.email })
                    .from(users)
                    .where(eq(users.id, session.userId));
                  if (!user) return;
                  const verdict = await checkLoginLockout(
                    db,
                    { account: user.email, address: null },
                    settings,
                  );
                  if (verdict.blocked) throw lockedOut(verdict, ctx?.headers?.get("accept-language") ?? null);
                },
              },
            },
          },
        },
      };
    },
  } satisfies BetterAuthPlugin;
}
