import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, getSessionFromCtx, isAPIError } from "better-auth/api";
import { eq } from "drizzle-orm";
import type { ZodType } from "zod";
import { newPasswordSchema, signUpSchema, updateUserSchema } from "#app/forms/account-forms.ts";
import { isSafeRedirectPath } from "#app/web/safe-redirect.ts";
import type { Db } from "#db/connection.ts";
import { users } from "#db/schema.ts";
import { checkNewPassword } from "#domain/accounts/password-policy.ts";
import { passwordRulesFor } from "#domain/accounts/password-rules.server.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { negotiateLocale } from "#domain/i18n/locales.ts";
import { createTranslator, type Translate } from "#domain/i18n/translate.ts";

// Better Auth's own endpoints keep exactly the rules of our forms: the same Zod schemas
// (app/forms/account-forms.ts) check sign-up, password change and reset, and profile updates, in
// the caller's language (Accept-Language; our routes send the page's). Around them:
// - redirect targets a caller may hand in (callbackURL, redirectTo, ...) must be paths on this
//   site (app/web/safe-redirect.ts); anything else becomes "/", which sends the person home;
// - a login with a password that no longer meets the policy marks the account, and the app sends
//   the person to change it (app/web/session.server.ts); a change or a reset clears the mark.

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

const redirectFields = ["callbackURL", "redirectTo", "errorCallbackURL", "newUserCallbackURL"] as const;

const translatorFor = (ctx: HookContext) =>
  createTranslator(negotiateLocale(ctx.headers?.get("accept-language")));

/** A refusal shaped like Better Auth's own, with every message in the caller's language. */
function refuse(
  t: Translate,
  issues: { path: PropertyKey[]; message: string; code?: string; keys?: string[] }[],
) {
  const list = issues.map((issue) => ({
    field: issue.path.map(String).join("."),
    message:
      issue.code === "unrecognized_keys"
        ? t("account.input.unknownField", { field: (issue.keys ?? []).join(", ") })
        : issue.message,
  }));
  return new APIError("BAD_REQUEST", { code: "INVALID_INPUT", message: list[0]?.message, issues: list });
}

function parseOrRefuse<T>(t: Translate, schema: ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw refuse(t, result.error.issues as Parameters<typeof refuse>[1]);
  return result.data;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

export function accountRules({ db }: { db: Db }) {
  const setPasswordChangeRequired = (userId: string, required: boolean) =>
    db
      .update(users)
      .set({ passwordChangeRequired: required, updatedAt: new Date() })
      .where(eq(users.id, userId));

  /** The rule each endpoint's body must pass; sign-up's normalised name and address are stored. */
  const bodyRules: Record<string, (ctx: HookContext, t: Translate) => Promise<object | undefined>> = {
    "/sign-up/email": async (ctx, t) => {
      const { name, email } = parseOrRefuse(t, signUpSchema(t, passwordRulesFor(null)), ctx.body);
      return { ...asRecord(ctx.body), name, email };
    },
    "/change-password": async (ctx, t) => {
      const session = await getSessionFromCtx(ctx);
      // No session: Better Auth answers 401 itself.
      if (!session) return undefined;
      const person = { email: session.user.email, name: session.user.name };
      parseOrRefuse(
        t,
        newPasswordSchema(t, passwordRulesFor(session.user), person),
        asRecord(ctx.body).newPassword,
      );
      return undefined;
    },
    "/reset-password": async (ctx, t) => {
      const body = asRecord(ctx.body);
      const token = body.token ?? asRecord(ctx.query).token;
      const userId =
        typeof token === "string" && token.length <= 500
          ? (await ctx.context.internalAdapter.findVerificationValue(`reset-password:${token}`))?.value
          : undefined;
      const user = userId ? await ctx.context.internalAdapter.findUserById(userId) : null;
      // An unknown token still meets the rules that need no account; Better Auth then refuses it.
      const person = user ? { email: user.email, name: user.name } : {};
      parseOrRefuse(t, newPasswordSchema(t, passwordRulesFor(user), person), body.newPassword);
      return undefined;
    },
    "/update-user": async (ctx, t) => {
      parseOrRefuse(t, updateUserSchema(t), ctx.body);
      return undefined;
    },
  };

  return {
    id: "account-rules",
    hooks: {
      before: [
        {
          matcher: () => true,
          handler: createAuthMiddleware(async (ctx) => {
            const t = translatorFor(ctx);
            const checked = await bodyRules[ctx.path]?.(ctx, t);
            const body = { ...asRecord(checked ?? ctx.body) };
            const query = { ...asRecord(ctx.query) };
            let changed = checked !== undefined;
            for (const field of redirectFields) {
              for (const source of [body, query]) {
                if (source[field] !== undefined && !isSafeRedirectPath(source[field])) {
                  source[field] = "/";
                  changed = true;
                }
              }
            }
            if (!changed) return;
            return {
              context: { ...(ctx.body === undefined ? {} : { body }), ...(ctx.query ? { query } : {}) },
            };
          }),
        },
      ],
      after: [
        {
          // The password is at hand only here: a login with one the policy refuses marks the account.
          matcher: (ctx) => ctx.path === "/sign-in/email",
          handler: createAuthMiddleware(async (ctx) => {
            const user = ctx.context.newSession?.user;
            const password = asRecord(ctx.body).password;
            if (!user || typeof password !== "string") return;
            const verdict = checkNewPassword(password, user, passwordRulesFor(user));
            const required = (user as { passwordChangeRequired?: boolean }).passwordChangeRequired === true;
            if (required !== !verdict.ok) await setPasswordChangeRequired(user.id, !verdict.ok);
          }),
        },
        {
          matcher: (ctx) => ctx.path === "/change-password",
          handler: createAuthMiddleware(async (ctx) => {
            const returned = ctx.context.returned as { user?: { id: string } } | undefined;
            if (isAPIError(returned) || !returned?.user) return;
            await setPasswordChangeRequired(returned.user.id, false);
            await recordAuditEntry(db, {
              actor: { id: returned.user.id, label: `user:${returned.user.id}` },
              action: "user.change-password",
              entityType: "user",
              entityId: returned.user.id,
            });
          }),
        },
      ],
    },
  } satisfies BetterAuthPlugin;
}
