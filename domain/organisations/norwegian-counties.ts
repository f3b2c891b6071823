import type { Locale } from "#vocabulary/vocabulary.ts";

// Norway's counties from 2024. The three in the Barents region use the same ids as the programme
// rules (and shared/data's region file), so an applicant's county feeds the eligibility check directly.
export const norwegianCounties: { id: string; name: Record<Locale, string> }[] = [
  { id: "no-nordland", name: { nb: "Nordland", en: "Nordland", ru: "Нурланн" } },
  { id: "no-troms", name: { nb: "Troms", en: "Troms", ru: "Тромс" } },
  { id: "no-finnmark", name: { nb: "Finnmark", en: "Finnmark", ru: "Финнмарк" } },
  { id: "no-trondelag", name: { nb: "Trøndelag", en: "Trøndelag", ru: "Трёнделаг" } },
  { id: "no-more-og-romsdal", name: { nb: "Møre og Romsdal", en: "Møre og Romsdal", ru: "Мёре-ог-Ромсдал" } },
  { id: "no-vestland", name: { nb: "Vestland", en: "Vestland", ru: "Вестланн" } },
  { id: "no-rogaland", name: { nb: "Rogaland", en: "Rogaland", ru: "Ругаланн" } },
  { id: "no-agder", name: { nb: "Agder", en: "Agder", ru: "Агдер" } },
  { id: "no-telemark", name: { nb: "Telemark", en: "Telemark", ru: "Телемарк" } },
  { id: "no-vestfold", name: { nb: "Vestfold", en: "Vestfold", ru: "Вестфолл" } },
  { id: "no-buskerud", name: { nb: "Buskerud", en: "Buskerud", ru: "Бускеруд" } },
  { id: "no-akershus", name: { nb: "Akershus", en: "Akershus", ru: "Акерсхус" } },
  { id: "no-ostfold", name: { nb: "Østfold", en: "Østfold", ru: "Эстфолл" } },
  { id: "no-oslo", name: { nb: "Oslo", en: "Oslo", ru: "Осло" } },
  { id: "no-innlandet", name: { nb: "Innlandet", en: "Innlandet", ru: "Иннландет" } },
];

export function isNorwegianCounty(id: unknown): id is string {
  return typeof id === "string" && norwegianCounties.some((c) => c.id === id);
}
