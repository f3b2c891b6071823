import { describe, expect, it } from "vitest";
import { createTranslator } from "#domain/i18n/translate.ts";
import { findReportProblems, reportTotals } from "./check-final-report.ts";
import { finalReportSchema } from "./final-report-form.ts";
import { finalReportValues } from "./testing/final-report-values.ts";

const values = finalReportValues;
const rules = { grantAmount: 70_000, auditorRequired: false, minOwnFundingPercent: 30 };

describe("the final report's rules", () => {
  it("counts own funds, partners, other sources and own work against all actual costs", () => {
    expect(reportTotals(values())).toEqual({ costs: 100_000, ownFunding: 30_000, ownFundingPercent: 30 });
    expect(findReportProblems(values(), rules)).toEqual([]);
  });

  it("blocks a share below the minimum, exactly at the boundary", () => {
    const short = values({ financingPartners: 9_999 });
    expect(findReportProblems(short, rules)).toMatchObject([{ code: "own-funding-share", minPercent: 30 }]);
    expect(findReportProblems(values({ actual: {}, ownWorkActual: 0 }), rules)).toMatchObject([
      { code: "no-costs" },
    ]);
  });

  it("asks for the auditor's name and confirmation when the grant needs them, and caps the grant line", () => {
    const problems = findReportProblems(values({ financingGrant: 70_001 }), {
      ...rules,
      auditorRequired: true,
    });
    expect(problems.map((p) => p.code)).toEqual([
      "grant-exceeded",
      "auditor-name-required",
      "auditor-confirmation-required",
    ]);
    expect(
      findReportProblems(values({ auditorName: "Revisor AS", auditorConfirmed: true }), {
        ...rules,
        auditorRequired: true,
      }),
    ).toEqual([]);
  });

  it("explains the share in the reader's language and keeps typed amounts readable", () => {
    const t = createTranslator("en");
    const schema = finalReportSchema(t, "en", { ...rules, categoryIds: ["travel", "food"] });
    const parsed = schema.safeParse({
      done: "x",
      results: "y",
      cooperation: "z",
      participantsApplicant: "10",
      participantsPartner: "12",
      actual: { travel: "80 000", food: "" },
      ownWorkActual: "0",
      financingGrant: "70000",
      financingOwnFunds: "10000",
    });
    expect(parsed.success).toBe(false);
    const messages = parsed
      .error!.issues.map((i) => i.message)
      .join(" ")
      .replace(/[\u00a0\u202f]/g, " ");
    expect(messages).toContain(
      "Own funding is 12.5 % of the actual costs (NOK 10,000 of NOK 80,000); the programme requires at least 30 %.",
    );
    const bad = schema.safeParse({
      ...parsed.data,
      done: "x",
      results: "y",
      cooperation: "z",
      participantsApplicant: "ten",
    });
    expect(bad.success).toBe(false);
  });
});
