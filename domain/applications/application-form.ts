import type { ApplicationDraft, DraftText } from "#domain/eligibility/application-draft.ts";
import { type Locale, locales } from "#vocabulary/vocabulary.ts";

/**
 * The application form as stored: every value exactly as typed (strings), invalid ones included,
 * so nothing typed is ever lost and each is shown again with its error. One object per section;
 * lists (partners, activities, cost lines, own work) are arrays of rows. Numbers and dates are
 * parsed only when the form is read (`toEligibilityDraft`), never when it is stored.
 */
export interface ApplicationForm {
  project?: {
    title?: LocalisedInput;
    summary?: LocalisedInput;
    cooperation?: LocalisedInput;
    priorityArea?: string;
    /** "on" when ticked (a checkbox's value). */
    isBusinessProject?: string;
    startDate?: string;
    endDate?: string;
  };
  applicant?: {
    contactName?: string;
    contactEmail?: string;
    contactPhone?: string;
  };
  partners?: { items?: PartnerRow[] };
  activities?: { items?: ActivityRow[] };
  budget?: { lines?: CostLineRow[]; ownWork?: OwnWorkRow[] };
  financing?: {
    requested?: string;
    ownFunds?: string;
    partnerContributions?: string;
    otherSources?: string;
  };
}

export type LocalisedInput = Partial<Record<Locale, string>>;

export interface PartnerRow {
  name?: string;
  /** "organisation" | "person" */
  kind?: string;
  /** ISO country code, "RU". */
  country?: string;
  /** Region id, "ru-murmansk". */
  region?: string;
  email?: string;
}

export interface ActivityRow {
  title?: string;
  startDate?: string;
  endDate?: string;
  place?: string;
  /** Expected participants from the applicant's side and from the partners' side. */
  participantsApplicant?: string;
  participantsPartner?: string;
}

export interface CostLineRow {
  category?: string;
  description?: string;
  amount?: string;
  /** For food: persons and days, so the cap per person per day can be checked. */
  foodPersons?: string;
  foodDays?: string;
}

export interface OwnWorkRow {
  /** A kind from the programme's own-work rates, "volunteer". */
  kind?: string;
  /** Whose people do the work: "NO", "RU", ... */
  side?: string;
  hours?: string;
  description?: string;
}

/** The applying organisation as registered (the applicant step shows it; the draft reads it). */
export interface ApplicantOrganisation {
  name: string;
  orgNumber: string | null;
  address: string | null;
  /** A Norwegian county id, which is also the programme's applicant region id ("no-finnmark"). */
  county: string | null;
}

/** A number as typed: "12 500", "12500", "12 500,50" -> number; blank -> undefined; nonsense -> NaN (the rules report it). */
export function parseTypedNumber(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const compact = value.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  if (compact === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
}

function text(input: LocalisedInput | undefined): DraftText | undefined {
  if (!input) return undefined;
  const result: DraftText = {};
  for (const locale of locales) {
    const value = input[locale];
    if (value !== undefined && value.trim() !== "") result[locale] = value;
  }
  return result;
}

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}

/** What the eligibility rules read, made from the stored form, the organisation and the attachments present. */
export function toEligibilityDraft(
  form: ApplicationForm,
  organisation: ApplicantOrganisation,
  attachmentKinds: string[],
): ApplicationDraft {
  const project = form.project ?? {};
  return {
    applicant: {
      country: "NO",
      region: organisation.county ?? undefined,
      organisationNumber: organisation.orgNumber ?? undefined,
    },
    partners: (form.partners?.items ?? []).map((row) => ({
      country: blankToUndefined(row.country),
      region: blankToUndefined(row.region),
      kind: row.kind === "person" ? "person" : row.kind === "organisation" ? "organisation" : undefined,
    })),
    priorityArea: blankToUndefined(project.priorityArea),
    isBusinessProject: project.isBusinessProject === "on",
    project: {
      title: text(project.title),
      summary: text(project.summary),
      cooperation: text(project.cooperation),
    },
    dates: { start: blankToUndefined(project.startDate), end: blankToUndefined(project.endDate) },
    budget: (form.budget?.lines ?? []).map((line) => {
      const persons = parseTypedNumber(line.foodPersons);
      const days = parseTypedNumber(line.foodDays);
      return {
        category: blankToUndefined(line.category),
        amount: parseTypedNumber(line.amount),
        description: line.description,
        ...(line.category === "food" || persons !== undefined || days !== undefined
          ? { food: { persons, days } }
          : {}),
      };
    }),
    ownWork: (form.budget?.ownWork ?? []).map((row) => ({
      kind: blankToUndefined(row.kind),
      side: blankToUndefined(row.side),
      hours: parseTypedNumber(row.hours),
    })),
    financing: {
      requested: parseTypedNumber(form.financing?.requested),
      ownFunds: parseTypedNumber(form.financing?.ownFunds),
      partnerContributions: parseTypedNumber(form.financing?.partnerContributions),
      otherSources: parseTypedNumber(form.financing?.otherSources),
    },
    attachments: attachmentKinds,
  };
}
