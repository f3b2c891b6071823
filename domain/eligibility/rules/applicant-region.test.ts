import { describe, expect, it } from "vitest";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import type { DraftApplicant } from "../application-draft.ts";
import { eligibleDraft, say, submitting } from "../testing/eligible-draft.ts";
import { applicantRegion } from "./applicant-region.ts";

describe.each(programmeSeeds.map((p) => [p.id, p] as const))("applicant's region, %s", (_, programme) => {
  const { rules } = programme;
  const from = (applicant: DraftApplicant) =>
    applicantRegion({ ...eligibleDraft(programme), applicant }, rules, submitting);

  it.each(["no-nordland", "no-troms", "no-finnmark"])("passes an applicant in %s", (region) => {
    expect(from({ country: "NO", region }).outcome).toBe("pass");
  });

  it("names the county in the reader's language", () => {
    const result = from({ country: "NO", region: "no-troms" });
    expect(say("en", result)).toBe(
      "The applicant is based in Troms, where this programme accepts applicants.",
    );
    expect(say("ru", result)).toBe(
      "Регион заявителя: Тромс. Программа принимает заявителей из этого региона.",
    );
  });

  it("fails an applicant elsewhere in Norway, listing the counties it accepts", () => {
    const result = from({ country: "NO", region: "no-oslo" });
    expect(result.outcome).toBe("fail");
    expect(result.fields).toEqual(["applicant.region"]);
    expect(say("nb", result)).toBe(
      "Søkeren holder til i no-oslo, men programmet tar bare imot søkere fra Nordland, Troms og Finnmark.",
    );
  });

  it("fails an applicant in a partner country's region", () => {
    const region = rules.partnerRegions[0]!;
    const result = from({ country: region.slice(0, 2).toUpperCase(), region });
    expect(result.outcome).toBe("fail");
    const name = region === "ru-murmansk" ? "Murmansk Oblast" : "Norrbotten";
    expect(say("en", result)).toBe(
      `The applicant is based in ${name}, but this programme accepts applicants from Nordland, Troms and Finnmark only.`,
    );
  });

  it("fails an eligible county given with a foreign country, naming the country", () => {
    const result = from({ country: "SE", region: "no-finnmark" });
    expect(result.outcome).toBe("fail");
    expect(say("en", result)).toContain("based in Finnmark");
    expect(say("en", from({ country: "SE", region: "xx" }))).toContain("based in Sweden");
  });

  it("waits for a county", () => {
    const result = from({ country: "NO" });
    expect(result.outcome).toBe("not-applicable");
    expect(say("ru", result)).toBe("Выберите регион заявителя (Нурланн, Тромс и Финнмарк).");
  });
});
