import { describe, expect, it } from "vitest";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import { eligibleDraft, expectSaid, say, submitting } from "../testing/eligible-draft.ts";
import { priorityArea } from "./priority-area.ts";

describe.each(programmeSeeds.map((p) => [p.id, p] as const))("priority area, %s", (_, programme) => {
  const { rules } = programme;
  const choose = (area: string | undefined) =>
    priorityArea({ ...eligibleDraft(programme), priorityArea: area }, rules, submitting);

  it.each(rules.priorityAreas.map((area) => area.id))("passes %s", (id) => {
    expect(choose(id).outcome).toBe("pass");
  });

  it("names the area in each language", () => {
    const result = choose("indigenous");
    expectSaid(result, {
      nb: "Satsingsområde: Urfolk.",
      en: "Priority area: Indigenous peoples.",
      ru: "Приоритетное направление: Коренные народы.",
    });
  });

  it("fails an unknown area (an old priority, a forged id) and lists the valid ones", () => {
    const result = choose("children-youth");
    expect(result.outcome).toBe("fail");
    expect(result.fields).toEqual(["priorityArea"]);
    expect(say("en", result)).toBe(
      "“children-youth” is not a priority area of this programme. Choose one of: Culture and sport, Competence and education, Indigenous peoples, Business development, Civil society and environment and Media and information.",
    );
  });

  it("waits for a choice", () => {
    expect(choose(undefined).outcome).toBe("not-applicable");
    expect(choose("").outcome).toBe("not-applicable");
  });
});
