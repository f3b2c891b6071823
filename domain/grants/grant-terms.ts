import { osloEndOfMinute } from "#domain/calls/oslo-wall-clock.ts";
import { isCalendarDate, osloDate } from "#domain/eligibility/oslo-dates.ts";

// The terms a grant letter states, computed from the decision and the rules stored with the version
// as sent. Pure, so the letter, the page and the decision all say the same.

/** The final report is due two months after the project's end date. */
export const reportMonthsAfterEnd = 2;
/** A rejection may be appealed to the board within three weeks of the decision (forvaltningsloven § 29). */
export const appealWeeks = 3;

/**
 * A calendar date plus whole months; a day the month lacks becomes its last day
 * (2026-12-31 + 2 months = 2027-02-28).
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const moment = new Date(`${date}T12:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

/**
 * The day the final report is due: the project's end date as sent plus two months. Submission
 * requires an end date; should a version lack one, the decision's date stands in for it.
 */
export function reportDueOn(projectEndDate: string | undefined, decidedAt: Date): string {
  const end = projectEndDate?.trim();
  return addMonths(end && isCalendarDate(end) ? end : osloDate(decidedAt), reportMonthsAfterEnd);
}

/** The last moment of an Oslo calendar day: a report due "on" a day is in time until midnight. */
export function endOfOsloDay(date: string): Date {
  const end = osloEndOfMinute(date, "23:59");
  if (!end.ok) throw new Error(`not a calendar date: ${date}`);
  return end.instant;
}

/** The largest advance the grantee may ask for, whole NOK (rounded down). */
export function maxAdvance(amount: number, advanceMaxPercent: number): number {
  return Math.floor((amount * advanceMaxPercent) / 100);
}

/** An auditor's confirmation of the accounts is required when the grant exceeds the rules' limit. */
export function auditorRequired(amount: number, auditorAboveGrant: number): boolean {
  return amount > auditorAboveGrant;
}

/** The last day (Oslo) on which a rejection decided at `decidedAt` may be appealed. */
export function appealDeadline(decidedAt: Date): string {
  return addDays(osloDate(decidedAt), appealWeeks * 7);
}
