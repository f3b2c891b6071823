import { describe, expect, it } from "vitest";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { eligibleDraft, say, submitting } from "../testing/eligible-draft.ts";
import { languages } from "./languages.ts";

const seed = (id: string) => programmeSeeds.find((p) => p.id === id)!;

describe.each(programmeSeeds.map((p) => [p.id, p] as const))("languages, %s", (_, programme) => {
  const { rules } = programme;
  const writtenIn = (used: Locale[]) =>
    languages({ ...eligibleDraft(programme), languages: used }, rules, submitting);

  it.each(rules.languages)("passes an application in %s", (language) => {
    expect(writtenIn([language]).outcome).toBe("pass");
  });

  it("finds the languages from the project's texts when they are not stated", () => {
    const draft = eligibleDraft(programme);
    delete draft.languages;
    draft.project = { title: { en: "Choirs" }, summary: { en: "Two choirs meet." } };
    expect(languages(draft, rules, submitting).outcome).toBe("pass");
    draft.project = {};
    expect(languages(draft, rules, submitting).outcome).toBe("not-applicable");
  });
});

describe("languages the Nordic programme does not accept", () => {
  const nordic = seed("no-se-fi-2024");

  it("fails an application written only in Russian", () => {
    const result = languages({ languages: ["ru"] }, nordic.rules, submitting);
    expect(result.outcome).toBe("fail");
    expect(say("en", result)).toBe(
      "This programme accepts applications in Norwegian Bokmål and English, but the application is written in Russian.",
    );
    expect(say("ru", result)).toBe(
      "Программа принимает заявки на этих языках: норвежский букмол и английский. Языки вашей заявки: русский.",
    );
  });

  it("warns when some text is in a language that will not be assessed", () => {
    const result = languages({ languages: ["nb", "ru"] }, nordic.rules, submitting);
    expect(result.outcome).toBe("warning");
    expect(say("nb", result)).toBe(
      "Tekst på russisk blir ikke vurdert; programmet arbeider på norsk bokmål og engelsk.",
    );
  });

  it("accepts all three in the Norwegian-Russian programme", () => {
    const result = languages({ languages: ["nb", "en", "ru"] }, seed("no-ru-regular").rules, submitting);
    expect(result.outcome).toBe("pass");
    expect(say("en", result)).toBe(
      "The application is written in Norwegian Bokmål, English and Russian, which this programme accepts.",
    );
  });
});
