import { describe, expect, it } from "vitest";
import { describeRights } from "./collaborator-rights.ts";
import { countryName, countryOptions, isCountryCode } from "./countries.ts";

describe("rights in words", () => {
  it("always reads, and names the sections in the form's order and the reader's language", () => {
    expect(describeRights("en", { canComment: false, editSections: [] })).toBe("read the application");
    expect(describeRights("en", { canComment: true, editSections: ["budget", "project"] })).toBe(
      "read the application; edit “The project” and “Budget”; write in the conversation between the applicant and the partners",
    );
    expect(
      describeRights("nb", { canComment: false, editSections: ["partners", "budget", "financing"] }),
    ).toBe("lese søknaden; endre «Partnere», «Budsjett» og «Finansieringsplan»");
    expect(describeRights("ru", { canComment: true, editSections: ["activities"] })).toBe(
      "просматривать заявку; редактировать разделы «План мероприятий»; писать в переписке заявителя и партнёров",
    );
  });

  it("leaves out section ids it does not know", () => {
    expect(describeRights("en", { canComment: false, editSections: ["review", "x"] })).toBe(
      "read the application",
    );
  });
});

describe("countries", () => {
  it("knows every country, by name in the reader's language, the Barents countries first", () => {
    expect(isCountryCode("RU")).toBe(true);
    expect(isCountryCode("ru")).toBe(false);
    expect(isCountryCode("ZZ")).toBe(false);
    expect(countryName("nb", "SE")).toBe("Sverige");
    expect(countryName("ru", "FI")).toBe("Финляндия");
    const options = countryOptions("en");
    expect(options.barents.map((o) => o.value)).toEqual(["NO", "SE", "FI", "RU"]);
    expect(options.other).toHaveLength(246);
    expect(options.other[0]).toEqual({ value: "AF", label: "Afghanistan" });
  });
});
