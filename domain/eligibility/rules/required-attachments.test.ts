import { describe, expect, it } from "vitest";
import { programmeSeeds } from "#domain/programmes/seed-programmes.ts";
import type { RequiredAttachment } from "../rule-result.ts";
import { drafting, eligibleDraft, say, submitting } from "../testing/eligible-draft.ts";
import { requiredAttachments } from "./required-attachments.ts";

const budgetSheet: RequiredAttachment = {
  id: "budget-sheet",
  name: { nb: "budsjettskjema", en: "budget sheet", ru: "бюджетная форма" },
};
const partnerLetter: RequiredAttachment = {
  id: "partner-letter",
  name: { nb: "partnerbrev", en: "partner's letter", ru: "письмо партнёра" },
};

describe.each(programmeSeeds.map((p) => [p.id, p] as const))("required attachments, %s", (_, programme) => {
  const { rules } = programme;
  const required = [budgetSheet, partnerLetter];
  const withAttachments = (attachments: string[], stage: "draft" | "submission" = "submission") =>
    requiredAttachments({ ...eligibleDraft(programme), attachments }, rules, {
      ...(stage === "draft" ? drafting : submitting),
      requiredAttachments: required,
    });

  it("has nothing to check when the programme requires none", () => {
    expect(requiredAttachments(eligibleDraft(programme), rules, submitting).outcome).toBe("not-applicable");
  });

  it("passes when every required attachment is there", () => {
    expect(withAttachments(["partner-letter", "budget-sheet", "photo"]).outcome).toBe("pass");
  });

  it("lists the missing ones: a warning while drafting, a failure when sent", () => {
    expect(withAttachments([], "draft").outcome).toBe("warning");
    const result = withAttachments([]);
    expect(result.outcome).toBe("fail");
    expect(result.fields).toEqual(["attachments"]);
    expect(say("en", result)).toBe("2 required attachments are missing: budget sheet and partner's letter.");
    expect(say("ru", result)).toBe(
      "Не хватает 2 обязательных приложений: бюджетная форма и письмо партнёра.",
    );
    expect(say("nb", withAttachments(["budget-sheet"]))).toBe("1 obligatorisk vedlegg mangler: partnerbrev.");
    expect(say("ru", withAttachments(["budget-sheet"]))).toBe(
      "Не хватает 1 обязательного приложения: письмо партнёра.",
    );
  });
});
