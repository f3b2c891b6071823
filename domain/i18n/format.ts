import type { Locale } from "#vocabulary/vocabulary.ts";
import { intlTag } from "./locales.ts";

// Dates, numbers and amounts per locale. The secretariat works in Europe/Oslo time; every date
// shown is in that zone so that a deadline reads the same for everyone.
export const timeZone = "Europe/Oslo";

export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlTag[locale], options).format(value);
}

/** NOK amounts: "kr 12 500", "NOK 12,500", "12 500 kr" per locale conventions. */
export function formatNok(locale: Locale, amount: number): string {
  return new Intl.NumberFormat(intlTag[locale], {
    style: "currency",
    currency: "NOK",
    maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount);
}

export function formatDate(locale: Locale, date: Date | string, style: "short" | "long" = "long"): string {
  return new Intl.DateTimeFormat(intlTag[locale], { dateStyle: style, timeZone }).format(new Date(date));
}

export function formatDateTime(locale: Locale, date: Date | string): string {
  return new Intl.DateTimeFormat(intlTag[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(new Date(date));
}

/** "Nordland, Troms og Finnmark" / "Nordland, Troms or Finnmark": lists joined the language's way. */
export function formatList(
  locale: Locale,
  items: string[],
  type: "conjunction" | "disjunction" = "conjunction",
): string {
  return new Intl.ListFormat(intlTag[locale], { style: "long", type }).format(items);
}

/** A day of the year without the year ("1. mars", "1 March", "1 марта"), for recurring deadlines. */
export function formatDayOfYear(locale: Locale, monthDay: string): string {
  const [month, day] = monthDay.split("-").map(Number);
  return new Intl.DateTimeFormat(intlTag[locale], { day: "numeric", month: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2024, (month ?? 1) - 1, day ?? 1)),
  );
}
