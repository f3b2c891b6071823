import { formatDate, formatNok, formatNumber } from "#domain/i18n/format.ts";
import { intlTag } from "#domain/i18n/locales.ts";
import { type MessageParams, translate } from "#domain/i18n/translate.ts";
import { findBarentsRegion } from "#domain/regions/barents-regions.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import type { EligibilityMessageKey, RuleId, RuleMessage, RuleOutcome, RuleParam } from "./rule-result.ts";

// Turns a rule's message (data) into a sentence in one language: amounts as that language writes
// them, dates in Oslo, region, country and language names in the reader's language, lists joined
// with "og" / "and" / "и".

function renderParam(locale: Locale, param: RuleParam): string | number {
  if (typeof param === "string" || typeof param === "number") return param;
  if ("nok" in param) return formatNok(locale, param.nok);
  if ("percent" in param) return formatNumber(locale, param.percent, { maximumFractionDigits: 2 });
  // A calendar date: noon UTC is the same day in Oslo all year round.
  if ("date" in param) return formatDate(locale, `${param.date}T12:00:00Z`);
  if ("text" in param) return param.text[locale];
  if ("region" in param) return findBarentsRegion(param.region)?.name[locale] ?? param.region;
  if ("country" in param) return displayName(locale, "region", param.country);
  if ("language" in param) return displayName(locale, "language", param.language);
  if ("list" in param)
    return new Intl.ListFormat(intlTag[locale], { type: "conjunction" }).format(
      param.list.map((item) => {
        const rendered = renderParam(locale, item);
        return typeof rendered === "number" ? formatNumber(locale, rendered) : rendered;
      }),
    );
  return renderRuleMessage(locale, param.message);
}

function displayName(locale: Locale, type: "region" | "language", code: string): string {
  try {
    return new Intl.DisplayNames(intlTag[locale], { type, fallback: "code" }).of(code) ?? code;
  } catch {
    // A malformed code (typed by hand into programme data) is shown as it is.
    return code;
  }
}

export function renderRuleMessage(locale: Locale, message: RuleMessage): string {
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(message.params)) params[name] = renderParam(locale, value);
  return translate(locale, message.key, params);
}

export function ruleTitleKey(ruleId: RuleId): EligibilityMessageKey {
  return `eligibility.rule.${ruleId}`;
}

export function outcomeKey(outcome: RuleOutcome): EligibilityMessageKey {
  return `eligibility.outcome.${outcome}`;
}
