import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkI18n } from "./check-catalogues.server.ts";
import { formatDate, formatNok, formatNumber } from "./format.ts";
import { negotiateLocale } from "./locales.ts";
import { translate } from "./translate.ts";

describe("translations", () => {
  it("has every message in every language, with the plural forms each needs, and no unused key", () => {
    // The same check as `npm run check:i18n`; its own tests (check-catalogues.test.ts) break a copy.
    expect(checkI18n(path.resolve(import.meta.dirname, "../.."))).toEqual([]);
  });

  it("uses the Russian plural forms one, few and many", () => {
    const say = (count: number) => translate("ru", "account.login.throttled", { count });
    expect(say(1)).toContain("через 1 минуту");
    expect(say(21)).toContain("через 21 минуту");
    expect(say(3)).toContain("через 3 минуты");
    expect(say(5)).toContain("через 5 минут");
    expect(say(11)).toContain("через 11 минут");
    expect(translate("ru", "home.programmeCount", { count: 2 })).toBe("Открыты 2 программы");
    expect(translate("en", "home.programmeCount", { count: 1 })).toBe("1 programme is open");
    expect(translate("nb", "home.programmeCount", { count: 3 })).toBe("3 programmer er åpne");
  });

  it("fills placeholders and formats numbers per language", () => {
    expect(translate("en", "home.loggedInAs", { name: "Kari", role: "adviser" })).toBe(
      "You are logged in as Kari (adviser).",
    );
    // Thousands are grouped with a (narrow) no-break space in Norwegian, so "12 500" never wraps.
    expect(translate("nb", "pager.status", { page: 1, pages: 2, total: 12500 })).toMatch(
      /^Side 1 av 2 \(12[\u00a0\u202f]500 i alt\)$/,
    );
  });
});

describe("formats", () => {
  it("writes NOK amounts, numbers and dates the way each language does", () => {
    const nbsp = /[\u00a0\u202f]/g;
    expect(formatNok("nb", 400000).replace(nbsp, " ")).toBe("400 000 kr");
    expect(formatNok("en", 400000).replace(nbsp, " ")).toBe("NOK 400,000");
    expect(formatNok("en", 1250.5).replace(nbsp, " ")).toBe("NOK 1,250.50");
    expect(formatNok("ru", 400000).replace(nbsp, " ")).toBe("400 000 NOK");
    expect(formatNumber("ru", 1234.5).replace(nbsp, " ")).toBe("1 234,5");
    expect(formatDate("nb", "2026-03-01T12:00:00Z")).toBe("1. mars 2026");
    expect(formatDate("en", "2026-03-01T12:00:00Z")).toBe("1 March 2026");
    expect(formatDate("ru", "2026-03-01T12:00:00Z")).toBe("1 марта 2026 г.");
  });

  it("shows dates in Oslo time, so a deadline reads the same everywhere", () => {
    // 23:30 UTC on 28 February is already 1 March in Oslo.
    expect(formatDate("en", "2026-02-28T23:30:00Z")).toBe("1 March 2026");
  });
});

describe("language negotiation", () => {
  it.each([
    [undefined, "nb"],
    ["", "nb"],
    ["ru", "ru"],
    ["en-US,en;q=0.9", "en"],
    ["nn-NO,nn;q=0.9,en;q=0.5", "nb"],
    ["no", "nb"],
    ["de-DE,ru;q=0.3,en;q=0.2", "ru"],
    ["fi-FI,sv;q=0.8", "nb"],
    ["en;q=0,ru;q=0.1", "ru"],
    ["garbage;;;q=abc,,", "nb"],
  ])("%s -> %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
