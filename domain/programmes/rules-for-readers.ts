import { formatDayOfYear, formatList, formatNok } from "#domain/i18n/format.ts";
import { localeNames } from "#domain/i18n/locales.ts";
import { findBarentsRegion } from "#domain/regions/barents-regions.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import type { ProgrammeRules } from "./programme-rules.ts";

/**
 * A programme's rules as an applicant reads them, in one language: who can apply, for what, how
 * much and who decides. The programme's page and each of its calls' pages say the same things
 * with the same words, from this one reading.
 */
export function rulesForReaders(rules: ProgrammeRules, locale: Locale) {
  const regionName = (id: string) => findBarentsRegion(id)?.name[locale] ?? id;
  return {
    applicantRegions: formatList(locale, rules.applicantRegions.map(regionName), "disjunction"),
    partnerRegions: formatList(locale, rules.partnerRegions.map(regionName), "disjunction"),
    minPartners: rules.minPartners,
    priorityAreas: rules.priorityAreas.map((p) => ({ id: p.id, name: p.name[locale] })),
    maxShare: rules.funding.maxSharePercent,
    businessShare: rules.funding.businessMaxSharePercent,
    fullFundingBelow: formatNok(locale, rules.funding.fullFundingBelowTotalCost),
    boardThreshold: formatNok(locale, rules.boardThreshold),
    boardDeadlines: formatList(
      locale,
      rules.boardDeadlines.map((d) => formatDayOfYear(locale, d)),
    ),
    languages: formatList(
      locale,
      rules.languages.map((l) => localeNames[l]),
    ),
  };
}

export type RulesForReaders = ReturnType<typeof rulesForReaders>;
