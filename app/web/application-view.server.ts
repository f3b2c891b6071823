import {
  type ApplicationCheck,
  type ApplicationContext,
  checkSection,
} from "#domain/applications/application-context.server.ts";
import type { ApplicationForm } from "#domain/applications/application-form.ts";
import type { ApplicationSection, ApplicationStep } from "#domain/applications/application-sections.ts";
import { applicationTitle } from "#domain/applications/application-title.ts";
import { type FormSection, formSections } from "#domain/applications/section-schemas.ts";
import { renderRuleMessage } from "#domain/eligibility/render-rule-message.ts";
import { ineligibleCostId } from "#domain/eligibility/rules/ineligible-costs.ts";
import { formatNok, formatNumber } from "#domain/i18n/format.ts";
import { localeNames } from "#domain/i18n/locales.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import { norwegianCounties } from "#domain/organisations/norwegian-counties.ts";
import { barentsRegions } from "#domain/regions/barents-regions.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import type { StepState } from "../components/application-steps-nav.tsx";
import { issuesToFieldErrors } from "./step-errors.ts";

// What the application form's pages show, computed on the server from the stored form, the
// programme's rules and the eligibility engine. Plain data for the page.

/** The step a rule's field path belongs to ("financing.requested" -> financing). */
export function stepOfPath(path: string): ApplicationSection {
  const head = path.split(".")[0];
  switch (head) {
    case "applicant":
      return "applicant";
    case "partners":
      return "partners";
    case "budget":
    case "ownWork":
      return "budget";
    case "financing":
      return "financing";
    case "attachments":
      return "attachments";
    default:
      return "project";
  }
}

function hasContent(value: unknown): boolean {
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.some(hasContent);
  if (typeof value === "object" && value !== null) return Object.values(value).some(hasContent);
  return false;
}

export function stepStates(
  form: ApplicationForm,
  context: ApplicationContext,
  check: ApplicationCheck,
): Partial<Record<ApplicationStep, StepState>> {
  const states: Partial<Record<ApplicationStep, StepState>> = {};
  const failing = new Set(
    check.report.results
      .filter((result) => result.outcome === "fail")
      .flatMap((result) => (result.fields ?? []).map(stepOfPath)),
  );
  for (const section of formSections) {
    states[section] =
      check.fieldProblems[section] > 0 || failing.has(section)
        ? "problem"
        : hasContent(form[section])
          ? "done"
          : "empty";
  }
  const required = context.programme.rules.requiredAttachments;
  const present = new Set(context.attachments.map((file) => file.kind));
  states.attachments = required.every((attachment) => present.has(attachment.id))
    ? context.attachments.length > 0
      ? "done"
      : "empty"
    : "empty";
  states.review =
    check.report.canSubmit && formSections.every((s) => check.fieldProblems[s] === 0) ? "done" : "empty";
  return states;
}

/** Field errors of one step's stored values, as the form shows them when the page opens. */
export function storedFieldErrors(
  section: FormSection,
  form: ApplicationForm,
  context: ApplicationContext,
  t: Translate,
  today: string,
): Record<string, string[]> {
  const result = checkSection(section, form, t, context.programme.rules, today);
  return result.success ? {} : issuesToFieldErrors(result.error.issues);
}

export const countryCodes = ["NO", "SE", "FI", "RU"] as const;

export function formOptions(locale: Locale, t: Translate, context: ApplicationContext) {
  const { rules } = context.programme;
  const countryName = (code: string) =>
    (countryCodes as readonly string[]).includes(code) ? t(`programme.country.${code as "NO"}`) : code;
  return {
    priorityAreas: rules.priorityAreas.map((area) => ({ value: area.id, label: area.name[locale] })),
    languages: rules.languages.map((language) => localeNames[language]).join(", "),
    businessShare: rules.funding.businessMaxSharePercent,
    categories: [
      ...rules.costCategories.map((category) => ({ value: category.id, label: category.name[locale] })),
      ...rules.ineligibleCosts.map((cost) => ({
        value: ineligibleCostId(cost),
        label: `${cost[locale]} (${t("application.field.ineligible")})`,
      })),
    ],
    ownWorkKinds: [...new Set(rules.ownWorkRates.map((rate) => rate.kind))].map((kind) => ({
      value: kind,
      label: kind === "volunteer" || kind === "external-services" ? t(`programme.rate.${kind}`) : kind,
    })),
    sides: [rules.applicantCountry, ...rules.partnerCountries].map((code) => ({
      value: code,
      label: countryName(code),
    })),
    countries: countryCodes.map((code) => ({ value: code, label: countryName(code) })),
    regions: barentsRegions.map((region) => ({ value: region.id, label: region.name[locale] })),
    foodCap: formatNok(locale, rules.caps.foodPerPersonPerDay),
  };
}

export function formatTotals(locale: Locale, check: ApplicationCheck) {
  const totals = check.report.totals;
  return {
    cashCosts: formatNok(locale, totals.cashCosts),
    ownWork: formatNok(locale, totals.ownWork),
    totalCosts: formatNok(locale, totals.totalCosts),
    requested: formatNok(locale, totals.requested),
    financing: formatNok(locale, totals.financing),
    difference: formatNok(locale, totals.difference),
    balanced: totals.difference === 0,
    share:
      totals.sharePercent === null
        ? "–"
        : `${formatNumber(locale, totals.sharePercent, { maximumFractionDigits: 1 })} %`,
    maxRequested: `${formatNok(locale, totals.maxRequested)} (${totals.maxSharePercent} %)`,
  };
}

export function reviewView(locale: Locale, check: ApplicationCheck) {
  return {
    results: check.report.results.map((result) => ({
      ruleId: result.ruleId,
      outcome: result.outcome,
      text: renderRuleMessage(locale, result.message),
      step: result.fields?.[0] ? stepOfPath(result.fields[0]) : null,
    })),
    fieldProblems: formSections
      .filter((section) => check.fieldProblems[section] > 0)
      .map((section) => ({ section, count: check.fieldProblems[section] })),
    blockingCount:
      check.report.blocking.length +
      formSections.reduce((total, section) => total + (check.fieldProblems[section] > 0 ? 1 : 0), 0),
  };
}

export function organisationView(locale: Locale, context: ApplicationContext) {
  const county = norwegianCounties.find((c) => c.id === context.organisation.county);
  return {
    id: context.organisation.id,
    name: context.organisation.name,
    orgNumber: context.organisation.orgNumber,
    address: context.organisation.address,
    county: county?.name[locale] ?? context.organisation.county,
  };
}

export function titleOf(form: ApplicationForm, locale: Locale, t: Translate): string {
  return applicationTitle(form, locale) ?? t("application.untitled");
}
