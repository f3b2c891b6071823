import { describe, expect, it } from "vitest";
import { type CaseState, caseStates } from "#vocabulary/vocabulary.ts";
import { finalStates } from "./case-states.ts";
import {
  availableTransitions,
  type CaseFacts,
  caseTransitionIds,
  caseTransitions,
  checkTransition,
  type TransitionActor,
} from "./case-transitions.ts";

const actors: Record<string, TransitionActor> = {
  applicant: { as: "applicant" },
  "adviser (case's office)": { as: "adviser", officeId: "kirkenes" },
  "adviser (other office)": { as: "adviser", officeId: "murmansk" },
  programme_manager: { as: "programme_manager" },
  board_member: { as: "board_member" },
  "anyone else": { as: "other" },
};

function facts(state: CaseState, decidedBy: CaseFacts["decidedBy"] = "secretariat"): CaseFacts {
  return { state, officeId: "kirkenes", decidedBy };
}

describe("the case workflow, every state x transition x role", () => {
  it("matches the table written out for reviewers (case-workflow.snap.md)", async () => {
    // One line per state and transition: who may, and why the others may not. A change to the
    // table shows up in review as a change to this file.
    const lines: string[] = [
      "| state | transition | decided by | allowed | refused |",
      "|---|---|---|---|---|",
    ];
    for (const state of caseStates) {
      for (const id of caseTransitionIds) {
        for (const decidedBy of ["secretariat", "board"] as const) {
          if (decidedBy === "board" && id !== "approve" && id !== "reject") continue;
          const verdicts = Object.entries(actors).map(
            ([name, actor]) => [name, checkTransition(id, facts(state, decidedBy), actor)] as const,
          );
          const allowed = verdicts.filter(([, v]) => v.allowed).map(([n]) => n);
          if (allowed.length === 0 && !(caseTransitions[id].from as readonly string[]).includes(state))
            continue;
          const refused = verdicts.flatMap(([n, v]) => (v.allowed ? [] : [`${n}: ${v.reason}`]));
          lines.push(
            `| ${state} | ${id} | ${decidedBy} | ${allowed.join(", ") || "–"} | ${refused.join("; ")} |`,
          );
        }
      }
    }
    await expect(`${lines.join("\n")}\n`).toMatchFileSnapshot("./case-workflow.snap.md");
  });

  it("refuses every transition from a state it does not start from, for every role", () => {
    for (const id of caseTransitionIds) {
      for (const state of caseStates.filter(
        (s) => !(caseTransitions[id].from as readonly string[]).includes(s),
      )) {
        for (const actor of Object.values(actors)) {
          expect(checkTransition(id, facts(state), actor), `${id} from ${state}`).toEqual({
            allowed: false,
            reason: "illegal-transition",
          });
        }
      }
    }
  });

  it("lets no one decide a case that is not ready for a decision", () => {
    for (const state of caseStates.filter((s) => s !== "ready_for_decision")) {
      for (const actor of Object.values(actors)) {
        expect(checkTransition("approve", facts(state), actor).allowed).toBe(false);
        expect(checkTransition("reject", facts(state, "board"), actor).allowed).toBe(false);
      }
    }
  });

  it("keeps decisions with the right body: the secretariat below the threshold, the board at or above", () => {
    expect(checkTransition("approve", facts("ready_for_decision"), actors.programme_manager!).allowed).toBe(
      true,
    );
    expect(checkTransition("approve", facts("ready_for_decision"), actors.board_member!)).toEqual({
      allowed: false,
      reason: "not-board-case",
    });
    expect(
      checkTransition("approve", facts("ready_for_decision", "board"), actors.board_member!).allowed,
    ).toBe(true);
    expect(
      checkTransition("reject", facts("ready_for_decision", "board"), actors.programme_manager!),
    ).toEqual({
      allowed: false,
      reason: "board-case",
    });
    // Appeals always go to the board.
    expect(availableTransitions(facts("appealed"), actors.programme_manager!)).toEqual([]);
    expect(availableTransitions(facts("appealed"), actors.board_member!)).toEqual([
      "uphold_appeal",
      "dismiss_appeal",
    ]);
  });

  it("keeps advisers to their own office, and applicants and staff to their own side", () => {
    expect(checkTransition("start_screening", facts("submitted"), actors["adviser (other office)"]!)).toEqual(
      {
        allowed: false,
        reason: "wrong-office",
      },
    );
    expect(availableTransitions(facts("submitted"), actors["adviser (case's office)"]!)).toEqual([
      "start_screening",
    ]);
    expect(availableTransitions(facts("submitted"), actors.applicant!)).toEqual(["withdraw"]);
    expect(availableTransitions(facts("approved"), actors.applicant!)).toEqual(["accept_grant"]);
    expect(availableTransitions(facts("approved"), actors.programme_manager!)).toEqual([]);
    for (const state of caseStates)
      expect(availableTransitions(facts(state), actors["anyone else"]!)).toEqual([]);
  });

  it("ends where it should: nothing leaves a final state, every other state has a way on, every state is reachable", () => {
    const everyone = Object.values(actors);
    for (const state of finalStates) {
      expect(everyone.flatMap((actor) => availableTransitions(facts(state, "board"), actor))).toEqual([]);
    }
    for (const state of caseStates.filter((s) => !finalStates.includes(s))) {
      const exits = everyone.flatMap((actor) => [
        ...availableTransitions(facts(state), actor),
        ...availableTransitions(facts(state, "board"), actor),
      ]);
      expect(exits.length, state).toBeGreaterThan(0);
    }
    const reached = new Set<CaseState>(["draft"]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const transition of Object.values(caseTransitions)) {
        if (transition.from.some((s) => reached.has(s)) && !reached.has(transition.to)) {
          reached.add(transition.to);
          changed = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...caseStates].sort());
  });
});
