import { intlTag } from "#domain/i18n/locales.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";

const kib = 1024;
const mib = 1024 * 1024;

/** "2,5 MB", "340 kB", "12 byte" in the language's own way (binary units, as file managers show). */
export function formatFileSize(locale: Locale, bytes: number): string {
  const [value, unit] =
    bytes >= mib ? [bytes / mib, "megabyte"] : bytes >= kib ? [bytes / kib, "kilobyte"] : [bytes, "byte"];
  return new Intl.NumberFormat(intlTag[locale], {
    style: "unit",
    unit,
    unitDisplay: "short",
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
