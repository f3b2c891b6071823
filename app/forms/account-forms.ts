import { z } from "zod";
import {
  checkNewPassword,
  checkPasswordAgainstPerson,
  type PasswordContext,
  type Person,
  passwordLength,
  passwordRuleMessage,
} from "#domain/accounts/password-policy.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import { isNorwegianCounty } from "#domain/organisations/norwegian-counties.ts";
import { parseOrganisationNumber } from "#domain/organisations/organisation-number.ts";
import { locales } from "#vocabulary/vocabulary.ts";

// One schema per form, used by the action on the server, by the browser before it sends, and by
// Better Auth's hooks for its own endpoints (server/auth-account-rules.ts), so a script calling
// /api/auth/* meets exactly the rules of the forms. Each takes the translator so every message is
// in the page's language.

const email = (t: Translate) =>
  z
    .string({ error: t("form.required") })
    .trim()
    .min(1, t("form.required"))
    .max(254, t("form.tooLong", { max: 254 }))
    .pipe(z.email({ error: t("form.invalidEmail") }));

/**
 * What the password rule needs besides the password. The browser has no leaked-password list (far
 * too big), so there that one rule is the server's; `hasSecondFactor` comes from the account.
 */
export type PasswordRules = PasswordContext;
export const browserPasswordRules: PasswordRules = { hasSecondFactor: false };

/**
 * A new password, checked against every rule; against the person too when the account is known
 * (change, reset). Registration checks the person from the fields beside it (personIssue).
 */
export const newPasswordSchema = (t: Translate, rules: PasswordRules, person: Person = {}) =>
  z.string({ error: t("form.required") }).superRefine((value, ctx) => {
    const verdict = checkNewPassword(value, person, rules);
    if (!verdict.ok) ctx.addIssue({ code: "custom", message: passwordRuleMessage(t, verdict) });
  });

/** The password against the name and address typed beside it, once it passed its own rules. */
function personIssue(t: Translate, rules: PasswordRules) {
  return (value: { password: string; email: string; name: string }, ctx: z.RefinementCtx) => {
    if (!checkNewPassword(value.password, {}, { hasSecondFactor: rules.hasSecondFactor }).ok) return;
    const verdict = checkPasswordAgainstPerson(value.password, value);
    if (!verdict.ok) {
      ctx.addIssue({ code: "custom", message: passwordRuleMessage(t, verdict), path: ["password"] });
    }
  };
}

const confirmation = (t: Translate) => z.string({ error: t("form.required") }).max(passwordLength.max * 4);

const personName = (t: Translate) =>
  z
    .string({ error: t("form.required") })
    .trim()
    .min(1, t("form.required"))
    .max(120, t("form.tooLong", { max: 120 }))
    .refine((v) => !/[<>]/.test(v), t("account.name.noMarkup"));

export const loginSchema = (t: Translate) =>
  z.object({
    email: email(t),
    password: z
      .string({ error: t("form.required") })
      .min(1, t("form.required"))
      // Long enough for any password a person may have set (128 code points may be 512 bytes).
      .max(passwordLength.max * 4, t("form.tooLong", { max: passwordLength.max })),
    redirectTo: z.string().max(2000).optional(),
  });

/** The fields of a new account, as the registration form and Better Auth's sign-up take them. */
export const accountFields = (t: Translate, rules: PasswordRules) => ({
  name: personName(t),
  email: email(t),
  password: newPasswordSchema(t, rules),
});

const checkConfirmation =
  (t: Translate) => (value: { password: string; confirmPassword: string }, ctx: z.RefinementCtx) => {
    if (value.password !== value.confirmPassword) {
      ctx.addIssue({ code: "custom", message: t("account.password.mismatch"), path: ["confirmPassword"] });
    }
  };

export const registerSchema = (t: Translate, rules: PasswordRules = browserPasswordRules) =>
  z
    .object({ ...accountFields(t, rules), confirmPassword: confirmation(t) })
    .superRefine(personIssue(t, rules))
    .superRefine(checkConfirmation(t));

/** Better Auth's sign-up endpoint: the registration form's fields, without the repeated password. */
export const signUpSchema = (t: Translate, rules: PasswordRules) =>
  z
    .object({
      ...accountFields(t, rules),
      locale: z.enum(locales, { error: t("form.invalid") }).optional(),
      callbackURL: z.string().max(2000).optional(),
      rememberMe: z.boolean().optional(),
    })
    .strict()
    .superRefine(personIssue(t, rules));

/** Forms that ask only for an address: forgotten password, resend verification. */
export const emailOnlySchema = (t: Translate) => z.object({ email: email(t) });

/** The reset form knows no account (only the link's token): Better Auth's hook checks the person. */
export const resetPasswordSchema = (t: Translate, rules: PasswordRules = browserPasswordRules) =>
  z
    .object({
      token: z.string().min(1).max(500),
      password: newPasswordSchema(t, rules),
      confirmPassword: confirmation(t),
    })
    .superRefine(checkConfirmation(t));

export const changePasswordSchema = (
  t: Translate,
  person: Person,
  rules: PasswordRules = browserPasswordRules,
) =>
  z
    .object({
      currentPassword: z
        .string({ error: t("form.required") })
        .min(1, t("form.required"))
        .max(passwordLength.max * 4, t("form.tooLong", { max: passwordLength.max })),
      password: newPasswordSchema(t, rules, person),
      confirmPassword: confirmation(t),
      redirectTo: z.string().max(2000).optional(),
    })
    .superRefine(checkConfirmation(t));

const profileFields = (t: Translate) => ({
  name: personName(t),
  locale: z.enum(locales, { error: t("form.invalid") }),
});

export const profileSchema = (t: Translate) =>
  z.object({ intent: z.literal("profile"), ...profileFields(t) });

/** Better Auth's update-user endpoint: what the profile form may change, and nothing else. */
export const updateUserSchema = (t: Translate) => z.object(profileFields(t)).partial().strict();

export const revokeSessionSchema = z.object({
  intent: z.literal("revoke-session"),
  sessionId: z.string().min(1).max(200),
});

export const revokeOtherSessionsSchema = z.object({ intent: z.literal("revoke-other-sessions") });

export const organisationSchema = (t: Translate) =>
  z.object({
    orgNumber: z
      .string({ error: t("form.required") })
      .trim()
      .min(1, t("form.required"))
      .max(20, t("form.tooLong", { max: 20 }))
      .superRefine((value, ctx) => {
        const parsed = parseOrganisationNumber(value);
        if (!parsed.ok)
          ctx.addIssue({ code: "custom", message: t(`organisation.orgNumber.${parsed.reason}`) });
      }),
    address: z
      .string({ error: t("form.required") })
      .trim()
      .min(3, t("form.required"))
      .max(300, t("form.tooLong", { max: 300 }))
      .refine((v) => !/[<>]/.test(v), t("account.name.noMarkup")),
    county: z.string({ error: t("form.required") }).refine(isNorwegianCounty, t("form.invalid")),
    name: z
      .string({ error: t("form.required") })
      .trim()
      .min(2, t("form.required"))
      .max(200, t("form.tooLong", { max: 200 }))
      .refine((v) => !/[<>]/.test(v), t("account.name.noMarkup")),
  });

export const inviteSchema = (t: Translate) =>
  z.object({
    intent: z.literal("invite"),
    email: email(t),
    role: z.enum(["member", "owner"], { error: t("form.invalid") }),
  });
