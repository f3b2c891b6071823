import { describe, expect, it } from "vitest";
import { type CaseState, caseStates } from "#vocabulary/vocabulary.ts";
import { finalStates } from "./case-states.ts";
import { caseTransitionIds, caseTransitions } from "./case-transitions.ts";

// The workflow table as a graph. Who may take each step, for every role, tie and state, is the
// access module's (domain/access/case-access.test.ts, written out in case-access.snap.md).

describe("the case workflow table", () => {
  it("ends where it should: nothing leaves a final state, every other state has a way on", () => {
    for (const state of caseStates) {
      const exits = caseTransitionIds.filter((id) =>
        (caseTransitions[id].from as readonly CaseState[]).includes(state),
      );
      if (finalStates.includes(state)) expect(exits, state).toEqual([]);
      else expect(exits.length, state).toBeGreaterThan(0);
    }
  });

  it("reaches every state from a draft", () => {
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

  it("gives every step someone to take it, and decisions to the two deciding bodies", () => {
    for (const id of caseTransitionIds) expect(caseTransitions[id].actors.length, id).toBeGreaterThan(0);
    const decisions = caseTransitionIds.filter((id) => "decision" in caseTransitions[id]);
    expect(decisions).toEqual(["approve", "reject"]);
    for (const id of decisions)
      expect([...caseTransitions[id].actors].sort()).toEqual(["board_member", "programme_manager"]);
  });
});
