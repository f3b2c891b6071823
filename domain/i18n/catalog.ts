import type { Locale } from "#vocabulary/vocabulary.ts";
import type { MessageArea, MessageKey } from "./message-keys.ts";
import * as en from "./messages/en.ts";
import * as nb from "./messages/nb.ts";
import * as ru from "./messages/ru.ts";

export type { AreaMessageKey, MessageArea, MessageKey, MessagePrefix } from "./message-keys.ts";

// The whole catalogue, for server code: mail, PDFs, rule verdicts, actions' messages. Browser code
// never imports it (the build stops if it does, vite.config.ts): a page gets its messages with its
// data (app/web/page-messages.server.ts, ADR 0017).

type Catalog = Readonly<Record<MessageKey, string>>;

function merge(areas: Record<string, Record<string, string>>): Catalog {
  return Object.assign({}, ...Object.values(areas)) as Catalog;
}

/** Each language's messages in ICU MessageFormat, as written in domain/i18n/messages/<lang>/. */
export const catalogs: Record<Locale, Catalog> = { nb: merge(nb), en: merge(en), ru: merge(ru) };

export const messageAreas = Object.keys(nb) as MessageArea[];

/** Whether a key built at run time (`case.refused.${reason}`) names a message. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogs.nb, key);
}
