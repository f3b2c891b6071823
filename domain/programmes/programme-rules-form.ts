import { z } from "zod";
import type { Translate } from "#domain/i18n/translate.ts";
import { findBarentsRegion } from "#domain/regions/barents-regions.ts";
import { type Locale, locales } from "#vocabulary/vocabulary.ts";
import { findRuleProblems, type RuleProblem } from "./find-rule-problems.ts";
import { ownWorkKinds, ownWorkSides } from "./own-work-kinds.ts";
import type { ProgrammeRules } from "./programme-rules.ts";

// The form a programme manager edits a programme's rules with. Field names follow the rules,
// flattened one level ("maxSharePercent" rather than "funding.maxSharePercent"); lists are rows
// ("priorityAreas[2].en"). A row left entirely blank is no row: that is how a form without
// JavaScript gets an empty row to fill in, and how a row is taken away by clearing it.
//
// Ids of priority areas, cost categories and attachments are what drafts and the eligibility engine
// refer to, so they never change: a row that has one keeps it (a hidden field), a new row gets one
// made from its English name.

/**
 * The rules except the applicant country, which is the programme's nature, and the case-handling
 * lists (screening checklist, assessment criteria), which this form does not edit: both are kept.
 */
export type ProgrammeRulesEdit = Omit<
  ProgrammeRules,
  "applicantCountry" | "screeningChecklist" | "assessmentCriteria"
>;

export interface NamedRow {
  id?: string;
  nb?: string;
  en?: string;
  ru?: string;
}

export interface ProgrammeRulesFormValues {
  maxSharePercent: number;
  businessMaxSharePercent: number;
  fullFundingBelowTotalCost: number;
  foodPerPersonPerDay: number;
  boardThreshold: number;
  boardDeadlines: string;
  advanceMaxPercent: number;
  minOwnFundingPercent: number;
  auditorAboveGrant: number;
  minPartners: number;
  ownWorkRates: { kind?: string; side?: string; nokPerHour?: number }[];
  priorityAreas: NamedRow[];
  ineligibleCosts: NamedRow[];
  costCategories: NamedRow[];
  requiredAttachments: NamedRow[];
  languages: string[];
  applicantRegions: string[];
  partnerCountries: string[];
  partnerRegions: string[];
}

export const namedLists = [
  "priorityAreas",
  "ineligibleCosts",
  "costCategories",
  "requiredAttachments",
] as const;
export type NamedList = (typeof namedLists)[number];

/** The stored rules as the form shows them. */
export function programmeRulesFormValues(rules: ProgrammeRules): ProgrammeRulesFormValues {
  const named = (items: { id: string; name: Record<Locale, string> }[]) =>
    items.map((item) => ({ id: item.id, ...item.name }));
  return {
    maxSharePercent: rules.funding.maxSharePercent,
    businessMaxSharePercent: rules.funding.businessMaxSharePercent,
    fullFundingBelowTotalCost: rules.funding.fullFundingBelowTotalCost,
    foodPerPersonPerDay: rules.caps.foodPerPersonPerDay,
    boardThreshold: rules.boardThreshold,
    boardDeadlines: rules.boardDeadlines.join(", "),
    advanceMaxPercent: rules.advanceMaxPercent,
    minOwnFundingPercent: rules.finalReport.minOwnFundingPercent,
    auditorAboveGrant: rules.finalReport.auditorAboveGrant,
    minPartners: rules.minPartners,
    ownWorkRates: rules.ownWorkRates.map((rate) => ({ ...rate })),
    priorityAreas: named(rules.priorityAreas),
    ineligibleCosts: rules.ineligibleCosts.map((cost) => ({ ...cost })),
    costCategories: named(rules.costCategories),
    requiredAttachments: named(rules.requiredAttachments),
    languages: [...rules.languages],
    applicantRegions: [...rules.applicantRegions],
    partnerCountries: [...rules.partnerCountries],
    partnerRegions: [...rules.partnerRegions],
  };
}

const idPattern = /^[a-z0-9-]+$/;

/** "Culture and sport" -> "culture-and-sport"; "" when nothing Latin is left. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

const isBlankRow = (row: NamedRow | null | undefined) => !row || (!row.nb && !row.en && !row.ru);

/** Ids for the rows: kept when given, made from the English name otherwise, never repeated. */
function assignIds(rows: NamedRow[], prefix: string): { id: string; name: Record<Locale, string> }[] {
  const taken = new Set(rows.map((row) => row.id).filter((id): id is string => Boolean(id)));
  return rows.map((row, index) => {
    let id = row.id;
    if (!id) {
      const base = slugify(row.en ?? "") || `${prefix}-${index + 1}`;
      id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
    }
    return { id, name: { nb: row.nb!, en: row.en!, ru: row.ru! } };
  });
}

const nameKeys = {
  nb: "manage.programme.error.nameNb",
  en: "manage.programme.error.nameEn",
  ru: "manage.programme.error.nameRu",
} as const;

/** The translated message for a cross-field problem, its detail written out in the page's language. */
export function ruleProblemMessage(t: Translate, locale: Locale, problem: RuleProblem): string {
  const detail = problem.detail ?? "";
  const country = (code: string) =>
    code === "NO" || code === "SE" || code === "FI" || code === "RU" ? t(`programme.country.${code}`) : code;
  const region = (id: string) => findBarentsRegion(id)?.name[locale] ?? id;
  const named = ["applicant-region-outside-country", "partner-region-outside-countries"].includes(
    problem.code,
  )
    ? region(detail)
    : ["bad-partner-country", "partner-country-without-region"].includes(problem.code)
      ? country(detail)
      : ["duplicate-rate", "unknown-rate"].includes(problem.code)
        ? detail
            .split("/")
            .map((part, i) =>
              i === 0
                ? part === "volunteer" || part === "external-services"
                  ? t(`programme.rate.${part}`)
                  : part
                : part === "any"
                  ? t("programme.side.any")
                  : country(part),
            )
            .join(", ")
        : detail;
  return t(`manage.programme.problem.${problem.code}`, { detail: named });
}

export const programmeRulesFormSchema = (t: Translate, locale: Locale, applicantCountry: string) => {
  const numberError = (
    key: "manage.programme.error.percent" | "manage.programme.error.nok" | "manage.programme.error.partners",
  ) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? t("form.required") : t(key)) });
  const percent = () =>
    z
      .number(numberError("manage.programme.error.percent"))
      .min(0, t("manage.programme.error.percent"))
      .max(100, t("manage.programme.error.percent"));
  const nok = () =>
    z
      .number(numberError("manage.programme.error.nok"))
      .int(t("manage.programme.error.nok"))
      .min(0, t("manage.programme.error.nok"))
      .max(1_000_000_000, t("manage.programme.error.nok"));
  const text = (max: number) =>
    z
      .string()
      .trim()
      .max(max, t("form.tooLong", { max }))
      .refine((v) => !/[<>]/.test(v), t("manage.programme.error.markup"))
      .optional();
  const namedRow = z
    .object({
      id: z
        .string()
        .trim()
        .max(60, t("form.tooLong", { max: 60 }))
        .regex(idPattern, t("manage.programme.error.id"))
        .optional(),
      nb: text(200),
      en: text(200),
      ru: text(200),
    })
    .nullable();
  const rows = <T extends z.ZodType>(row: T) =>
    z.array(row).max(100, t("manage.programme.error.tooManyRows")).optional();
  const choices = z.array(z.string().max(40)).max(50).optional();

  return z
    .object({
      maxSharePercent: percent(),
      businessMaxSharePercent: percent(),
      fullFundingBelowTotalCost: nok(),
      foodPerPersonPerDay: nok(),
      boardThreshold: nok(),
      boardDeadlines: z
        .string()
        .trim()
        .max(200, t("form.tooLong", { max: 200 }))
        .optional(),
      advanceMaxPercent: percent(),
      minOwnFundingPercent: percent(),
      auditorAboveGrant: nok(),
      minPartners: z
        .number(numberError("manage.programme.error.partners"))
        .int(t("manage.programme.error.partners"))
        .min(1, t("manage.programme.error.partners"))
        .max(20, t("manage.programme.error.partners")),
      ownWorkRates: rows(
        z
          .object({
            kind: z.enum(ownWorkKinds, { error: t("form.invalid") }).optional(),
            side: z.enum(ownWorkSides, { error: t("form.invalid") }).optional(),
            nokPerHour: nok().optional(),
          })
          .nullable(),
      ),
      priorityAreas: rows(namedRow),
      ineligibleCosts: rows(namedRow),
      costCategories: rows(namedRow),
      requiredAttachments: rows(namedRow),
      languages: z.array(z.enum(locales, { error: t("form.invalid") })).optional(),
      applicantRegions: choices,
      partnerCountries: choices,
      partnerRegions: choices,
    })
    .superRefine((v, ctx) => {
      // A row with something in it must be whole; the error goes to the row's own field.
      for (const list of namedLists) {
        (v[list] ?? []).forEach((row, index) => {
          if (isBlankRow(row)) return;
          for (const lang of locales)
            if (!row?.[lang])
              ctx.addIssue({ code: "custom", message: t(nameKeys[lang]), path: [list, index, lang] });
        });
      }
      (v.ownWorkRates ?? []).forEach((rate, index) => {
        if (!rate || (!rate.kind && !rate.side && rate.nokPerHour === undefined)) return;
        for (const key of ["kind", "side", "nokPerHour"] as const)
          if (rate[key] === undefined)
            ctx.addIssue({ code: "custom", message: t("form.required"), path: ["ownWorkRates", index, key] });
      });
    })
    .transform(
      (v): ProgrammeRulesEdit => ({
        applicantRegions: v.applicantRegions ?? [],
        partnerCountries: v.partnerCountries ?? [],
        partnerRegions: v.partnerRegions ?? [],
        minPartners: v.minPartners,
        priorityAreas: assignIds((v.priorityAreas ?? []).filter((r) => !isBlankRow(r)) as NamedRow[], "area"),
        funding: {
          maxSharePercent: v.maxSharePercent,
          businessMaxSharePercent: v.businessMaxSharePercent,
          fullFundingBelowTotalCost: v.fullFundingBelowTotalCost,
        },
        ownWorkRates: (v.ownWorkRates ?? [])
          .filter((rate) => rate?.kind && rate.side && rate.nokPerHour !== undefined)
          .map((rate) => ({ kind: rate!.kind!, side: rate!.side!, nokPerHour: rate!.nokPerHour! })),
        caps: { foodPerPersonPerDay: v.foodPerPersonPerDay },
        ineligibleCosts: (v.ineligibleCosts ?? [])
          .filter((r) => !isBlankRow(r))
          .map((r) => ({ nb: r!.nb!, en: r!.en!, ru: r!.ru! })),
        boardThreshold: v.boardThreshold,
        boardDeadlines: (v.boardDeadlines ?? "")
          .split(/[\s,;]+/)
          .filter(Boolean)
          .sort(),
        advanceMaxPercent: v.advanceMaxPercent,
        finalReport: { minOwnFundingPercent: v.minOwnFundingPercent, auditorAboveGrant: v.auditorAboveGrant },
        languages: v.languages ?? [],
        costCategories: assignIds(
          (v.costCategories ?? []).filter((r) => !isBlankRow(r)) as NamedRow[],
          "cost",
        ),
        requiredAttachments: assignIds(
          (v.requiredAttachments ?? []).filter((r) => !isBlankRow(r)) as NamedRow[],
          "attachment",
        ),
      }),
    )
    .superRefine((rules, ctx) => {
      for (const problem of findRuleProblems({ ...rules, applicantCountry }))
        ctx.addIssue({
          code: "custom",
          message: ruleProblemMessage(t, locale, problem),
          path: [problem.field],
        });
    });
};
