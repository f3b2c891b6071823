import { z } from "zod";
import { isCalendarDate } from "#domain/eligibility/oslo-dates.ts";
import { ineligibleCostId } from "#domain/eligibility/rules/ineligible-costs.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import type { ProgrammeRules } from "#domain/programmes/programme-rules.ts";
import { findBarentsRegion } from "#domain/regions/barents-regions.ts";
import { parseTypedNumber } from "./application-form.ts";
import { type ApplicationSection, applicationSections } from "./application-sections.ts";

// One schema per step of the form, used by the step's action on the server, by the browser before
// it sends, and on the stored form to mark steps that need fixing. Every value is a string as typed
// (the form stores what was typed, invalid values included), so the schemas check the text and
// never transform it. Whether a field is filled in at all is the eligibility engine's business
// (required-fields rule): an empty step is unfinished, not wrong.

/** Markup has no place in an application; refusing it keeps every later reader (PDF, e-mail, export) safe. */
const markup = /<\s*\/?\s*[a-z!?][^>]*>|javascript:/i;

export const limits = {
  title: 200,
  text: 3000,
  short: 200,
  rows: 50,
  maxAmount: 100_000_000,
  maxCount: 100_000,
} as const;

const optionalText = (t: Translate, max: number) =>
  z
    .string()
    .max(max, t("form.tooLong", { max }))
    .refine((value) => !markup.test(value), t("application.error.markup"))
    .optional();

const optionalDate = (t: Translate) =>
  z
    .string()
    .refine((value) => isCalendarDate(value.trim()), t("application.error.date"))
    .optional();

const wholeNumber = (t: Translate, max: number) =>
  z
    .string()
    .refine((value) => {
      const n = parseTypedNumber(value);
      return n === undefined || (Number.isInteger(n) && n >= 0);
    }, t("application.error.wholeNumber"))
    .refine((value) => (parseTypedNumber(value) ?? 0) <= max, t("application.error.tooLarge", { max }))
    .optional();

const hours = (t: Translate) =>
  z
    .string()
    .refine((value) => {
      const n = parseTypedNumber(value);
      return n === undefined || (Number.isFinite(n) && n >= 0);
    }, t("application.error.number"))
    .refine(
      (value) => (parseTypedNumber(value) ?? 0) <= limits.maxCount,
      t("application.error.tooLarge", { max: limits.maxCount }),
    )
    .optional();

const oneOf = (ids: readonly string[], message: string) =>
  z
    .string()
    .refine((value) => ids.includes(value), message)
    .optional();

const localised = (t: Translate, max: number) =>
  z.object({ nb: optionalText(t, max), en: optionalText(t, max), ru: optionalText(t, max) }).optional();

function datesInOrder<T extends { startDate?: string; endDate?: string }>(t: Translate) {
  return (value: T, ctx: z.RefinementCtx) => {
    const { startDate, endDate } = value;
    if (startDate && endDate && isCalendarDate(startDate) && isCalendarDate(endDate) && endDate < startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: t("application.error.endBeforeStart") });
    }
  };
}

const rows = <T extends z.ZodType>(t: Translate, row: T) =>
  z
    .array(row)
    .max(limits.rows, t("application.error.tooManyRows", { max: limits.rows }))
    .optional();

export const sectionSchemas = {
  project: (t: Translate, rules: ProgrammeRules, today: string) =>
    z
      .object({
        title: localised(t, limits.title),
        summary: localised(t, limits.text),
        cooperation: localised(t, limits.text),
        priorityArea: oneOf(
          rules.priorityAreas.map((area) => area.id),
          t("application.error.unknownPriorityArea"),
        ),
        isBusinessProject: z.literal("on").optional(),
        startDate: optionalDate(t).refine(
          (value) => !value || !isCalendarDate(value) || value >= today,
          t("application.error.startInPast"),
        ),
        endDate: optionalDate(t),
      })
      .superRefine(datesInOrder(t)),

  applicant: (t: Translate) =>
    z.object({
      contactName: optionalText(t, 120),
      contactEmail: z
        .string()
        .max(254, t("form.tooLong", { max: 254 }))
        .pipe(z.email({ error: t("form.invalidEmail") }))
        .optional(),
      contactPhone: z
        .string()
        .regex(/^\+?[0-9 ()-]{5,25}$/, t("application.error.phone"))
        .optional(),
    }),

  partners: (t: Translate) =>
    z.object({
      items: rows(
        t,
        z.object({
          name: optionalText(t, limits.short),
          kind: oneOf(["organisation", "person"], t("form.invalid")),
          country: z
            .string()
            .regex(/^[A-Z]{2}$/, t("application.error.country"))
            .optional(),
          region: z
            .string()
            .refine((id) => findBarentsRegion(id) !== undefined, t("application.error.unknownRegion"))
            .optional(),
          email: z
            .string()
            .max(254, t("form.tooLong", { max: 254 }))
            .pipe(z.email({ error: t("form.invalidEmail") }))
            .optional(),
        }),
      ),
    }),

  activities: (t: Translate, _rules: ProgrammeRules, today: string) =>
    z.object({
      items: rows(
        t,
        z
          .object({
            title: optionalText(t, limits.short),
            startDate: optionalDate(t).refine(
              (value) => !value || !isCalendarDate(value) || value >= today,
              t("application.error.startInPast"),
            ),
            endDate: optionalDate(t),
            place: optionalText(t, limits.short),
            participantsApplicant: wholeNumber(t, limits.maxCount),
            participantsPartner: wholeNumber(t, limits.maxCount),
          })
          .superRefine(datesInOrder(t)),
      ),
    }),

  budget: (t: Translate, rules: ProgrammeRules) => {
    const categories = [
      ...rules.costCategories.map((category) => category.id),
      ...rules.ineligibleCosts.map(ineligibleCostId),
    ];
    const kinds = [...new Set(rules.ownWorkRates.map((rate) => rate.kind))];
    const sides = [rules.applicantCountry, ...rules.partnerCountries];
    return z.object({
      lines: rows(
        t,
        z.object({
          category: oneOf(categories, t("application.error.unknownCategory")),
          description: optionalText(t, limits.short),
          amount: wholeNumber(t, limits.maxAmount),
          foodPersons: wholeNumber(t, limits.maxCount),
          foodDays: wholeNumber(t, 3650),
        }),
      ),
      ownWork: rows(
        t,
        z.object({
          kind: oneOf(kinds, t("application.error.unknownOwnWorkKind")),
          side: oneOf(sides, t("application.error.country")),
          hours: hours(t),
          description: optionalText(t, limits.short),
        }),
      ),
    });
  },

  financing: (t: Translate) =>
    z.object({
      requested: wholeNumber(t, limits.maxAmount),
      ownFunds: wholeNumber(t, limits.maxAmount),
      partnerContributions: wholeNumber(t, limits.maxAmount),
      otherSources: wholeNumber(t, limits.maxAmount),
    }),
} as const;

export type FormSection = Exclude<ApplicationSection, "attachments">;
/** The sections that are forms: every section but the attachments, which are files. */
export const formSections: readonly FormSection[] = applicationSections.filter(
  (section): section is FormSection => section !== "attachments",
);

export function isFormSection(value: unknown): value is FormSection {
  return (formSections as readonly unknown[]).includes(value);
}

/** The schema of one step, for the page's language, the programme's rules and today's date in Oslo. */
export function sectionSchema(section: FormSection, t: Translate, rules: ProgrammeRules, today: string) {
  return sectionSchemas[section](t, rules, today);
}
