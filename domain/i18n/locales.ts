import type { Locale } from "#vocabulary/vocabulary.ts";

export const defaultLocale: Locale = "nb";

export const localeNames: Record<Locale, string> = { nb: "Norsk bokmål", en: "English", ru: "Русский" };
/** BCP 47 tags for Intl: "nb" alone formats well, "ru" too; Intl needs nothing more. */
export const intlTag: Record<Locale, string> = { nb: "nb-NO", en: "en-GB", ru: "ru-RU" };

/**
 * Picks the best of our languages for an Accept-Language header. Norwegian variants (no, nn, nb)
 * all map to nb; anything we do not speak falls back to nb, the secretariat's own language.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale;
  const ranked = acceptLanguage
    .split(",")
    .slice(0, 20)
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag: tag.toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split("-")[0];
    if (primary === "nb" || primary === "no" || primary === "nn") return "nb";
    if (primary === "en") return "en";
    if (primary === "ru") return "ru";
  }
  return defaultLocale;
}
