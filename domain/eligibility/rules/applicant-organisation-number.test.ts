import { describe, expect, it } from "vitest";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import { eligibleDraft, expectRefusal, say, submitting } from "../testing/eligible-draft.ts";
import { applicantOrganisationNumber } from "./applicant-organisation-number.ts";

describe.each(programmeSeeds.map((p) => [p.id, p] as const))(
  "applicant's organisation number, %s",
  (_, programme) => {
    const { rules } = programme;
    const withNumber = (organisationNumber: string | undefined) => {
      const draft = eligibleDraft(programme);
      draft.applicant = { ...draft.applicant, organisationNumber };
      return applicantOrganisationNumber(draft, rules, submitting);
    };

    it.each(["974760673", "923 609 016", "889640782"])("passes %s", (number) => {
      const result = withNumber(number);
      expect(result.outcome).toBe("pass");
      expect(say("en", result)).toMatch(/^Organisation number \d{3} \d{3} \d{3} is valid\.$/);
    });

    it("fails a wrong check digit and says so in three languages", () => {
      expectRefusal(withNumber("974 760 674"), ["applicant.organisationNumber"], {
        nb: "«974 760 674» er ikke et gyldig organisasjonsnummer: det siste sifferet stemmer ikke med de andre. Se etter en skrivefeil.",
        en: "“974 760 674” is not a valid organisation number: the last digit does not match the others. Look for a typo.",
        ru: "«974 760 674» — недействительный номер организации: последняя цифра не соответствует остальным. Проверьте, нет ли опечатки.",
      });
    });

    it.each([
      ["97476067", "it must have exactly 9 digits."],
      ["974-760-673", "it may contain only digits and spaces."],
    ])("fails %s: %s", (number, reason) => {
      const result = withNumber(number);
      expect(result.outcome).toBe("fail");
      expect(say("en", result)).toContain(reason);
    });

    it("waits for a number while there is none", () => {
      expect(withNumber(undefined).outcome).toBe("not-applicable");
      expect(withNumber("  ").outcome).toBe("not-applicable");
    });

    it("checks only Norwegian numbers", () => {
      const foreign = { ...rules, applicantCountry: "SE" };
      expect(applicantOrganisationNumber(eligibleDraft(programme), foreign, submitting).outcome).toBe(
        "not-applicable",
      );
    });
  },
);
