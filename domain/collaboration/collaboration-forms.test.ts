import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { createTranslator } from "#domain/i18n/translate.ts";
import { inviteCollaboratorSchema, postMessageSchema } from "./collaboration-forms.ts";

// The forms as a browser without JavaScript posts them: checkboxes send nothing when unticked,
// one value when one is ticked and repeated names when several are.
const t = createTranslator("en");

function form(fields: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
}

const invite = (extra: [string, string][] = [], kind = "person") =>
  parseWithZod(
    form([
      ["intent", "invite"],
      ["email", " Olga@Example.ru "],
      ["name", "Olga Ivanova"],
      ["kind", kind],
      ["country", "RU"],
      ["locale", "ru"],
      ...extra,
    ]),
    { schema: inviteCollaboratorSchema(t) },
  );

describe("the invitation form", () => {
  it("reads unticked boxes as no rights beyond reading", () => {
    const submission = invite();
    expect(submission.status).toBe("success");
    if (submission.status !== "success") return;
    expect(submission.value).toMatchObject({ email: "Olga@Example.ru", canComment: false, editSections: [] });
  });

  it("reads one or several ticked sections and the comment box", () => {
    const one = invite([["editSections", "budget"]]);
    const several = invite([
      ["editSections", "partners"],
      ["editSections", "budget"],
      ["canComment", "on"],
    ]);
    expect(one.status === "success" && one.value.editSections).toEqual(["budget"]);
    expect(several.status === "success" && several.value).toMatchObject({
      editSections: ["partners", "budget"],
      canComment: true,
    });
  });

  it("explains each mistake in the page's language", () => {
    const submission = parseWithZod(
      form([
        ["intent", "invite"],
        ["email", "not-an-address"],
        ["kind", "organisation"],
        ["country", "ZZ"],
        ["locale", "de"],
        ["editSections", "review"],
      ]),
      { schema: inviteCollaboratorSchema(createTranslator("nb")) },
    );
    expect(submission.status).toBe("error");
    const errors = submission.reply().error ?? {};
    expect(errors.email).toEqual(["Skriv en gyldig e-postadresse, for eksempel navn@eksempel.no."]);
    expect(errors.name).toEqual(["Fyll ut dette feltet."]);
    expect(errors.country).toEqual(["Velg et land fra listen."]);
    expect(errors.locale).toEqual(["Verdien er ugyldig."]);
    expect(errors["editSections[0]"]).toEqual(["Velg bare deler av søknaden fra listen."]);
  });

  it("asks for the organisation's name when the partner is an organisation", () => {
    const submission = invite([], "organisation");
    expect(submission.status === "error" && submission.reply().error?.organisationName).toEqual([
      "Write the name of the organisation.",
    ]);
    expect(invite([["organisationName", "Murmansk Choir"]], "organisation").status).toBe("success");
  });
});

describe("the message form", () => {
  const post = (body: string) =>
    parseWithZod(
      form([
        ["intent", "post-message"],
        ["body", body],
      ]),
      { schema: postMessageSchema(t) },
    );

  it("trims the message and takes 1 to 5000 characters", () => {
    const ok = post("  Hello  ");
    expect(ok.status === "success" && ok.value.body).toBe("Hello");
    expect(post("   ").status).toBe("error");
    expect(post("x".repeat(5000)).status).toBe("success");
    expect(post("x".repeat(5001)).status).toBe("error");
  });
});
