import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { isAPIError } from "better-auth/api";
import { organization } from "better-auth/plugins/organization";
import { eq } from "drizzle-orm";
import type { Config } from "#config/env.ts";
import type { Db } from "#db/connection.ts";
import * as schema from "#db/schema.ts";
import {
  clearAccountFailures,
  type LockoutSettings,
  lockoutLimits,
} from "#domain/accounts/login-lockout.server.ts";
import { passwordLength } from "#domain/accounts/password-policy.ts";
import type { AccountMail } from "#domain/accounts/send-account-mail.server.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { isLocale, type Locale } from "#vocabulary/vocabulary.ts";
import { accountRules } from "./auth-account-rules.ts";
import { loginGuard } from "./auth-login-guard.ts";
import { clientAddressHeader } from "./client-address.ts";

// Better Auth owns credentials, sessions, e-mail verification, password reset and organisations.
// Our domain decides roles and permissions (domain/accounts/permissions.ts); Better Auth only stores
// the role column and never lets a user set it (input: false). Two plugins of ours hold its
// endpoints to our rules: the login lockout (auth-login-guard.ts) and the forms' schemas, the
// password policy and safe redirects (auth-account-rules.ts).

const organisationWrites = [
  "create",
  "update",
  "delete",
  "invite-member",
  "cancel-invitation",
  "accept-invitation",
  "reject-invitation",
  "remove-member",
  "update-member-role",
  "leave",
  "set-active",
  "create-team",
  "update-team",
  "remove-team",
  "set-active-team",
  "add-team-member",
  "remove-team-member",
  "create-role",
  "update-role",
  "delete-role",
];

export interface AuthMailer {
  send(message: AccountMail): Promise<void>;
}

export function createAuth({ db, config, mailer }: { db: Db; config: Config; mailer: AuthMailer }) {
  const localeOf = (user: object): Locale => {
    const locale = (user as { locale?: unknown }).locale;
    return isLocale(locale) ? locale : "nb";
  };
  /** The account mails that carry one link (reset the password, verify the address), in the person's language. */
  const mailLink =
    (template: "reset-password" | "verify-email") =>
    ({ user, url }: { user: { email: string; name: string }; url: string }) =>
      mailer.send({
        to: user.email,
        locale: localeOf(user),
        template,
        params: { name: user.name, link: url },
      });
  const lockout: LockoutSettings = {
    limits: lockoutLimits(config.LOGIN_RATE_LIMIT, config.LOGIN_ADDRESS_RATE_LIMIT),
    secret: config.authSecret,
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
        passwordChangeRequired: { type: "boolean", required: false, defaultValue: false, input: false },
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
      // The policy (domain/accounts/password-policy.ts, checked in auth-account-rules.ts) counts
      // Unicode code points; Better Auth counts UTF-16 units. Its bounds only frame ours: the
      // lowest minimum (with a second factor) and room for 128 code points of any script.
      minPasswordLength: passwordLength.withSecondFactor,
      maxPasswordLength: passwordLength.max * 2,
      revokeSessionsOnPasswordReset: true,
      // The e-mailed link proves the person holds the mailbox: the account's failed logins and the
      // request to change the password are over.
      onPasswordReset: async ({ user }) => {
        await clearAccountFailures(db, user.email, lockout);
        await db
          .update(schema.users)
          .set({ passwordChangeRequired: false, updatedAt: new Date() })
          .where(eq(schema.users.id, user.id));
        await recordAuditEntry(db, {
          actor: { id: user.id, label: `user:${user.id}` },
          action: "user.reset-password",
          entityType: "user",
          entityId: user.id,
        });
      },
      sendResetPassword: mailLink("reset-password"),
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      expiresIn: 60 * 60 * 24,
      sendVerificationEmail: mailLink("verify-email"),
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      // Failed logins have their own lockout (auth-login-guard.ts), per account and per address,
      // for every way in, kept in our table. This limiter only slows a flood of requests to
      // Better Auth's HTTP endpoints from one address (its default for sign-in and sign-up, 3 in
      // 10 s, would trip a school's class at once; the forms do not pass through it).
      customRules: {
        "/sign-in/email": { window: 60, max: 60 },
        "/sign-up/email": { window: 60, max: 20 },
        "/request-password-reset": { window: 15 * 60, max: 5 },
      },
    },
    advanced: {
      // The address the edge resolved with the TRUST_PROXY rule (server/client-address.ts), never a
      // header the client chose; Better Auth's own rate limit keys on it.
      ipAddress: { ipAddressHeaders: [clientAddressHeader] },
      useSecureCookies: config.baseUrl.startsWith("https://"),
    },
    // Better Auth's organisation endpoints that change something answer 404 over HTTP: our forms do
    // these through the domain (organisation numbers, the permission table, audit entries) or call
    // auth.api on the server, so over HTTP they would be a way around those rules. Reads stay.
    disabledPaths: organisationWrites.map((action) => `/organization/${action}`),
    telemetry: { enabled: false },
    // Better Auth's warnings (failed logins and the like) would put account details in the logs.
    logger: { level: "error" },
    onAPIError: {
      // A refusal (4xx: a lockout, a broken rule) is an answer, not a fault, and its message may
      // repeat what the caller sent: only faults are logged, by name and status (ADR 0006).
      onError(error) {
        if (isAPIError(error) && error.statusCode < 500) return;
        const name = error instanceof Error ? error.name : typeof error;
        console.error(`auth: ${name}${isAPIError(error) ? ` ${error.statusCode}` : ""}`);
      },
    },
    plugins: [
      loginGuard({ db, settings: lockout }),
      accountRules({ db }),
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
