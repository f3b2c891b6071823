import { z } from "zod";

// A programme's rules are data, edited by programme managers, never code (domain brief). This is
// their shape; the eligibility engine (a later issue) reads the same object.
const localised = z.object({ nb: z.string().min(1), en: z.string().min(1), ru: z.string().min(1) });
const nok = z.number().int().min(0).max(1_000_000_000);
const percent = z.number().min(0).max(100);

export const defaultCostCategories = [
  { id: "travel", name: { nb: "Reise", en: "Travel", ru: "Проезд" } },
  { id: "accommodation", name: { nb: "Overnatting", en: "Accommodation", ru: "Проживание" } },
  { id: "food", name: { nb: "Mat", en: "Food", ru: "Питание" } },
  { id: "venue", name: { nb: "Lokaler", en: "Venue", ru: "Аренда помещений" } },
  { id: "fees", name: { nb: "Honorarer", en: "Fees", ru: "Гонорары" } },
  {
    id: "interpreting",
    name: {
      nb: "Tolking og oversettelse",
      en: "Interpreting and translation",
      ru: "Устный и письменный перевод",
    },
  },
  { id: "materials", name: { nb: "Materiell", en: "Materials", ru: "Материалы" } },
  { id: "other", name: { nb: "Annet", en: "Other", ru: "Прочее" } },
];

export const defaultScreeningChecklist = [
  {
    id: "applicant-registered",
    name: {
      nb: "Søkeren er registrert i Enhetsregisteret",
      en: "The applicant is registered in the Central Coordinating Register",
      ru: "Заявитель зарегистрирован в Едином реестре",
    },
  },
  {
    id: "partner-confirmed",
    name: {
      nb: "Partneren har bekreftet samarbeidet",
      en: "The partner has confirmed the cooperation",
      ru: "Партнёр подтвердил сотрудничество",
    },
  },
  {
    id: "no-double-funding",
    name: {
      nb: "Ingen dobbeltfinansiering av de samme kostnadene",
      en: "No double funding of the same costs",
      ru: "Нет двойного финансирования одних и тех же расходов",
    },
  },
];

export const defaultAssessmentCriteria = [
  {
    id: "cooperation",
    name: { nb: "Samarbeidsinnhold", en: "Cooperation content", ru: "Содержание сотрудничества" },
  },
  {
    id: "relevance",
    name: {
      nb: "Relevans for satsingsområdet",
      en: "Relevance to the priority area",
      ru: "Соответствие направлению",
    },
  },
  { id: "feasibility", name: { nb: "Gjennomførbarhet", en: "Feasibility", ru: "Выполнимость" } },
  { id: "budget", name: { nb: "Realistisk budsjett", en: "Budget realism", ru: "Реалистичность бюджета" } },
  {
    id: "people-to-people",
    name: { nb: "Folk-til-folk-kontakt", en: "People-to-people reach", ru: "Охват «от людей к людям»" },
  },
];

export const programmeRulesSchema = z.object({
  applicantCountry: z.string().length(2),
  applicantRegions: z.array(z.string().min(1)).min(1),
  partnerCountries: z.array(z.string().length(2)).min(1),
  partnerRegions: z.array(z.string().min(1)).min(1),
  minPartners: z.number().int().min(1).max(20),
  priorityAreas: z.array(z.object({ id: z.string().min(1), name: localised })).min(1),
  funding: z.object({
    maxSharePercent: percent,
    businessMaxSharePercent: percent,
    fullFundingBelowTotalCost: nok,
  }),
  ownWorkRates: z.array(z.object({ kind: z.string().min(1), side: z.string().min(1), nokPerHour: nok })),
  caps: z.object({ foodPerPersonPerDay: nok }),
  ineligibleCosts: z.array(localised),
  boardThreshold: nok,
  boardDeadlines: z.array(z.string().regex(/^\d{2}-\d{2}$/, "MM-DD")),
  advanceMaxPercent: percent,
  finalReport: z.object({ minOwnFundingPercent: percent, auditorAboveGrant: nok }),
  languages: z.array(z.enum(["nb", "en", "ru"])).min(1),
  // The eligible cost categories a budget line may use (the ineligible costs above are offered too,
  // marked, so an applicant who classifies honestly is told at once). Defaults for older rows.
  costCategories: z
    .array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), name: localised }))
    .min(1)
    .default(defaultCostCategories),
  requiredAttachments: z
    .array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), name: localised }))
    .default([]),
  // Case handling: the adviser's manual screening checklist and the assessment criteria (scored 0-5).
  screeningChecklist: z
    .array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), name: localised }))
    .default(defaultScreeningChecklist),
  assessmentCriteria: z
    .array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), name: localised }))
    .min(1)
    .default(defaultAssessmentCriteria),
});

export type ProgrammeRules = z.infer<typeof programmeRulesSchema>;
/** Rules as written (defaults may be left out), e.g. in seeds. */
export type ProgrammeRulesInput = z.input<typeof programmeRulesSchema>;
