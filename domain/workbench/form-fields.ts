import { parseTypedNumber } from "#domain/applications/application-form.ts";
import { ineligibleCostId } from "#domain/eligibility/rules/ineligible-costs.ts";
import type { MessageKey } from "#domain/i18n/catalog.ts";
import { formatDate, formatNok, formatNumber } from "#domain/i18n/format.ts";
import { intlTag } from "#domain/i18n/locales.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import type { ProgrammeRules } from "#domain/programmes/programme-rules.ts";
import { findBarentsRegion } from "#domain/regions/barents-regions.ts";
import { type Locale, locales } from "#vocabulary/vocabulary.ts";

// The application form's fields as an adviser reads them: the label of each field (the same words
// the applicant saw on the form) and its value shown the reader's way (a region's name rather than
// its id, an amount as an amount), while keeping what the applicant typed when it is not a code.

/** The lists of the form, with the words for one row ("Partner 2"). */
export const formLists = {
  "partners.items": "workbench.case.row.partner",
  "activities.items": "workbench.case.row.activity",
  "budget.lines": "workbench.case.row.costLine",
  "budget.ownWork": "workbench.case.row.ownWork",
} as const satisfies Record<string, MessageKey>;
export type FormList = keyof typeof formLists;

const fieldLabels: Record<string, MessageKey> = {
  "project.title": "application.field.title",
  "project.summary": "application.field.summary",
  "project.cooperation": "application.field.cooperation",
  "project.priorityArea": "application.field.priorityArea",
  "project.isBusinessProject": "application.field.isBusinessProject",
  "project.startDate": "application.field.startDate",
  "project.endDate": "application.field.endDate",
  "applicant.contactName": "application.field.contactName",
  "applicant.contactEmail": "application.field.contactEmail",
  "applicant.contactPhone": "application.field.contactPhone",
  "partners.items.name": "application.field.partnerName",
  "partners.items.kind": "application.field.partnerKind",
  "partners.items.country": "application.field.country",
  "partners.items.region": "application.field.region",
  "partners.items.email": "application.field.email",
  "activities.items.title": "application.field.activityTitle",
  "activities.items.startDate": "application.field.startDate",
  "activities.items.endDate": "application.field.endDate",
  "activities.items.place": "application.field.place",
  "activities.items.participantsApplicant": "application.field.participantsApplicant",
  "activities.items.participantsPartner": "application.field.participantsPartner",
  "budget.lines.category": "application.field.category",
  "budget.lines.description": "application.field.description",
  "budget.lines.amount": "application.field.amount",
  "budget.lines.foodPersons": "application.field.foodPersons",
  "budget.lines.foodDays": "application.field.foodDays",
  "budget.ownWork.kind": "application.field.ownWorkKind",
  "budget.ownWork.side": "application.field.side",
  "budget.ownWork.hours": "application.field.hours",
  "budget.ownWork.description": "application.field.description",
  "financing.requested": "application.field.requested",
  "financing.ownFunds": "application.field.ownFunds",
  "financing.partnerContributions": "application.field.partnerContributions",
  "financing.otherSources": "application.field.otherSources",
};

/** The form's fields in the order the form asks for them. */
export const fieldOrder: readonly string[] = Object.keys(fieldLabels);

/** A path of the stored form ("budget.lines.2.amount", "project.title.en") taken apart. */
export interface FieldPath {
  /** The field without row number or language: "budget.lines.amount", "project.title". */
  field: string;
  /** The list and the 0-based row, for a field of a list's row. */
  list?: FormList;
  row?: number;
  language?: Locale;
}

export function parseFieldPath(path: string): FieldPath {
  const parts = path.split(".");
  const listKey = `${parts[0]}.${parts[1]}`;
  if (listKey in formLists && /^\d+$/.test(parts[2] ?? "")) {
    return {
      field: `${listKey}.${parts.slice(3).join(".")}`,
      list: listKey as FormList,
      row: Number(parts[2]),
    };
  }
  const last = parts[parts.length - 1];
  if (parts.length === 3 && (locales as readonly string[]).includes(last ?? "")) {
    return { field: parts.slice(0, 2).join("."), language: last as Locale };
  }
  return { field: path };
}

/** "Budget line 2: Amount in NOK", "Project title (English)". */
export function fieldLabel(path: string, locale: Locale, t: Translate): string {
  const parsed = parseFieldPath(path);
  const key = fieldLabels[parsed.field];
  let label = key ? t(key) : parsed.field;
  if (parsed.language) {
    const language = new Intl.DisplayNames(intlTag[locale], { type: "language" }).of(parsed.language);
    label = t("application.field.inLanguage", { field: label, language: language ?? parsed.language });
  }
  if (parsed.list !== undefined && parsed.row !== undefined)
    label = t("workbench.case.rowField", {
      row: t(formLists[parsed.list], { n: parsed.row + 1 }),
      field: label,
    });
  return label;
}

function displayName(locale: Locale, type: "region" | "language", code: string): string {
  try {
    return new Intl.DisplayNames(intlTag[locale], { type, fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A calendar date as the reader writes it, or the text as typed when it is not one. */
export function showDate(locale: Locale, value: string): string {
  const trimmed = value.trim();
  const parsed = new Date(`${trimmed}T12:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(trimmed) && !Number.isNaN(parsed.getTime())
    ? formatDate(locale, parsed)
    : value;
}

/** A stored value as the reader should see it; "" stays "" (the page says "not given"). */
export function fieldValue(
  path: string,
  value: string,
  locale: Locale,
  t: Translate,
  rules: ProgrammeRules | null,
): string {
  if (value.trim() === "") return "";
  const { field } = parseFieldPath(path);
  const number = () => {
    const n = parseTypedNumber(value);
    return n !== undefined && Number.isFinite(n) ? n : undefined;
  };
  switch (field) {
    case "project.priorityArea":
      return rules?.priorityAreas.find((area) => area.id === value)?.name[locale] ?? value;
    case "project.isBusinessProject":
      return value === "on" ? t("workbench.case.yes") : value;
    case "project.startDate":
    case "project.endDate":
    case "activities.items.startDate":
    case "activities.items.endDate":
      return showDate(locale, value);
    case "partners.items.kind":
      return value === "organisation" || value === "person"
        ? t(`application.field.partnerKind.${value}`)
        : value;
    case "partners.items.country":
    case "budget.ownWork.side":
      return displayName(locale, "region", value);
    case "partners.items.region":
      return findBarentsRegion(value)?.name[locale] ?? value;
    case "budget.lines.category": {
      const category = rules?.costCategories.find((c) => c.id === value);
      if (category) return category.name[locale];
      const ineligible = rules?.ineligibleCosts.find((cost) => ineligibleCostId(cost) === value);
      return ineligible ? `${ineligible[locale]} (${t("application.field.ineligible")})` : value;
    }
    case "budget.ownWork.kind":
      return value === "volunteer" || value === "external-services" ? t(`programme.rate.${value}`) : value;
    case "budget.lines.amount":
    case "financing.requested":
    case "financing.ownFunds":
    case "financing.partnerContributions":
    case "financing.otherSources": {
      const n = number();
      return n === undefined ? value : formatNok(locale, n);
    }
    case "budget.lines.foodPersons":
    case "budget.lines.foodDays":
    case "budget.ownWork.hours":
    case "activities.items.participantsApplicant":
    case "activities.items.participantsPartner": {
      const n = number();
      return n === undefined ? value : formatNumber(locale, n);
    }
    default:
      return value;
  }
}
