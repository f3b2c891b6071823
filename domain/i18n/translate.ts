import { type Locale, locales } from "#vocabulary/vocabulary.ts";
import { catalogs, type MessageKey, type MessagePrefix } from "./catalog.ts";
import { compileMessage } from "./compile-message.ts";
import {
  type CompiledMessage,
  formatMessage,
  type MessageParams,
  type PageMessages,
  type Translate,
} from "./format-message.ts";

export type { MessageParams, Translate };

// Server code's translator: the whole catalogue, each message parsed once on first use.

const compiled = Object.fromEntries(locales.map((locale) => [locale, new Map()])) as Record<
  Locale,
  Map<string, CompiledMessage>
>;

function compiledMessage(locale: Locale, key: string): CompiledMessage | undefined {
  let message = compiled[locale].get(key);
  if (message === undefined) {
    const source = (catalogs[locale] as Record<string, string>)[key];
    if (source === undefined) return undefined;
    message = compileMessage(source);
    compiled[locale].set(key, message);
  }
  return message;
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const message = compiledMessage(locale, key);
  if (message === undefined) {
    // Only a key built at run time can miss (a typed key cannot): show the key, never fail the page.
    console.error(`No message "${key}" in ${locale}`);
    return key;
  }
  return formatMessage(locale, message, params);
}

export function createTranslator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

const picked = new Map<string, PageMessages>();

/**
 * The messages a page shows, for the browser: every key under the given prefixes ("case" is every
 * case.* key, "case.state" every case.state.* key, a whole key just that one), parsed, in one language.
 */
export function pickMessages(locale: Locale, prefixes: readonly MessagePrefix[]): PageMessages {
  const cacheKey = `${locale}:${[...prefixes].sort().join(",")}`;
  let messages = picked.get(cacheKey);
  if (!messages) {
    const result: Record<string, CompiledMessage> = {};
    for (const key of Object.keys(catalogs[locale])) {
      if (prefixes.some((prefix) => key === prefix || key.startsWith(`${prefix}.`)))
        result[key] = compiledMessage(locale, key)!;
    }
    messages = result;
    picked.set(cacheKey, messages);
  }
  return messages;
}
