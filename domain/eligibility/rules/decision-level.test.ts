import { describe, expect, it } from "vitest";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import { eligibleDraft, say, submitting } from "../testing/eligible-draft.ts";
import { decisionLevel } from "./decision-level.ts";

describe.each(programmeSeeds.map((p) => [p.id, p] as const))("decision level, %s", (_, programme) => {
  const { rules } = programme;
  const asking = (requested: number | undefined, now = submitting.now, submittedAt?: string) =>
    decisionLevel({ ...eligibleDraft(programme), financing: { requested }, dates: { submittedAt } }, rules, {
      now,
      stage: "submission",
    });

  it("leaves NOK 399,999 to the secretariat", () => {
    const result = asking(399_999);
    expect(result.outcome).toBe("pass");
    expect(say("en", result)).toBe(
      "You ask for NOK 399,999, less than NOK 400,000: the secretariat handles the application as it comes in.",
    );
  });

  it("sends NOK 400,000 to the board, with the next board deadline", () => {
    const result = asking(400_000);
    expect(result.outcome).toBe("pass");
    expect(say("en", result)).toBe(
      "You ask for NOK 400,000, which is NOK 400,000 or more: the board decides. The next deadline for board cases is 1 March 2026.",
    );
    expect(say("ru", result)).toBe(
      "Вы запрашиваете 400 000 NOK, то есть 400 000 NOK или больше: решение принимает правление. 1 марта 2026 г. — ближайший срок подачи заявок на правление.",
    );
  });

  it.each([
    ["2026-03-01T10:00:00Z", "1. mars 2026"],
    ["2026-03-01T23:30:00Z", "1. oktober 2026"], // already 2 March in Oslo
    ["2026-10-02T10:00:00Z", "1. mars 2027"],
  ])("counts the next deadline from %s in Oslo", (moment, deadline) => {
    expect(say("nb", asking(500_000, new Date(moment)))).toContain(
      `Neste søknadsfrist for styresaker er ${deadline}.`,
    );
  });

  it("counts from the day a submitted application was sent", () => {
    const result = asking(500_000, new Date("2026-05-01T10:00:00Z"), "2026-02-20T10:00:00Z");
    expect(say("en", result)).toContain("is 1 March 2026.");
  });

  it("says only that the board decides when the programme has no deadlines", () => {
    const result = decisionLevel(
      { financing: { requested: 400_000 } },
      { ...rules, boardDeadlines: [] },
      submitting,
    );
    expect(result.message.key).toBe("eligibility.decision.boardNoDeadline");
  });

  it("waits for a requested amount", () => {
    expect(asking(undefined).outcome).toBe("not-applicable");
    expect(asking(-5).outcome).toBe("not-applicable");
  });
});
