import { describe, expect, it } from "vitest";
import { applicationSections } from "#domain/applications/application-sections.ts";
import { finalStates } from "#domain/cases/case-states.ts";
import { caseTransitionIds, caseTransitions } from "#domain/cases/case-transitions.ts";
import { type CaseState, caseStates } from "#vocabulary/vocabulary.ts";
import {
  availableTransitions,
  type CaseAccess,
  type CaseAction,
  type CaseTie,
  caseActionRules,
  caseActions,
  checkCaseAccess,
  editableSections,
  mayDo,
  refusalKinds,
  seeCase,
} from "./case-access.ts";
import { type CaseFacts, emptyScope, type Person } from "./case-scope.ts";

// The access rules as a table: every role and tie to the case x every state (and who decides) x
// every action -> the verdict. Written out to case-access.snap.md, reviewed like code: a change to
// a rule shows up as a change to that file. The properties below hold the table to the product's
// promises.

const party = (role: Person["role"], officeId: string | null, tie: CaseTie = { kind: "none" }) => ({
  person: { id: `${role}-${officeId ?? "none"}`, role, officeId },
  tie,
});

const parties = {
  "applicant (member)": party("applicant", null, { kind: "applicant" }),
  "partner (edits project, writes)": party("partner", null, {
    kind: "collaborator",
    canComment: true,
    editSections: ["project"],
  }),
  "partner (reads)": party("partner", null, { kind: "collaborator", canComment: false, editSections: [] }),
  "applicant (no tie)": party("applicant", null),
  "adviser (case's office)": party("adviser", "kirkenes"),
  "adviser (other office)": party("adviser", "murmansk"),
  "adviser (no office)": party("adviser", null),
  "programme manager": party("programme_manager", null),
  "board member": party("board_member", null),
  administrator: party("administrator", null),
} satisfies Record<string, Pick<CaseAccess, "person" | "tie">>;
type PartyName = keyof typeof parties;
const partyNames = Object.keys(parties) as PartyName[];

function facts(status: CaseState, decidedBy: CaseFacts["decidedBy"] = "secretariat"): CaseFacts {
  // Every sent case has an office (the head office until assigned); a return opened one step.
  return { status, officeId: "kirkenes", decidedBy, unlockedSections: ["project"] };
}

function access(name: PartyName, status: CaseState, decidedBy: CaseFacts["decidedBy"] = "secretariat") {
  return { ...parties[name], application: facts(status, decidedBy) };
}

/** The columns of the written-out table: every party on a case the secretariat decides, and the two
 * whose answers change when the board decides it (a test below holds that nobody else's do). */
const columns: { label: string; name: PartyName; decidedBy: "secretariat" | "board" }[] = [
  ...partyNames.map((name) => ({ label: name, name, decidedBy: "secretariat" as const })),
  { label: "programme manager, board's case", name: "programme manager", decidedBy: "board" },
  { label: "board member, board's case", name: "board member", decidedBy: "board" },
];

function cell(name: PartyName, action: CaseAction, status: CaseState, decidedBy: "secretariat" | "board") {
  const verdict = checkCaseAccess(access(name, status, decidedBy), action);
  return verdict.allowed ? "✓" : verdict.refusal;
}

function writeOut(): string {
  const lines = [
    "# Who may do what to an application or case",
    "",
    "Written by `case-access.test.ts` from the rules in `case-access.ts`; review a change here like code.",
    "Each cell: ✓, or why not. Hidden (404): `no-tie`, `not-sent`, `wrong-office`, `no-office`,",
    "`not-board-case`. Forbidden (403): `wrong-role`, `board-case`, `secretariat-case`, `not-granted`,",
    "`section-locked`. State (409): `illegal-transition`, `wrong-state`. The case is the Kirkenes office's",
    "and decided by the secretariat (below the board threshold), except in the last two columns, where",
    "the board decides it; a returned case opened the step `project`. States with the same answers",
    "share a row.",
    "",
  ];
  for (const action of caseActions) {
    const rows = new Map<string, CaseState[]>();
    for (const status of caseStates) {
      const row = columns.map((c) => cell(c.name, action, status, c.decidedBy)).join(" | ");
      rows.set(row, [...(rows.get(row) ?? []), status]);
    }
    lines.push(
      `## ${action}`,
      "",
      `| state | ${columns.map((c) => c.label).join(" | ")} |`,
      `|${"---|".repeat(columns.length + 1)}`,
    );
    for (const [row, states] of rows) lines.push(`| ${states.join(", ")} | ${row} |`);
    lines.push("");
  }
  return lines.join("\n");
}

describe("the access rules, every role and tie x state x action", () => {
  it("match the table written out for reviewers (case-access.snap.md)", async () => {
    await expect(writeOut()).toMatchFileSnapshot("./case-access.snap.md");
  });

  it("change no one's answers but the programme manager's and the board's when the board decides", () => {
    for (const name of partyNames.filter((n) => n !== "programme manager" && n !== "board member"))
      for (const status of caseStates)
        for (const action of caseActions)
          expect(cell(name, action, status, "board"), `${name} ${action} ${status}`).toBe(
            cell(name, action, status, "secretariat"),
          );
  });

  it("let nobody do anything to a case they do not see, and say so the same way for every action", () => {
    for (const name of partyNames)
      for (const status of caseStates)
        for (const decidedBy of ["secretariat", "board"] as const) {
          const a = access(name, status, decidedBy);
          const sight = seeCase(a);
          if (sight.sees) continue;
          for (const action of caseActions) {
            const verdict = checkCaseAccess(a, action);
            expect(verdict.allowed, `${name} ${action} ${status}`).toBe(false);
            // Either the role never does it (said without the case) or the case is hidden.
            if (!verdict.allowed && verdict.refusal !== "wrong-role")
              expect(verdict.refusal, `${name} ${action} ${status}`).toBe(sight.refusal);
          }
        }
  });

  it("give an adviser without an office nothing: no case seen, no action allowed, in any state", () => {
    for (const status of caseStates)
      for (const decidedBy of ["secretariat", "board", null] as const)
        for (const officeId of ["kirkenes", "murmansk", null]) {
          const a = {
            ...parties["adviser (no office)"],
            application: { status, decidedBy, officeId, unlockedSections: [] },
          };
          expect(seeCase(a)).toMatchObject({ sees: false });
          for (const action of caseActions) expect(mayDo(a, action), `${action} ${status}`).toBe(false);
        }
    // The workbench says why its queues are empty; nobody else's scope is empty by their role alone.
    expect(emptyScope(parties["adviser (no office)"].person)).toBe("no-office");
    for (const name of partyNames.filter((n) => n !== "adviser (no office)"))
      expect(emptyScope(parties[name].person), name).toBeNull();
  });

  it("keep a case without an office from every adviser, and with the managers who assign it", () => {
    const noOffice = (name: PartyName) => ({
      ...parties[name],
      application: { ...facts("submitted"), officeId: null },
    });
    expect(checkCaseAccess(noOffice("adviser (case's office)"), "start_screening")).toMatchObject({
      allowed: false,
      refusal: "wrong-office",
      kind: "hidden",
    });
    expect(mayDo(noOffice("programme manager"), "assign")).toBe(true);
    expect(mayDo(noOffice("programme manager"), "start_screening")).toBe(true);
  });

  it("answer every step of the workflow as the workflow table says: its actors, from its states", () => {
    for (const id of caseTransitionIds) {
      const transition = caseTransitions[id];
      for (const status of caseStates)
        for (const decidedBy of ["secretariat", "board"] as const)
          for (const name of partyNames) {
            const verdict = checkCaseAccess(access(name, status, decidedBy), id);
            if (!(transition.from as readonly CaseState[]).includes(status)) {
              expect(verdict.allowed, `${name} ${id} ${status}`).toBe(false);
              continue;
            }
            if (!verdict.allowed) continue;
            const side = seeCase(access(name, status, decidedBy));
            const as =
              side.sees && side.as === "staff" ? parties[name].person.role : side.sees ? side.as : null;
            expect(transition.actors as readonly string[], `${name} ${id} ${status}`).toContain(as);
          }
      // Someone may take each step from each of its states.
      for (const status of transition.from)
        expect(
          partyNames.some(
            (name) => mayDo(access(name, status), id) || mayDo(access(name, status, "board"), id),
          ),
          `${id} from ${status}`,
        ).toBe(true);
    }
  });

  it("leave a final state to nobody, and every other state to someone", () => {
    for (const status of caseStates) {
      const exits = partyNames.flatMap((name) => [
        ...availableTransitions(access(name, status)),
        ...availableTransitions(access(name, status, "board")),
      ]);
      if (finalStates.includes(status)) expect(exits, status).toEqual([]);
      else expect(exits.length, status).toBeGreaterThan(0);
    }
  });

  it("keep decisions with the deciding body: the secretariat below the threshold, the board at or above", () => {
    expect(mayDo(access("programme manager", "ready_for_decision"), "approve")).toBe(true);
    expect(
      checkCaseAccess(access("programme manager", "ready_for_decision", "board"), "reject"),
    ).toMatchObject({
      refusal: "board-case",
      kind: "forbidden",
    });
    expect(mayDo(access("board member", "ready_for_decision", "board"), "approve")).toBe(true);
    // The board does not see the secretariat's cases, but sees and decides every appeal.
    expect(checkCaseAccess(access("board member", "ready_for_decision"), "approve")).toMatchObject({
      refusal: "not-board-case",
      kind: "hidden",
    });
    expect(availableTransitions(access("board member", "appealed"))).toEqual([
      "uphold_appeal",
      "dismiss_appeal",
    ]);
    expect(availableTransitions(access("programme manager", "appealed"))).toEqual([]);
  });

  it("judge screening like the three screening outcomes of the workflow", () => {
    for (const status of caseStates)
      for (const name of partyNames) {
        const screen = mayDo(access(name, status), "screen");
        for (const outcome of ["mark_eligible", "mark_ineligible", "return_to_applicant"] as const)
          expect(mayDo(access(name, status, "secretariat"), outcome), `${name} ${outcome} ${status}`).toBe(
            screen,
          );
      }
  });

  it("open the application's steps to members in a draft, and to partners only where invited", () => {
    expect(editableSections(access("applicant (member)", "draft"))).toEqual([...applicationSections]);
    expect(editableSections(access("partner (edits project, writes)", "draft"))).toEqual(["project"]);
    expect(editableSections(access("partner (reads)", "draft"))).toEqual([]);
    // A return opens only the steps it names, for the members and for partners with the right.
    expect(editableSections(access("applicant (member)", "returned"))).toEqual(["project"]);
    expect(checkCaseAccess(access("applicant (member)", "returned"), "edit_budget")).toMatchObject({
      refusal: "section-locked",
      kind: "forbidden",
    });
    expect(editableSections(access("partner (edits project, writes)", "returned"))).toEqual(["project"]);
    for (const status of caseStates.filter((s) => s !== "draft" && s !== "returned"))
      for (const name of partyNames)
        expect(editableSections(access(name, status)), `${name} ${status}`).toEqual([]);
    // Staff never change the applicant's text.
    for (const name of ["programme manager", "adviser (case's office)", "administrator"] as const)
      expect(checkCaseAccess(access(name, "returned"), "edit_project")).toMatchObject({
        refusal: "wrong-role",
      });
  });

  it("keep the two conversations apart: the team's without the secretariat, the case's without partners", () => {
    expect(mayDo(access("programme manager", "submitted"), "read_team_thread")).toBe(false);
    expect(mayDo(access("partner (edits project, writes)", "submitted"), "read_case_thread")).toBe(false);
    expect(mayDo(access("partner (edits project, writes)", "draft"), "comment")).toBe(true);
    expect(checkCaseAccess(access("partner (reads)", "draft"), "comment")).toMatchObject({
      refusal: "not-granted",
      kind: "forbidden",
    });
    expect(checkCaseAccess(access("applicant (member)", "draft"), "message_case")).toMatchObject({
      refusal: "wrong-state",
    });
    expect(mayDo(access("board member", "appealed"), "message_case")).toBe(true);
  });

  it("name a kind for every refusal, and explain every verdict in words", () => {
    for (const name of partyNames)
      for (const status of caseStates)
        for (const action of caseActions) {
          const verdict = checkCaseAccess(access(name, status), action);
          expect(verdict.reason.length, `${name} ${action} ${status}`).toBeGreaterThan(10);
          if (!verdict.allowed) expect(verdict.kind).toBe(refusalKinds[verdict.refusal]);
        }
    expect(Object.keys(caseActionRules).length).toBe(caseActions.length);
  });
});
