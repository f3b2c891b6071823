import { intlTag } from "#domain/i18n/locales.ts";
import { barentsCountries, type Locale } from "#vocabulary/vocabulary.ts";

// A partner may live in any country: every ISO 3166-1 alpha-2 code (and XK, Kosovo, which the ISO list
// lacks but passports and the EU use). Names come from Intl in the reader's language, so the list
// needs no translations of its own.
export const countryCodes = [
  ..."AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS".split(
    " ",
  ),
  ..."BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE".split(
    " ",
  ),
  ..."EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM".split(
    " ",
  ),
  ..."HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC".split(
    " ",
  ),
  ..."LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA".split(
    " ",
  ),
  ..."NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW".split(
    " ",
  ),
  ..."SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO".split(
    " ",
  ),
  ..."TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW".split(" "),
];

const codeSet = new Set(countryCodes);

export function isCountryCode(value: unknown): value is string {
  return typeof value === "string" && codeSet.has(value);
}

/** "RU" -> "Russland" / "Russia" / "Россия"; an unknown code is shown as it is. */
export function countryName(locale: Locale, code: string): string {
  try {
    return new Intl.DisplayNames(intlTag[locale], { type: "region", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export interface CountryOption {
  value: string;
  label: string;
}

/** The Barents countries, then every other country by name in the reader's alphabet. */
export function countryOptions(locale: Locale): { barents: CountryOption[]; other: CountryOption[] } {
  const names = new Intl.DisplayNames(intlTag[locale], { type: "region", fallback: "code" });
  const option = (code: string) => ({ value: code, label: names.of(code) ?? code });
  const barents: readonly string[] = barentsCountries;
  const collator = new Intl.Collator(intlTag[locale]);
  return {
    barents: barentsCountries.map(option),
    other: countryCodes
      .filter((code) => !barents.includes(code))
      .map(option)
      .sort((a, b) => collator.compare(a.label, b.label)),
  };
}
