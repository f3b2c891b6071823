import { timeZone } from "#domain/i18n/format.ts";

// Project dates are calendar dates (YYYY-MM-DD) with no time zone; a moment (submission, now) is
// turned into the calendar date it is in Oslo before comparing, so an application sent at 00:30 on
// 1 March Oslo time counts as sent on 1 March, wherever the server or the applicant is.

const osloDay = new Intl.DateTimeFormat("en-CA", {
  timeZone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date, YYYY-MM-DD, that `moment` falls on in Oslo. */
export function osloDate(moment: Date): string {
  return osloDay.format(moment);
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not). String comparison then orders them. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The first of the yearly deadlines ("03-01", "10-01") on or after `today` (YYYY-MM-DD); null when there are none. */
export function nextDeadline(today: string, deadlines: readonly string[]): string | null {
  const year = Number(today.slice(0, 4));
  const candidates = [year, year + 1]
    .flatMap((y) => deadlines.map((monthDay) => `${y}-${monthDay}`))
    .filter((date) => date >= today)
    .sort();
  return candidates[0] ?? null;
}
