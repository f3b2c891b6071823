import { describe, expect, it } from "vitest";
import { translate } from "#domain/i18n/translate.ts";
import { eligibilityRules } from "./eligibility-rules.ts";
import { outcomeKey, renderRuleMessage, ruleTitleKey } from "./render-rule-message.ts";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("renderRuleMessage", () => {
  it("formats amounts, percentages and dates per language", () => {
    const message = {
      key: "eligibility.fundingShare.fail",
      params: {
        share: { percent: 78.5 },
        max: { percent: 70 },
        requested: { nok: 78_500 },
        total: { nok: 100_000 },
        maxRequested: { nok: 70_000 },
      },
    } as const;
    expect(plain(renderRuleMessage("nb", message))).toBe(
      "Du søker om 78,5 % av de totale kostnadene (78 500 kr av 100 000 kr); programmet dekker høyst 70 %, altså 70 000 kr.",
    );
    expect(plain(renderRuleMessage("en", message))).toBe(
      "You ask for 78.5 % of the total costs (NOK 78,500 of NOK 100,000); this programme funds at most 70 %, that is NOK 70,000.",
    );
    expect(plain(renderRuleMessage("ru", message))).toBe(
      "Вы запрашиваете 78,5 % общих расходов (78 500 NOK из 100 000 NOK); программа финансирует не более 70 %, то есть 70 000 NOK.",
    );
  });

  it("writes calendar dates as the same day in every time zone", () => {
    const message = {
      key: "eligibility.dates.pass",
      params: { start: { date: "2026-01-01" }, end: { date: "2026-12-31" } },
    } as const;
    expect(renderRuleMessage("en", message)).toBe(
      "The project runs from 1 January 2026 to 31 December 2026.",
    );
  });

  it("names countries and languages in the reader's language, and joins lists", () => {
    const message = {
      key: "eligibility.languages.fail",
      params: {
        accepted: { list: [{ language: "nb" }, { language: "en" }] },
        used: { list: [{ language: "ru" }] },
      },
    } as const;
    expect(renderRuleMessage("nb", message)).toBe(
      "Programmet tar imot søknader på norsk bokmål og engelsk, men søknaden er skrevet på russisk.",
    );
    const side = {
      key: "eligibility.applicantRegion.fail",
      params: {
        place: { country: "FI" },
        regions: { list: [{ region: "no-troms" }, { region: "unknown-id" }] },
      },
    } as const;
    expect(renderRuleMessage("ru", side)).toBe(
      "Регион заявителя: Финляндия. Программа принимает заявителей только из регионов: Тромс и unknown-id.",
    );
  });

  it("picks the Russian plural from count: 1, 2, 5, 21", () => {
    const say = (count: number) =>
      renderRuleMessage("ru", { key: "eligibility.required.missing", params: { count, fields: "бюджет" } });
    expect(say(1)).toBe("Не заполнено 1 обязательное поле: бюджет.");
    expect(say(2)).toBe("Не заполнено 2 обязательных поля: бюджет.");
    expect(say(5)).toBe("Не заполнено 5 обязательных полей: бюджет.");
    expect(say(21)).toBe("Не заполнено 21 обязательное поле: бюджет.");
  });

  it("has a title for every rule and a label for every outcome in all three languages", () => {
    for (const { id } of eligibilityRules) {
      for (const locale of ["nb", "en", "ru"] as const) {
        expect(translate(locale, ruleTitleKey(id))).not.toBe("");
      }
    }
    expect(translate("en", outcomeKey("not-applicable"))).toBe("Not checked yet");
    expect(translate("ru", outcomeKey("fail"))).toBe("Не выполнено");
  });
});
