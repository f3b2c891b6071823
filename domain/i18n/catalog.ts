import { type Locale, locales } from "#vocabulary/vocabulary.ts";
import type { Message, MessageSet, PluralMessage } from "./define-messages.ts";
import { intlTag } from "./locales.ts";
import accessModule from "./messages/access-module.ts";
import account from "./messages/account.ts";
import accountsSecurity from "./messages/accounts-security.ts";
import admin from "./messages/admin.ts";
import apiConventions from "./messages/api-conventions.ts";
import applications from "./messages/applications.ts";
import attachments from "./messages/attachments.ts";
import calls from "./messages/calls.ts";
import cases from "./messages/cases.ts";
import catalogue from "./messages/catalogue.ts";
import cataloguePages from "./messages/catalogue-pages.ts";
import collaboration from "./messages/collaboration.ts";
import common from "./messages/common.ts";
import documents from "./messages/documents.ts";
import eligibility from "./messages/eligibility.ts";
import mail from "./messages/mail.ts";
import meetings from "./messages/meetings.ts";
import notices from "./messages/notices.ts";
import notifications from "./messages/notifications.ts";
import openData from "./messages/open-data.ts";
import payments from "./messages/payments.ts";
import programmes from "./messages/programmes.ts";
import reports from "./messages/reports.ts";
import statistics from "./messages/statistics.ts";
import workbench from "./messages/workbench.ts";

// Every area's messages, merged into one catalog per language.
const sets = {
  common,
  account,
  accountsSecurity,
  admin,
  mail,
  eligibility,
  programmes,
  calls,
  applications,
  attachments,
  collaboration,
  documents,
  cases,
  workbench,
  meetings,
  payments,
  notifications,
  reports,
  catalogue,
  cataloguePages,
  statistics,
  openData,
  notices,
  apiConventions,
  accessModule,
} as const;

type Sets = typeof sets;
type AllKeys = { [S in keyof Sets]: keyof Sets[S]["nb"] }[keyof Sets];
export type MessageKey = Extract<AllKeys, string>;
export type Catalog = Record<MessageKey, Message>;

function merge(locale: Locale): Catalog {
  return Object.assign(
    {},
    ...Object.values(sets).map((set) => (set as MessageSet<Record<string, Message>>)[locale]),
  );
}

export const catalogs: Record<Locale, Catalog> = { nb: merge("nb"), en: merge("en"), ru: merge("ru") };

/**
 * The catalog check that `npm run check:i18n` (and so the build and CI) runs: every key in every
 * language, the plural forms each language needs, the same {placeholders} everywhere, no key
 * defined twice. Returns the problems; empty means the catalogs are whole.
 */
export function checkCatalogs(): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const [area, set] of Object.entries(sets) as [string, MessageSet<Record<string, Message>>][]) {
    for (const key of Object.keys(set.nb)) {
      if (seen.has(key)) problems.push(`${key}: defined in both ${seen.get(key)} and ${area}`);
      seen.set(key, area);
    }
    for (const locale of locales) {
      const messages = set[locale] as Record<string, Message>;
      const categories = new Intl.PluralRules(intlTag[locale]).resolvedOptions().pluralCategories;
      for (const key of Object.keys(set.nb)) {
        const message = messages[key];
        if (message === undefined || message === "") {
          problems.push(`${key}: missing in ${locale}`);
          continue;
        }
        if (typeof message !== typeof set.nb[key])
          problems.push(`${key}: plural in one language, not in ${locale}`);
        if (typeof message !== "string") {
          for (const category of categories) {
            if (!(message as PluralMessage)[category as keyof PluralMessage])
              problems.push(`${key}: ${locale} lacks the plural form "${category}"`);
          }
        }
        const expected = placeholders(set.nb[key]!);
        const actual = placeholders(message);
        if (expected !== actual)
          problems.push(`${key}: ${locale} has {${actual}} where nb has {${expected}}`);
      }
      for (const key of Object.keys(messages)) {
        if (!(key in set.nb)) problems.push(`${key}: in ${locale} but not in nb`);
      }
    }
  }
  return problems;
}

function placeholders(message: Message): string {
  const text = typeof message === "string" ? message : Object.values(message).join(" ");
  return [...new Set(text.match(/\{\w+\}/g) ?? [])]
    .map((p) => p.slice(1, -1))
    .sort()
    .join(",");
}
