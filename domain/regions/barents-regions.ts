import type { LocalisedText } from "#domain/eligibility/rule-result.ts";

// The 13 regions of the Barents region (domain brief), by the ids programme rules use. Programmes
// choose among them; the names let a rule's message say "Finnmark" instead of "no-finnmark".
export interface BarentsRegion {
  id: string;
  country: string;
  name: LocalisedText;
}

export const barentsRegions: readonly BarentsRegion[] = [
  { id: "no-nordland", country: "NO", name: { nb: "Nordland", en: "Nordland", ru: "Нурланн" } },
  { id: "no-troms", country: "NO", name: { nb: "Troms", en: "Troms", ru: "Тромс" } },
  { id: "no-finnmark", country: "NO", name: { nb: "Finnmark", en: "Finnmark", ru: "Финнмарк" } },
  { id: "se-norrbotten", country: "SE", name: { nb: "Norrbotten", en: "Norrbotten", ru: "Норрботтен" } },
  {
    id: "se-vasterbotten",
    country: "SE",
    name: { nb: "Västerbotten", en: "Västerbotten", ru: "Вестерботтен" },
  },
  { id: "fi-lapland", country: "FI", name: { nb: "Lappland", en: "Lapland", ru: "Лапландия" } },
  {
    id: "fi-north-ostrobothnia",
    country: "FI",
    name: { nb: "Nord-Österbotten", en: "North Ostrobothnia", ru: "Северная Остроботния" },
  },
  { id: "fi-kainuu", country: "FI", name: { nb: "Kajanaland", en: "Kainuu", ru: "Кайнуу" } },
  {
    id: "ru-murmansk",
    country: "RU",
    name: { nb: "Murmansk oblast", en: "Murmansk Oblast", ru: "Мурманская область" },
  },
  {
    id: "ru-arkhangelsk",
    country: "RU",
    name: { nb: "Arkhangelsk oblast", en: "Arkhangelsk Oblast", ru: "Архангельская область" },
  },
  {
    id: "ru-nenets",
    country: "RU",
    name: { nb: "Nenets autonome okrug", en: "Nenets Autonomous Okrug", ru: "Ненецкий автономный округ" },
  },
  {
    id: "ru-karelia",
    country: "RU",
    name: { nb: "Republikken Karelen", en: "Republic of Karelia", ru: "Республика Карелия" },
  },
  {
    id: "ru-komi",
    country: "RU",
    name: { nb: "Republikken Komi", en: "Komi Republic", ru: "Республика Коми" },
  },
];

export function findBarentsRegion(id: string): BarentsRegion | undefined {
  return barentsRegions.find((region) => region.id === id);
}
