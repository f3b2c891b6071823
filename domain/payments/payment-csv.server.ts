import type { Queryable } from "#db/connection.ts";
import type { Person } from "#domain/access/case-scope.ts";
import { osloDate } from "#domain/eligibility/oslo-dates.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { type PaymentFilters, type PaymentListRow, streamPayments } from "./list-payments.server.ts";

// The payment list as CSV for spreadsheets and the accounts department.
//
// Format, chosen for Excel in Norway as much as anywhere: UTF-8 with a byte-order mark (so Excel
// reads æøå and Cyrillic right), semicolons between fields (Norwegian and Russian Excel expect them,
// since the comma is their decimal separator), CRLF line ends (RFC 4180), one header row in the
// reader's language. Amounts are whole kroner without thousands separators; dates are Oslo
// calendar dates, YYYY-MM-DD, empty when not (yet) reached.

export const csvSeparator = ";";
export const csvByteOrderMark = "\uFEFF";

/**
 * One field, quoted when it holds the separator, a quote or a line break. Text that a spreadsheet
 * would run as a formula (=, +, -, @, tab, carriage return first) gets a leading apostrophe:
 * organisation names are typed by applicants (CSV injection).
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n,]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(fields: (string | number | null | undefined)[]): string {
  return `${fields.map(csvField).join(csvSeparator)}\r\n`;
}

export function paymentCsvHeader(locale: Locale): string {
  const t = createTranslator(locale);
  return csvLine([
    t("payments.column.caseNumber"),
    t("payments.column.organisation"),
    t("payments.column.kind"),
    t("payments.column.amount"),
    t("payments.column.status"),
    t("payments.column.requested"),
    t("payments.column.approved"),
    t("payments.column.paid"),
  ]);
}

export function paymentCsvRow(locale: Locale, row: PaymentListRow): string {
  const t = createTranslator(locale);
  const day = (date: Date | null) => (date ? osloDate(date) : "");
  return csvLine([
    row.caseNumber ?? "",
    row.organisation,
    t(`payments.kind.${row.kind}`),
    row.amount,
    t(`payments.status.${row.status}`),
    day(row.requestedAt),
    day(row.approvedAt),
    day(row.paidAt),
  ]);
}

/** The export, line by line: the header, then each payment as it is read from the database. */
export async function* paymentCsvLines(
  q: Queryable,
  viewer: Person,
  filters: PaymentFilters,
  locale: Locale,
): AsyncGenerator<string> {
  yield paymentCsvHeader(locale);
  for await (const row of streamPayments(q, viewer, filters)) yield paymentCsvRow(locale, row);
}
