import { describe, expect, it } from "vitest";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import type { DraftOwnWorkLine } from "../application-draft.ts";
import { drafting, eligibleDraft, say, submitting } from "../testing/eligible-draft.ts";
import { ownWorkRates } from "./own-work-rates.ts";

const seed = (id: string) => programmeSeeds.find((p) => p.id === id)!;

describe.each(programmeSeeds.map((p) => [p.id, p] as const))("own work rates, %s", (_, programme) => {
  const { rules } = programme;
  const withWork = (lines: DraftOwnWorkLine[], ctx = submitting) =>
    ownWorkRates({ ...eligibleDraft(programme), ownWork: lines }, rules, ctx);

  it("values external services at NOK 600 an hour on any side", () => {
    const result = withWork([{ kind: "external-services", side: "NO", hours: 10 }]);
    expect(result.outcome).toBe("pass");
    expect(say("en", result)).toBe("10 hours of own work, valued at NOK 6,000.");
  });

  it("values Norwegian volunteers at NOK 200 an hour", () => {
    expect(say("en", withWork([{ kind: "volunteer", side: "NO", hours: 1 }]))).toBe(
      "1 hour of own work, valued at NOK 200.",
    );
  });

  it("fails a kind of work the programme has no rate for", () => {
    const result = withWork([{ kind: "board-meetings", side: "NO", hours: 3 }]);
    expect(result.outcome).toBe("fail");
    expect(result.fields).toEqual(["ownWork.0"]);
    expect(say("en", result)).toBe(
      "Own work, line 1: this programme has no hourly rate for board-meetings from Norway.",
    );
  });

  it("asks for the kind and the side: a warning while drafting, a failure when sent", () => {
    expect(withWork([{ side: "NO", hours: 3 }], drafting).outcome).toBe("warning");
    expect(withWork([{ side: "NO", hours: 3 }]).outcome).toBe("fail");
  });

  it("uses the Russian plural forms for hours", () => {
    const hours = (n: number) => say("ru", withWork([{ kind: "external-services", side: "NO", hours: n }]));
    expect(hours(1)).toBe("Собственный вклад: 1 час работы стоимостью 600 NOK.");
    expect(hours(3)).toBe("Собственный вклад: 3 часа работы стоимостью 1 800 NOK.");
    expect(hours(5)).toBe("Собственный вклад: 5 часов работы стоимостью 3 000 NOK.");
    expect(hours(7.5)).toBe("Собственный вклад: 7,5 часа работы стоимостью 4 500 NOK.");
  });

  it("has nothing to check without own work", () => {
    expect(withWork([]).outcome).toBe("not-applicable");
  });
});

describe("own work rates that differ per side", () => {
  it("values Russian volunteers at NOK 100 an hour in the Norwegian-Russian programme", () => {
    const result = ownWorkRates(
      { ownWork: [{ kind: "volunteer", side: "RU", hours: 10 }] },
      seed("no-ru-regular").rules,
      submitting,
    );
    expect(say("nb", result)).toBe("10 timer egeninnsats, verdsatt til 1 000 kr.");
  });

  it("has no volunteer rate for Sweden there, and asks which side a volunteer line is", () => {
    const rules = seed("no-ru-regular").rules;
    const swedish = ownWorkRates(
      { ownWork: [{ kind: "volunteer", side: "SE", hours: 10 }] },
      rules,
      submitting,
    );
    expect(swedish.outcome).toBe("fail");
    expect(say("nb", swedish)).toBe(
      "Egeninnsats, linje 1: programmet har ingen timesats for frivillig arbeid fra Sverige.",
    );
    expect(say("ru", swedish)).toBe(
      "Собственный вклад, строка 1: в программе нет почасовой ставки для вида работы «добровольная работа» (страна: Швеция).",
    );
    const sideless = ownWorkRates({ ownWork: [{ kind: "volunteer", hours: 10 }] }, rules, submitting);
    expect(sideless.message.key).toBe("eligibility.ownWork.missingKind");
  });

  it("values volunteers on every side at NOK 200 in the Nordic programme", () => {
    const rules = seed("no-se-fi-2024").rules;
    for (const side of ["NO", "SE", "FI", undefined]) {
      const result = ownWorkRates({ ownWork: [{ kind: "volunteer", side, hours: 10 }] }, rules, submitting);
      expect(say("en", result)).toBe("10 hours of own work, valued at NOK 2,000.");
    }
  });
});
