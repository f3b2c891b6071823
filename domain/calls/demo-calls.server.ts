import { nextDeadline, osloDate } from "#domain/eligibility/oslo-dates.ts";
import { formatDate } from "#domain/i18n/format.ts";
import type { ProgrammeRules } from "#domain/programmes/programme-rules.ts";
import type { CallInput } from "./call-input.ts";
import { callIdBase } from "./create-call.server.ts";
import { osloEndOfMinute, osloWallClockToInstant } from "./oslo-wall-clock.ts";

// The demo's calls, so that whatever the date the demo has calls open: per programme a continuous
// call for secretariat cases, open since 2024 with no end, and a deadline call for the next board
// deadline (on or after today), open since the day after the board deadline before it.

function at(date: string, time: string): Date {
  const result = osloWallClockToInstant(date, time);
  if (!result.ok) throw new Error(`demo call time ${date} ${time}: ${result.problem}`);
  return result.instant;
}

function endOfMinute(date: string, time: string): Date {
  const result = osloEndOfMinute(date, time);
  if (!result.ok) throw new Error(`demo call time ${date} ${time}: ${result.problem}`);
  return result.instant;
}

/** The board deadline before `deadline` (YYYY-MM-DD) in a programme's yearly list. */
function previousDeadline(deadline: string, monthDays: readonly string[]): string {
  const year = Number(deadline.slice(0, 4));
  const earlier = [year - 1, year]
    .flatMap((y) => monthDays.map((md) => `${y}-${md}`))
    .filter((date) => date < deadline)
    .sort();
  return earlier.at(-1) ?? `${year - 1}${deadline.slice(4)}`;
}

function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

export interface DemoCall {
  id: string;
  programmeId: string;
  input: CallInput;
}

export function demoCalls(
  programmes: { id: string; rules: Pick<ProgrammeRules, "boardDeadlines" | "boardThreshold"> }[],
  now: Date,
): DemoCall[] {
  const today = osloDate(now);
  return programmes.flatMap((programme) => {
    const continuous: CallInput = {
      title: {
        nb: "Løpende søknader, behandles av sekretariatet",
        en: "Continuous applications, decided by the secretariat",
        ru: "Постоянный приём заявок, решения принимает секретариат",
      },
      kind: "continuous",
      opensAt: at("2024-01-01", "00:00"),
      closesAt: null,
      budgetNok: 10_000_000,
    };
    const result: DemoCall[] = [
      { id: callIdBase(programme.id, continuous), programmeId: programme.id, input: continuous },
    ];
    const deadline = nextDeadline(today, programme.rules.boardDeadlines);
    if (deadline) {
      const closesAt = endOfMinute(deadline, "23:59");
      const title = {
        nb: `Styresaker med frist ${formatDate("nb", closesAt)}`,
        en: `Board cases, deadline ${formatDate("en", closesAt)}`,
        ru: `Дела правления, срок подачи ${formatDate("ru", closesAt)}`,
      };
      const input: CallInput = {
        title,
        kind: "deadline",
        opensAt: at(dayAfter(previousDeadline(deadline, programme.rules.boardDeadlines)), "00:00"),
        closesAt,
        budgetNok: 8_000_000,
      };
      result.push({ id: callIdBase(programme.id, input), programmeId: programme.id, input });
    }
    return result;
  });
}
