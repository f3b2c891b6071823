import { useContext, useMemo } from "react";
import { data, useParams, useRouteLoaderData } from "react-router";
import { createMessageTranslator, type PageMessages, type Translate } from "#domain/i18n/format-message.ts";
import type { MessageKey } from "#domain/i18n/message-keys.ts";
import { isLocale, type Locale } from "#vocabulary/vocabulary.ts";
import { ErrorMessagesContext, type PageMessagesData } from "./page-messages.ts";
import type { RootData } from "./root-data.ts";

/** The language of a route under /:lang; an unknown language is a 404, like any unknown page. */
export function localeFrom(params: { lang?: string }): Locale {
  if (!isLocale(params.lang)) throw data({ reason: "unknown-language" }, { status: 404 });
  return params.lang;
}

export function useRootData(): RootData | undefined {
  return useRouteLoaderData("root") as RootData | undefined;
}

export function useLocale(): Locale {
  const params = useParams();
  const rootLocale = useRootData()?.locale;
  return isLocale(params.lang) ? params.lang : (rootLocale ?? "nb");
}

/** The messages this page was sent: the shell's (root) and its routes' (language layout). */
export function usePageMessages(): PageMessages {
  const shell = useRootData()?.messages;
  const page = (useRouteLoaderData("routes/language-layout") as PageMessagesData | undefined)?.messages;
  const error = useContext(ErrorMessagesContext);
  return useMemo(() => ({ ...error, ...shell, ...page }), [error, shell, page]);
}

export function useT(): Translate {
  const locale = useLocale();
  const messages = usePageMessages();
  return useMemo(() => createMessageTranslator(locale, messages, reportMissing), [locale, messages]);
}

/** Whether a key built at run time (`openData.column.${name}`) has a message on this page. */
export function useHasMessage(): (key: string) => key is MessageKey {
  const messages = usePageMessages();
  return useMemo(
    () =>
      (key: string): key is MessageKey =>
        Object.hasOwn(messages, key),
    [messages],
  );
}

function reportMissing(key: string) {
  console.error(
    `The message "${key}" was not sent with this page: add its prefix to the route's handle.messages.`,
  );
}

/** A path in the given language: localePath("en", "/login") -> "/en/login". */
export function localePath(locale: Locale, path = ""): string {
  return `/${locale}${path === "/" ? "" : path}`;
}

/** The same page in another language, query string kept. */
export function switchLocalePath(pathname: string, search: string, to: Locale): string {
  const parts = pathname.split("/");
  if (isLocale(parts[1])) parts[1] = to;
  else parts.splice(1, 0, to);
  return `${parts.join("/").replace(/\/$/, "") || `/${to}`}${search}`;
}
