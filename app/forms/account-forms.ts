import { z } from "zod";
import type { Translate } from "#domain/i18n/translate.ts";
import { isNorwegianCounty } from "#domain/organisations/norwegian-counties.ts";
import { parseOrganisationNumber } from "#domain/organisations/organisation-number.ts";

// One schema per form, used by the action on the server and by the browser before it sends.
// Each takes the translator so every message is in the page's language.

const email = (t: Translate) =>
  z
    .string({ error: t("form.required") })
    .trim()
    .min(1, t("form.required"))
    .max(254, t("form.tooLong", { max: 254 }))
    .pipe(z.email({ error: t("form.invalidEmail") }));

const newPassword = (t: Translate) =>
  z
    .string({ error: t("form.required") })
    .min(10, t("account.password.tooShort", { min: 10 }))
    .max(128, t("form.tooLong", { max: 128 }));

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
      .max(128, t("form.tooLong", { max: 128 })),
    redirectTo: z.string().max(2000).optional(),
  });

export const registerSchema = (t: Translate) =>
  z
    .object({
      name: personName(t),
      email: email(t),
      password: newPassword(t),
      confirmPassword: z.string({ error: t("form.required") }).max(128),
    })
    .refine((v) => v.password === v.confirmPassword, {
      message: t("account.password.mismatch"),
      path: ["confirmPassword"],
    });

/** Forms that ask only for an address: forgotten password, resend verification. */
export const emailOnlySchema = (t: Translate) => z.object({ email: email(t) });

export const resetPasswordSchema = (t: Translate) =>
  z
    .object({
      token: z.string().min(1).max(500),
      password: newPassword(t),
      confirmPassword: z.string({ error: t("form.required") }).max(128),
    })
    .refine((v) => v.password === v.confirmPassword, {
      message: t("account.password.mismatch"),
      path: ["confirmPassword"],
    });

export const profileSchema = (t: Translate) =>
  z.object({
    intent: z.literal("profile"),
    name: personName(t),
    locale: z.enum(["nb", "en", "ru"], { error: t("form.invalid") }),
  });

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
