import type { Locale } from "#vocabulary/vocabulary.ts";
import { type Catalog, catalogs, type MessageKey } from "./catalog.ts";
import type { PluralMessage } from "./define-messages.ts";
import { formatNumber } from "./format.ts";
import { intlTag } from "./locales.ts";

export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralRule(locale: Locale): Intl.PluralRules {
  let rule = pluralRules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(intlTag[locale]);
    pluralRules.set(locale, rule);
  }
  return rule;
}

/** Picks the plural form for `count` in `locale` ("1 заявка", "3 заявки", "5 заявок"). */
export function selectPlural(locale: Locale, message: PluralMessage, count: number): string {
  const category = pluralRule(locale).select(count) as keyof PluralMessage;
  return message[category] ?? message.other;
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const catalog: Catalog = catalogs[locale];
  const message = catalog[key];
  const template =
    typeof message === "string" ? message : selectPlural(locale, message, Number(params?.count ?? 0));
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(locale, value) : value;
  });
}

export function createTranslator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}
