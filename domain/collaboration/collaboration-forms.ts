import { z } from "zod";
import { applicationSections } from "#domain/applications/application-sections.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import { collaboratorKinds, locales } from "#vocabulary/vocabulary.ts";
import { isCountryCode } from "./countries.ts";

// The team page's forms: one schema each, used by the page's action on the server and by the browser
// before it sends. Each takes the translator, so every message is in the page's language.

export const maxMessageLength = 5000;
export const maxNameLength = 120;
export const maxOrganisationNameLength = 200;

const required = (t: Translate, max: number) =>
  z
    .string({ error: t("form.required") })
    .trim()
    .min(1, t("form.required"))
    .max(max, t("form.tooLong", { max }));

export const inviteCollaboratorSchema = (t: Translate) =>
  z
    .object({
      intent: z.literal("invite"),
      email: required(t, 254).pipe(z.email({ error: t("form.invalidEmail") })),
      name: required(t, maxNameLength).refine((v) => !/[<>]/.test(v), t("account.name.noMarkup")),
      kind: z.enum(collaboratorKinds, { error: t("collaboration.kind.required") }),
      organisationName: z
        .string()
        .trim()
        .max(maxOrganisationNameLength, t("form.tooLong", { max: maxOrganisationNameLength }))
        .optional(),
      country: z
        .string({ error: t("collaboration.country.required") })
        .refine(isCountryCode, t("collaboration.country.unknown")),
      locale: z.enum(locales, { error: t("form.invalid") }),
      editSections: z
        .array(z.enum(applicationSections, { error: t("collaboration.error.unknown-section") }))
        .max(applicationSections.length)
        .default([]),
      canComment: z.boolean().default(false),
    })
    .superRefine((value, ctx) => {
      if (value.kind === "organisation" && !value.organisationName) {
        ctx.addIssue({
          code: "custom",
          path: ["organisationName"],
          message: t("collaboration.error.organisation-name-required"),
        });
      }
    });

export type InviteCollaboratorForm = z.infer<ReturnType<typeof inviteCollaboratorSchema>>;

export const postMessageSchema = (t: Translate) =>
  z.object({
    intent: z.literal("post-message"),
    body: z
      .string({ error: t("collaboration.message.required") })
      .trim()
      .min(1, t("collaboration.message.required"))
      .max(maxMessageLength, t("form.tooLong", { max: maxMessageLength })),
  });

export const revokeCollaboratorSchema = z.object({
  intent: z.literal("revoke"),
  collaboratorId: z.string().min(1).max(100),
});
