import { describe, expect, it } from "vitest";
import { createTranslator } from "#domain/i18n/translate.ts";
import { conflict, done, forbidden, notFound, refused } from "#domain/result.ts";
import { apiFailure, failureMessage, failureStatus, refusal, valueOrErrorPage } from "./answer.server.ts";

const t = createTranslator("en");

describe("one mapping from a domain result to an answer", () => {
  it("gives each kind of failure its status", () => {
    expect(failureStatus(notFound())).toBe(404);
    expect(failureStatus(forbidden())).toBe(403);
    expect(
      failureStatus(refused("workbench.saved.invalidName", { why: "invalid", params: { max: 80 } })),
    ).toBe(400);
    expect(failureStatus(refused("workbench.saved.tooMany", { params: { max: 20 } }))).toBe(409);
    expect(failureStatus(conflict("form.invalid", { changed: ["budget"] }))).toBe(409);
  });

  it("says why in the reader's language, with the refusal's figures", () => {
    const tooMany = refused("workbench.saved.tooMany", { params: { max: 20 } });
    expect(failureMessage(t, tooMany)).toBe(
      "You can have at most 20 saved filters. Delete one before saving another.",
    );
    expect(failureMessage(createTranslator("ru"), tooMany)).toContain("20");
    expect(failureMessage(t, notFound())).toBe(t("error.notFound.text"));
  });

  it("translates a parameter that is itself a message, such as a state's name", () => {
    const wrongState = refused("case.refused.wrong-state", {
      params: { state: { message: "case.state.approved" } },
    });
    expect(failureMessage(t, wrongState)).toBe(
      `This cannot be done with the case as it stands now (${t("case.state.approved")}).`,
    );
    const ru = createTranslator("ru");
    expect(failureMessage(ru, wrongState)).toContain(ru("case.state.approved"));
  });

  it("lets a page show a refusal beside its form, and turns 'not found' into the 404 page", async () => {
    const answer = refusal(
      t,
      refused("workbench.saved.invalidName", {
        why: "invalid",
        params: { max: 80 },
        fields: { name: "form.required" },
      }),
    );
    expect(answer.init?.status).toBe(400);
    expect(answer.data).toEqual({
      ok: false,
      message: "Write a name of at most 80 characters.",
      fieldErrors: { name: [t("form.required")] },
    });
    expect(() => refusal(t, notFound())).toThrow();
    expect(valueOrErrorPage(t, done(42))).toBe(42);
    try {
      valueOrErrorPage(t, forbidden());
      expect.unreachable();
    } catch (thrown) {
      expect((thrown as { init: { status: number } }).init.status).toBe(403);
    }
  });

  it("answers the API with a problem document", async () => {
    const response = apiFailure(t, refused("workbench.saved.tooMany", { params: { max: 20 } }));
    expect(response.status).toBe(409);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(await response.json()).toMatchObject({
      status: 409,
      code: "workbench.saved.tooMany",
      title: "You can have at most 20 saved filters. Delete one before saving another.",
    });
  });
});
