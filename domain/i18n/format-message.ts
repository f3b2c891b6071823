import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { formatNumber } from "./format.ts";
import { intlTag } from "./locales.ts";
import type { MessageKey } from "./message-keys.ts";

// Formats a message that the server has already parsed, the same way on the server and in the
// browser, so a page renders the same text before and after hydration. The browser build has no ICU
// parser (vite.config.ts swaps it for FormatJS's no-parser module): only the server parses, in
// compile-message.ts.

export type MessageParams = Record<string, string | number>;

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A message ready to format: plain text, or the ICU syntax tree the server made of it. */
export type CompiledMessage = string | MessageFormatElement[];

/** The messages one page shows, in its language, as the server sends them with the page's data. */
export type PageMessages = Readonly<Record<string, CompiledMessage>>;

interface Prepared {
  locale: Locale;
  format: IntlMessageFormat;
  /** Arguments shown as they are ({name}): a number among them is formatted for the language. */
  plain: string[];
  /** Arguments that choose a plural form: they stay numbers (the form's # is formatted by ICU). */
  plural: string[];
  /** Every other argument (select, number, date): passed as given. */
  other: string[];
}

const prepared = new WeakMap<MessageFormatElement[], Prepared>();

function prepare(locale: Locale, ast: MessageFormatElement[]): Prepared {
  let found = prepared.get(ast);
  if (found?.locale !== locale) {
    const kinds = new Map<string, "plain" | "plural" | "other">();
    collectArguments(ast, kinds);
    const names = (kind: string) => [...kinds].filter(([, k]) => k === kind).map(([name]) => name);
    found = {
      locale,
      format: new IntlMessageFormat(ast, intlTag[locale], undefined, { ignoreTag: true }),
      plain: names("plain"),
      plural: names("plural"),
      other: names("other"),
    };
    prepared.set(ast, found);
  }
  return found;
}

function collectArguments(ast: MessageFormatElement[], kinds: Map<string, "plain" | "plural" | "other">) {
  for (const element of ast) {
    // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural (FormatJS's TYPE; 0 literal, 7 #).
    if (element.type === 1) {
      if (!kinds.has(element.value)) kinds.set(element.value, "plain");
    } else if (element.type === 6) {
      kinds.set(element.value, "plural");
    } else if (element.type === 2 || element.type === 3 || element.type === 4 || element.type === 5) {
      if (kinds.get(element.value) !== "plural") kinds.set(element.value, "other");
    }
    if (element.type === 5 || element.type === 6) {
      for (const option of Object.values(element.options)) collectArguments(option.value, kinds);
    }
  }
}

/**
 * Fills a message's arguments: a number shown as it is ("{total}") is formatted for the language
 * ("12 500" in Norwegian); a plural's count chooses the form by CLDR rules (Russian one, few, many,
 * other). An argument not given stays visible as "{name}" (a plural without its count reads 0).
 */
export function formatMessage(locale: Locale, message: CompiledMessage, params?: MessageParams): string {
  if (typeof message === "string") return message;
  const { format, plain, plural, other } = prepare(locale, message);
  const values: Record<string, string | number> = {};
  for (const name of plain) {
    const value = params?.[name];
    values[name] =
      value === undefined ? `{${name}}` : typeof value === "number" ? formatNumber(locale, value) : value;
  }
  for (const name of plural) values[name] = Number(params?.[name] ?? 0);
  for (const name of other) values[name] = params?.[name] ?? "";
  return String(format.format(values));
}

/**
 * A translator over the messages a page was sent. A key the page was not sent is shown as the key
 * and reported through `missing` (the route's handle.messages lacks its area).
 */
export function createMessageTranslator(
  locale: Locale,
  messages: PageMessages,
  missing: (key: string) => void,
): Translate {
  return (key, params) => {
    const message = messages[key];
    if (message === undefined) {
      missing(key);
      return key;
    }
    return formatMessage(locale, message, params);
  };
}
