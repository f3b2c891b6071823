import { data, useParams, useRouteLoaderData } from "react-router";
import { createTranslator, type Translate } from "#domain/i18n/translate.ts";
import { isLocale, type Locale } from "#vocabulary/vocabulary.ts";
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

export function useT(): Translate {
  return createTranslator(useLocale());
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
