import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { organization } from "better-auth/plugins/organization";
import type { Config } from "#config/env.ts";
import type { Db } from "#db/connection.ts";
import * as schema from "#db/schema.ts";
import type { AccountMail } from "#domain/accounts/send-account-mail.server.ts";
import { isLocale, type Locale } from "#vocabulary/vocabulary.ts";

// Better Auth owns credentials, sessions, e-mail verification, password reset and organisations.
// Our domain decides roles and permissions (domain/accounts/permissions.ts); Better Auth only stores
// the role column and never lets a user set it (input: false).

export interface AuthMailer {
  send(message: AccountMail): Promise<void>;
}

export function createAuth({ db, config, mailer }: { db: Db; config: Config; mailer: AuthMailer }) {
  const localeOf = (user: object): Locale => {
    const locale = (user as { locale?: unknown }).locale;
    return isLocale(locale) ? locale : "nb";
  };
  return betterAuth({
    appName: "Barents Bridge",
    baseURL: config.baseUrl,
    basePath: "/api/auth",
    secret: config.authSecret,
    trustedOrigins: [config.baseUrl],
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: {
        user: schema.users,
        session: schema.sessions,
        account: schema.accounts,
        verification: schema.verifications,
        organization: schema.organizations,
        member: schema.members,
        invitation: schema.invitations,
        rateLimit: schema.rateLimits,
      },
    }),
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "applicant", input: false },
        officeId: { type: "string", required: false, input: false },
        locale: { type: "string", required: false, defaultValue: "nb", input: true },
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
      // No cookie cache: every request reads the session row, so revoking a session takes effect at once.
      cookieCache: { enabled: false },
    },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, url }) =>
        mailer.send({
          to: user.email,
          locale: localeOf(user),
          template: "reset-password",
          params: { name: user.name, link: url },
        }),
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      expiresIn: 60 * 60 * 24,
      sendVerificationEmail: async ({ user, url }) =>
        mailer.send({
          to: user.email,
          locale: localeOf(user),
          template: "verify-email",
          params: { name: user.name, link: url },
        }),
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 15 * 60, max: config.LOGIN_RATE_LIMIT * 2 },
        "/request-password-reset": { window: 15 * 60, max: 5 },
      },
    },
    advanced: {
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
      useSecureCookies: config.baseUrl.startsWith("https://"),
    },
    telemetry: { enabled: false },
    // Better Auth's warnings (failed logins and the like) would put account details in the logs.
    logger: { level: "error" },
    plugins: [
      organization({
        allowUserToCreateOrganization: async (user) => (user as { role?: string }).role === "applicant",
        invitationExpiresIn: 60 * 60 * 24 * 14,
        sendInvitationEmail: async ({ email, organization: org, inviter, id }) => {
          const invitee = await db.query.users.findFirst({ where: (u, { eq }) => eq(u.email, email) });
          const locale = invitee ? localeOf(invitee) : localeOf(inviter.user);
          await mailer.send({
            to: email,
            locale,
            template: "organisation-invitation",
            params: {
              organisation: org.name,
              inviter: inviter.user.name,
              link: `${config.baseUrl}/${locale}/invitations/${id}`,
            },
          });
        },
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
