import { describe, expect, it } from "vitest";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import type { EligibilityContext } from "../rule-result.ts";
import { drafting, eligibleDraft, say, submitting } from "../testing/eligible-draft.ts";
import { startAfterSubmission } from "./start-after-submission.ts";

describe.each(programmeSeeds.map((p) => [p.id, p] as const))("start after submission, %s", (_, programme) => {
  const { rules } = programme;
  // ctx.now is 15 January 2026 in Oslo.
  const starting = (start: string | undefined, ctx: EligibilityContext, submittedAt?: string) =>
    startAfterSubmission(
      { ...eligibleDraft(programme), dates: { start, end: "2026-12-31", submittedAt } },
      rules,
      ctx,
    );

  it("passes a start after today, and today itself", () => {
    expect(starting("2026-03-01", drafting).outcome).toBe("pass");
    expect(starting("2026-01-15", drafting).outcome).toBe("pass");
    expect(starting("2026-01-15", submitting).outcome).toBe("pass");
  });

  it("warns about a start already past while drafting, and fails it when sent", () => {
    const warning = starting("2026-01-14", drafting);
    expect(warning.outcome).toBe("warning");
    expect(warning.fields).toEqual(["dates.start"]);
    expect(say("en", warning)).toBe(
      "The project starts on 14 January 2026, before today (15 January 2026). A project must not start before the application is sent; move the start date.",
    );
    const failure = starting("2026-01-14", submitting);
    expect(failure.outcome).toBe("fail");
    expect(say("nb", failure)).toBe(
      "Prosjektet starter 14. januar 2026, før søknaden ble sendt (15. januar 2026). Et prosjekt kan ikke starte før søknaden er sendt.",
    );
  });

  it("judges a submitted application by the Oslo day it was sent, not by today", () => {
    // Sent at 23:30 UTC on 28 February: already 1 March in Oslo.
    const sentLate = "2026-02-28T23:30:00Z";
    const screening = { now: new Date("2026-04-01T08:00:00Z"), stage: "submission" } as const;
    expect(starting("2026-03-01", screening, sentLate).outcome).toBe("pass");
    const early = starting("2026-02-28", screening, sentLate);
    expect(early.outcome).toBe("fail");
    expect(say("ru", early)).toBe(
      "Проект начинается 28 февраля 2026 г., раньше подачи заявки (1 марта 2026 г.). Проект не может начаться до подачи заявки.",
    );
  });

  it("waits for a valid start date", () => {
    expect(starting(undefined, drafting).outcome).toBe("not-applicable");
    expect(starting("2026-02-30", drafting).outcome).toBe("not-applicable");
  });
});
