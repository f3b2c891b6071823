import type { Locale, Theme } from "#vocabulary/vocabulary.ts";
import {
  defaultAssessmentCriteria,
  defaultCostCategories,
  defaultScreeningChecklist,
  type ProgrammeRules,
} from "./programme-rules.ts";

// The two programmes of the domain brief, with the rules as published (sources in shared/domain.md).
const priorityAreas: (ProgrammeRules["priorityAreas"][number] & { id: Theme })[] = [
  { id: "culture-sport", name: { nb: "Kultur og idrett", en: "Culture and sport", ru: "Культура и спорт" } },
  {
    id: "competence-education",
    name: { nb: "Kompetanse og utdanning", en: "Competence and education", ru: "Компетенции и образование" },
  },
  { id: "indigenous", name: { nb: "Urfolk", en: "Indigenous peoples", ru: "Коренные народы" } },
  { id: "business", name: { nb: "Næringsutvikling", en: "Business development", ru: "Развитие бизнеса" } },
  {
    id: "civil-society-environment",
    name: {
      nb: "Sivilsamfunn og miljø",
      en: "Civil society and environment",
      ru: "Гражданское общество и окружающая среда",
    },
  },
  { id: "media", name: { nb: "Media og informasjon", en: "Media and information", ru: "СМИ и информация" } },
];

const ineligibleCosts: ProgrammeRules["ineligibleCosts"] = [
  { nb: "Humanitær hjelp", en: "Humanitarian aid", ru: "Гуманитарная помощь" },
  { nb: "Forskning", en: "Research", ru: "Научные исследования" },
  { nb: "Markedsføring", en: "Marketing", ru: "Маркетинг" },
  { nb: "Fysiske investeringer", en: "Physical investments", ru: "Капиталовложения" },
  { nb: "Driftskostnader", en: "Running costs", ru: "Текущие расходы" },
  { nb: "Oppstart av bedrift", en: "Starting a business", ru: "Открытие бизнеса" },
  { nb: "Publikasjoner og nettsider", en: "Publications and websites", ru: "Публикации и сайты" },
  {
    nb: "Profesjonell film- og CD-produksjon",
    en: "Professional film or CD production",
    ru: "Профессиональное производство фильмов и CD",
  },
  { nb: "Dekning av underskudd", en: "Covering deficits", ru: "Покрытие дефицита" },
];

// The published rules name no required attachments; the secretariat asks for a partner's letter of
// intent, so the demo programmes require one (a manager can change this in the app).
const requiredAttachments: ProgrammeRules["requiredAttachments"] = [
  {
    id: "partner-letter",
    name: {
      nb: "Intensjonsbrev fra partneren",
      en: "Letter of intent from the partner",
      ru: "Письмо о намерениях от партнёра",
    },
  },
];

export interface ProgrammeSeed {
  id: string;
  name: Record<Locale, string>;
  summary: Record<Locale, string>;
  rules: ProgrammeRules;
}

export const programmeSeeds: ProgrammeSeed[] = [
  {
    id: "no-ru-regular",
    name: {
      nb: "Norsk-russiske prosjektmidler (ordinære)",
      en: "Norwegian-Russian regular project funds",
      ru: "Норвежско-российские проектные средства (основные)",
    },
    summary: {
      nb: "Folk-til-folk-samarbeid mellom Nord-Norge og de russiske Barentsregionene.",
      en: "People-to-people cooperation between Northern Norway and the Russian Barents regions.",
      ru: "Сотрудничество «от людей к людям» между Северной Норвегией и российскими регионами Баренцева региона.",
    },
    rules: {
      applicantCountry: "NO",
      applicantRegions: ["no-nordland", "no-troms", "no-finnmark"],
      partnerCountries: ["RU"],
      partnerRegions: ["ru-murmansk", "ru-arkhangelsk", "ru-nenets", "ru-karelia", "ru-komi"],
      minPartners: 1,
      priorityAreas,
      funding: { maxSharePercent: 70, businessMaxSharePercent: 50, fullFundingBelowTotalCost: 50_000 },
      ownWorkRates: [
        { kind: "external-services", side: "any", nokPerHour: 600 },
        { kind: "volunteer", side: "NO", nokPerHour: 200 },
        { kind: "volunteer", side: "RU", nokPerHour: 100 },
      ],
      caps: { foodPerPersonPerDay: 500 },
      ineligibleCosts,
      boardThreshold: 400_000,
      boardDeadlines: ["03-01", "10-01"],
      advanceMaxPercent: 75,
      finalReport: { minOwnFundingPercent: 30, auditorAboveGrant: 100_000 },
      languages: ["nb", "en", "ru"],
      costCategories: defaultCostCategories,
      requiredAttachments,
      screeningChecklist: defaultScreeningChecklist,
      assessmentCriteria: defaultAssessmentCriteria,
    },
  },
  {
    id: "no-se-fi-2024",
    name: {
      nb: "Norsk-svensk-finske prosjektmidler 2024",
      en: "Norwegian-Swedish-Finnish project funds 2024",
      ru: "Норвежско-шведско-финские проектные средства 2024",
    },
    summary: {
      nb: "Samarbeid mellom Nord-Norge og Nord-Sverige og Nord-Finland, under Kommunal- og distriktsdepartementet.",
      en: "Cooperation between Northern Norway and northern Sweden and Finland, under the Ministry of Local Government and Regional Development.",
      ru: "Сотрудничество Северной Норвегии с северными регионами Швеции и Финляндии по линии Министерства местного самоуправления и регионального развития.",
    },
    rules: {
      applicantCountry: "NO",
      applicantRegions: ["no-nordland", "no-troms", "no-finnmark"],
      partnerCountries: ["SE", "FI"],
      partnerRegions: [
        "se-norrbotten",
        "se-vasterbotten",
        "fi-lapland",
        "fi-north-ostrobothnia",
        "fi-kainuu",
      ],
      minPartners: 1,
      priorityAreas,
      funding: { maxSharePercent: 70, businessMaxSharePercent: 50, fullFundingBelowTotalCost: 50_000 },
      ownWorkRates: [
        { kind: "external-services", side: "any", nokPerHour: 600 },
        { kind: "volunteer", side: "any", nokPerHour: 200 },
      ],
      caps: { foodPerPersonPerDay: 500 },
      ineligibleCosts,
      boardThreshold: 400_000,
      boardDeadlines: ["03-01", "10-01"],
      advanceMaxPercent: 75,
      finalReport: { minOwnFundingPercent: 30, auditorAboveGrant: 100_000 },
      languages: ["nb", "en"],
      costCategories: defaultCostCategories,
      requiredAttachments,
      screeningChecklist: defaultScreeningChecklist,
      assessmentCriteria: defaultAssessmentCriteria,
    },
  },
];
