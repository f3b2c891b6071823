import { describe, expect, it } from "vitest";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import type { DraftPartner } from "../application-draft.ts";
import { eligibleDraft, say, submitting } from "../testing/eligible-draft.ts";
import { partners } from "./partners.ts";

const seed = (id: string) => programmeSeeds.find((p) => p.id === id)!;

describe.each(programmeSeeds.map((p) => [p.id, p] as const))("partners, %s", (_, programme) => {
  const { rules } = programme;
  const withPartners = (list: DraftPartner[], min = rules.minPartners) =>
    partners({ ...eligibleDraft(programme), partners: list }, { ...rules, minPartners: min }, submitting);

  it.each(rules.partnerRegions)("counts an organisation or a person in %s", (region) => {
    const country = region.slice(0, 2).toUpperCase();
    expect(withPartners([{ country, region, kind: "organisation" }]).outcome).toBe("pass");
    expect(withPartners([{ country, region, kind: "person" }]).outcome).toBe("pass");
  });

  it("fails when the only partner is outside the programme's regions", () => {
    const result = withPartners([{ country: "NO", region: "no-troms", kind: "organisation" }]);
    expect(result.outcome).toBe("fail");
    expect(result.fields).toEqual(["partners"]);
  });

  it("does not count a region given with the wrong country", () => {
    const region = rules.partnerRegions[0]!;
    expect(withPartners([{ country: "DE", region }]).outcome).toBe("fail");
  });

  it("takes the country from the region when it is not given", () => {
    expect(withPartners([{ region: rules.partnerRegions[0]! }]).outcome).toBe("pass");
  });

  it("needs minPartners eligible partners: 1 of 2 fails, 2 of 2 passes", () => {
    const region = rules.partnerRegions[1]!;
    const eligible: DraftPartner = { country: region.slice(0, 2).toUpperCase(), region };
    const outside: DraftPartner = { country: "DE", region: "de-berlin" };
    expect(withPartners([eligible, outside], 2).outcome).toBe("fail");
    expect(withPartners([eligible, eligible], 2).outcome).toBe("pass");
  });

  it("waits for partners, saying how many and from where", () => {
    const result = withPartners([]);
    expect(result.outcome).toBe("not-applicable");
    expect(say("en", result)).toMatch(/^Add at least 1 partner from .+\.$/);
  });
});

describe("partners' messages", () => {
  const russian = seed("no-ru-regular");
  const nordic = seed("no-se-fi-2024");
  const murmansk: DraftPartner = { country: "RU", region: "ru-murmansk" };

  it("lists the regions and uses Russian plurals for 0, 1, 3 and 5 partners", () => {
    const rules = { ...russian.rules, minPartners: 6 };
    const run = (count: number) =>
      partners({ partners: Array.from({ length: count }, () => murmansk) }, rules, submitting);
    expect(say("en", run(1))).toBe(
      "You have 1 partner in an area this programme covers, but it requires at least 6 from Murmansk Oblast, Arkhangelsk Oblast, Nenets Autonomous Okrug, Republic of Karelia and Komi Republic.",
    );
    expect(say("ru", run(1))).toBe(
      "У вас 1 партнёр из регионов, охваченных программой, а требуется не менее 6. Регионы: Мурманская область, Архангельская область, Ненецкий автономный округ, Республика Карелия и Республика Коми.",
    );
    expect(say("ru", run(3))).toMatch(/^У вас 3 партнёра из регионов/);
    expect(say("ru", run(5))).toMatch(/^У вас 5 партнёров из регионов/);
    expect(
      say("ru", partners({ partners: [{ country: "SE", region: "se-norrbotten" }] }, rules, submitting)),
    ).toMatch(/^У вас 0 партнёров из регионов/);
  });

  it("says how many count in nb", () => {
    const result = partners({ partners: [murmansk, murmansk] }, russian.rules, submitting);
    expect(say("nb", result)).toBe(
      "Du har 2 samarbeidspartnere i områder programmet dekker; det kreves minst 1.",
    );
  });

  it("does not accept a Russian partner in the Nordic programme, nor a Swedish one in the Russian", () => {
    expect(partners({ partners: [murmansk] }, nordic.rules, submitting).outcome).toBe("fail");
    const norrbotten = { partners: [{ country: "SE", region: "se-norrbotten" }] };
    expect(partners(norrbotten, russian.rules, submitting).outcome).toBe("fail");
    expect(partners(norrbotten, nordic.rules, submitting).outcome).toBe("pass");
    expect(say("nb", partners({ partners: [murmansk] }, nordic.rules, submitting))).toBe(
      "Du har 0 samarbeidspartnere i områder programmet dekker, men det kreves minst 1 fra Norrbotten, Västerbotten, Lappland, Nord-Österbotten og Kajanaland.",
    );
  });
});
