import { describe, expect, it } from "vitest";
import { findCaseAccess } from "#domain/access/case-access.server.ts";
import { mayDo } from "#domain/access/case-access.ts";
import type { Person } from "#domain/access/case-scope.ts";
import { seedApplication } from "#domain/applications/testing/application-fixture.ts";
import { transitionCase } from "#domain/cases/transition-case.server.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { databaseForTheseTests } from "#tests/database.ts";
import { changesView, eligibilityView, historyView, submittedSections } from "./case-view.ts";
import { findCase, findCaseVersions, listCaseEvents } from "./find-case.server.ts";
import { insertStaff, mail, seedCase, sendSecondVersion } from "./testing/case-fixtures.ts";

const staff: Record<string, Person> = {};
const now = new Date();
const en = createTranslator("en");

const database = databaseForTheseTests(async () => {
  const db = database.db;
  staff.adviser = { id: await insertStaff(db, "adviser", "kirkenes"), role: "adviser", officeId: "kirkenes" };
  staff.murmansk = {
    id: await insertStaff(db, "adviser", "murmansk"),
    role: "adviser",
    officeId: "murmansk",
  };
  staff.manager = {
    id: await insertStaff(db, "programme_manager"),
    role: "programme_manager",
    officeId: null,
  };
  staff.board = { id: await insertStaff(db, "board_member"), role: "board_member", officeId: null };
  staff.admin = { id: await insertStaff(db, "administrator"), role: "administrator", officeId: null };
});

describe("finding a case for the case page", () => {
  it("finds it for those who may see it and for nobody else, drafts and malformed ids included", async () => {
    const db = database.db;
    const secretariatCase = await seedCase(db, {}, now);
    const boardCase = await seedCase(db, { decidedBy: "board", status: "ready_for_decision" }, now);
    const seen = async (user: Person, id: string) => {
      const access = await findCaseAccess(db, id, user);
      return access !== null && mayDo(access, "read_case_file");
    };
    expect(await seen(staff.adviser!, secretariatCase.id)).toBe(true);
    expect(await seen(staff.murmansk!, secretariatCase.id)).toBe(false);
    expect(await seen(staff.manager!, secretariatCase.id)).toBe(true);
    expect(await seen(staff.admin!, secretariatCase.id)).toBe(true);
    expect(await seen(staff.board!, secretariatCase.id)).toBe(false);
    expect(await seen(staff.board!, boardCase.id)).toBe(true);
    const draft = await seedApplication(db, { now });
    expect(await seen(staff.manager!, draft.applicationId)).toBe(false);
    expect(await seen(staff.manager!, crypto.randomUUID())).toBe(false);
    expect(await seen(staff.manager!, "' or 1=1 --")).toBe(false);
    expect(await findCase(db, crypto.randomUUID())).toBeNull();
    const found = await findCase(db, secretariatCase.id);
    expect(found).toMatchObject({
      organisationName: expect.stringMatching(/^Kor /),
      programmeName: { en: "Norwegian-Russian regular project funds" },
      officeName: { en: "Kirkenes (head office)" },
      adviserName: null,
    });
  });
});

describe("the case page's content", () => {
  it("shows the latest version as sent, and what changed since the one before", async () => {
    const db = database.db;
    const c = await seedCase(db, {}, now);
    const one = await findCaseVersions(db, c.id);
    expect(one.latest?.number).toBe(1);
    expect(one.previous).toBeNull();
    expect(changesView(one.latest!, one.previous, "en", en)).toBeNull();

    await sendSecondVersion(db, c.id, (content) => ({
      ...content,
      form: {
        ...content.form,
        financing: { ...content.form.financing, requested: "65000" },
        partners: { items: [{ ...content.form.partners!.items![0]!, region: "ru-arkhangelsk" }] },
      },
      attachments: [
        ...content.attachments,
        {
          id: "new",
          kind: "other",
          fileName: "budget.xlsx",
          mediaType: "x",
          sizeBytes: 2048,
          sha256: "f".repeat(64),
        },
      ],
    }));
    const two = await findCaseVersions(db, c.id);
    expect([two.latest?.number, two.previous?.number]).toEqual([2, 1]);
    const changes = changesView(two.latest!, two.previous, "en", en)!;
    expect(changes.since).toBe(1);
    expect(changes.fields).toEqual([
      {
        path: "partners.items.0.region",
        label: "Partner 1: Region",
        before: "Murmansk Oblast",
        after: "Arkhangelsk Oblast",
      },
      {
        path: "financing.requested",
        label: "Amount you apply for",
        before: expect.stringMatching(/70,000/),
        after: expect.stringMatching(/65,000/),
      },
    ]);
    expect(changes.added.map((file) => file.fileName)).toEqual(["budget.xlsx"]);
    expect(changes.removed).toEqual([]);

    const sections = submittedSections(two.latest!, "en", en);
    const project = sections.find((s) => s.id === "project")!;
    expect(project.kind === "facts" && project.facts).toEqual(
      expect.arrayContaining([
        { label: "Project title (Norwegian Bokmål)", value: "Joik og sang over grensen" },
        { label: "Priority area", value: "Culture and sport" },
      ]),
    );
    const partners = sections.find((s) => s.id === "partners")!;
    expect(partners.kind === "table" && partners.rows).toEqual([
      ["Murmansk Choir", "an organisation", "Russia", "Arkhangelsk Oblast", "Not given"],
    ]);
    const budget = sections.find((s) => s.id === "budget")!;
    expect(budget.kind === "table" && budget.rows.length).toBe(2);
  });

  it("gives the eligibility results in the reader's language, and the history in staff's words", async () => {
    const db = database.db;
    const c = await seedCase(db, {}, now);
    const { latest } = await findCaseVersions(db, c.id);
    const results = eligibilityView(latest!, "en", en);
    expect(results.length).toBeGreaterThan(5);
    expect(results.every((r) => r.outcome !== "fail")).toBe(true);
    expect(results.find((r) => r.ruleId === "decision-level")?.title).toBe("Who decides");
    const ru = eligibilityView(latest!, "ru", createTranslator("ru"));
    expect(ru[0]!.text).not.toEqual(results[0]!.text);

    const moved = await transitionCase(db, {
      applicationId: c.id,
      transition: "start_screening",
      actor: staff.adviser!,
      now: new Date(now.getTime() + 1000),
      mail,
    });
    expect(moved.ok).toBe(true);
    const history = historyView(await listCaseEvents(db, c.id), "en", en);
    expect(history.map((h) => h.text)).toEqual([
      "The draft was started",
      `Sent by the applicant, case number ${c.caseNumber}`,
      "Start screening – new status: Screening",
    ]);
    expect(history[2]!.actor).toMatch(/^adviser /);
  });
});
