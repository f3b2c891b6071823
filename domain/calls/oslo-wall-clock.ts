import { timeZone } from "#domain/i18n/format.ts";

// Call windows are typed by managers as Oslo wall-clock times ("1 March 2027, 23:59") and stored as
// instants. The offset is not fixed (UTC+1 in winter, UTC+2 in summer), so it is looked up for the
// moment itself with Intl; the server's own zone never matters.

const osloParts = new Intl.DateTimeFormat("en-GB", {
  timeZone,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockOf(instant: Date): WallClock {
  const parts = Object.fromEntries(osloParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

const asUtc = (w: WallClock) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/** Oslo's offset from UTC at `instant`, in milliseconds (3 600 000 in winter, 7 200 000 in summer). */
export function osloOffsetMs(instant: Date): number {
  return asUtc(wallClockOf(instant)) - Math.floor(instant.getTime() / 1000) * 1000;
}

export type WallClockProblem = "invalid-date" | "invalid-time" | "skipped-by-dst";

/**
 * The instant an Oslo wall-clock time names: `date` YYYY-MM-DD, `time` HH:MM, plus `second`.
 * In the spring gap (02:00-02:59 on the last Sunday of March) the time does not exist: refused,
 * rather than silently moved. In the autumn overlap (02:00-02:59 twice) the earlier one is meant.
 */
export function osloWallClockToInstant(
  date: string,
  time: string,
  second = 0,
): { ok: true; instant: Date } | { ok: false; problem: WallClockProblem } {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!dateMatch) return { ok: false, problem: "invalid-date" };
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
  if (!timeMatch) return { ok: false, problem: "invalid-time" };
  const wanted: WallClock = {
    year: Number(dateMatch[1]),
    month: Number(dateMatch[2]),
    day: Number(dateMatch[3]),
    hour: Number(timeMatch[1]),
    minute: Number(timeMatch[2]),
    second,
  };
  if (wanted.hour > 23 || wanted.minute > 59) return { ok: false, problem: "invalid-time" };
  const naive = asUtc(wanted);
  const check = new Date(naive);
  if (
    check.getUTCFullYear() !== wanted.year ||
    check.getUTCMonth() + 1 !== wanted.month ||
    check.getUTCDate() !== wanted.day ||
    wanted.year < 1970
  )
    return { ok: false, problem: "invalid-date" };
  // The offset a few hours either side covers both offsets around a change; keep those that
  // actually read back as the wanted wall-clock time.
  const offsets = new Set([
    osloOffsetMs(new Date(naive - 6 * 3_600_000)),
    osloOffsetMs(new Date(naive + 6 * 3_600_000)),
  ]);
  const matches = [...offsets]
    .map((offset) => naive - offset)
    .filter((candidate) => asUtc(wallClockOf(new Date(candidate))) === naive)
    .sort((a, b) => a - b);
  if (matches.length === 0) return { ok: false, problem: "skipped-by-dst" };
  return { ok: true, instant: new Date(matches[0]!) };
}

/** An instant as the Oslo date (YYYY-MM-DD) and time (HH:MM) a manager would type it. */
export function osloWallClockOf(instant: Date): { date: string; time: string } {
  const w = wallClockOf(instant);
  const two = (n: number) => String(n).padStart(2, "0");
  return { date: `${w.year}-${two(w.month)}-${two(w.day)}`, time: `${two(w.hour)}:${two(w.minute)}` };
}

/**
 * The last moment of an Oslo wall-clock minute (HH:MM:59.999): how a call's closing time is stored,
 * so that the whole closing minute counts, to the millisecond, and the next second does not.
 */
export function osloEndOfMinute(date: string, time: string): ReturnType<typeof osloWallClockToInstant> {
  const result = osloWallClockToInstant(date, time, 59);
  return result.ok ? { ok: true, instant: new Date(result.instant.getTime() + 999) } : result;
}
