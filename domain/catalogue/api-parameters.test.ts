import { describe, expect, it } from "vitest";
import { createTranslator } from "#domain/i18n/translate.ts";
import { checkApiParameters } from "./api-parameters.ts";
import { queryParameterNames } from "./openapi.server.ts";

const check = (query: string, operationId = "getProject", locale: "nb" | "en" | "ru" = "en") =>
  checkApiParameters(new URLSearchParams(query), queryParameterNames(operationId), createTranslator(locale));

describe("the checks every API operation makes", () => {
  it("names each parameter the operation does not describe, once, with the ones it takes", () => {
    const { errors } = check("lang=en&yaer=2020&yaer=2021&x%00=1");
    expect(errors).toEqual([
      {
        param: "yaer",
        code: "unknown-parameter",
        message: "Unknown parameter “yaer”. This address takes: lang.",
        allowed: ["lang"],
      },
      expect.objectContaining({ param: "x?", code: "unknown-parameter" }),
    ]);
    // The search describes every facet; the single project does not.
    expect(check("year=2020", "searchProjects").errors).toEqual([]);
    expect(check("year=2020").errors.map((e) => e.param)).toEqual(["year"]);
  });

  it("reads lang: one of nb, en, ru, once; anything else is named in the reader's language", () => {
    expect(check("lang=ru")).toEqual({ errors: [], lang: "ru" });
    expect(check("")).toEqual({ errors: [], lang: undefined });
    expect(check("lang=xx", "getProject", "nb").errors).toEqual([
      {
        param: "lang",
        code: "unknown-value",
        message: "«xx» er ingen verdi for lang. Tillatte verdier: nb, en, ru.",
        allowed: ["nb", "en", "ru"],
      },
    ]);
    expect(check("lang=en&lang=ru").errors.map((e) => e.code)).toEqual(["repeated"]);
  });
});
