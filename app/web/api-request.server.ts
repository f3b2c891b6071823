import { negotiateLocale } from "#domain/i18n/locales.ts";
import { isLocale, type Locale } from "#vocabulary/vocabulary.ts";

// The open-data API has no language in its path (its data is the same in every language): messages
// (errors) and the language-dependent parts (snippets, facet labels, page links) follow ?lang= when
// it names one of ours, else the Accept-Language header. An unknown ?lang= is not an error: the
// header decides, as if it were absent.

export function apiLocale(request: Request, url: URL = new URL(request.url)): Locale {
  const lang = url.searchParams.get("lang");
  return isLocale(lang) ? lang : negotiateLocale(request.headers.get("Accept-Language"));
}

/** The site's public address without a trailing slash, for absolute links in answers. */
export function publicBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "");
}
