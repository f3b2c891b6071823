import { describe, expect, it } from "vitest";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import { eligibleDraft, say, submitting } from "../testing/eligible-draft.ts";
import { projectPeriod } from "./project-period.ts";

describe.each(programmeSeeds.map((p) => [p.id, p] as const))("project period, %s", (_, programme) => {
  const { rules } = programme;
  const period = (start?: string, end?: string) =>
    projectPeriod({ ...eligibleDraft(programme), dates: { start, end } }, rules, submitting);

  it("passes an end after the start, and a one-day project", () => {
    const result = period("2026-03-01", "2026-09-30");
    expect(result.outcome).toBe("pass");
    expect(say("nb", result)).toBe("Prosjektet varer fra 1. mars 2026 til 30. september 2026.");
    expect(say("ru", result)).toBe("Сроки проекта: с 1 марта 2026 г. по 30 сентября 2026 г. включительно.");
    expect(period("2026-03-01", "2026-03-01").outcome).toBe("pass");
  });

  it("fails an end one day before the start", () => {
    const result = period("2026-03-01", "2026-02-28");
    expect(result.outcome).toBe("fail");
    expect(result.fields).toEqual(["dates.end"]);
    expect(say("en", result)).toBe("The project ends on 28 February 2026, before it starts on 1 March 2026.");
  });

  it.each([
    ["2026-02-30", "2026-03-01", "dates.start"],
    ["2026-03-01", "31.12.2026", "dates.end"],
    ["2026-03-01", "2026-13-01", "dates.end"],
  ])("fails an impossible date (%s to %s)", (start, end, path) => {
    const result = period(start, end);
    expect(result.outcome).toBe("fail");
    expect(result.fields).toEqual([path]);
    expect(say("en", result)).toMatch(/^“.+” is not a valid date\.$/);
  });

  it("waits for both dates", () => {
    expect(period("2026-03-01", undefined).outcome).toBe("not-applicable");
    expect(period(undefined, undefined).outcome).toBe("not-applicable");
  });
});
