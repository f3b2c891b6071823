import type { CaseState, Role } from "#vocabulary/vocabulary.ts";

// Which cases a person sees by their role alone: the office rule and the board rule, written once,
// as data. The same condition is read two ways: `checkScope` judges one case in plain code (a case
// page, an action), and `caseScopeCondition` (case-scope.server.ts) turns it into SQL for the lists
// (workbench, payments), so a case never shows in a list and then answers 404, or the other way
// round. A test runs both over every role, office and state on both databases.

/** The person asking: their platform role, and the office an adviser belongs to. */
export interface Person {
  id: string;
  role: Role;
  officeId: string | null;
}

/** What the rules read about a case: columns of the application row. */
export interface CaseFacts {
  status: CaseState;
  officeId: string | null;
  /** Who decides it (the board at or above the programme's threshold); set when it is sent. */
  decidedBy: "secretariat" | "board" | null;
  /** The steps a return to the applicant opened. */
  unlockedSections: readonly string[];
}

/** Why a person does not see a case. Each is answered like an unknown id (404). */
export type ScopeRefusal =
  /** Not in the applying organisation, not an invited partner, and not staff. */
  | "no-tie"
  /** A draft is the applicant's own business until it is sent. */
  | "not-sent"
  /** An adviser sees the cases of their own office only. */
  | "wrong-office"
  /** An adviser without an office sees no case (an administrator gives them one). */
  | "no-office"
  /** Board members see the cases the board decides, and every appeal. */
  | "not-board-case";

/** How much of the case register a role sees. */
export type ScopeKind = "every-case" | "own-office" | "board-cases-and-appeals" | "through-tie";

/**
 * The scope of each role: the one place the office and board rules are written. Applicants and
 * partners see nothing by their role; they see an application through their tie to it (a member of
 * the applying organisation, or an invited partner: case-access.ts).
 */
export const caseScopes = {
  adviser: "own-office",
  programme_manager: "every-case",
  administrator: "every-case",
  board_member: "board-cases-and-appeals",
  applicant: "through-tie",
  partner: "through-tie",
} as const satisfies Record<Role, ScopeKind>;

/** The columns a scope condition reads. */
export type ScopeField = "status" | "officeId" | "decidedBy";

/**
 * A condition on a case, as data: what the plain-code check and the SQL are both made from.
 * `otherwise` names the refusal when this part is not met.
 */
export type CaseCondition =
  | { field: ScopeField; is: string; otherwise: ScopeRefusal }
  | { field: ScopeField; isNot: string; otherwise: ScopeRefusal }
  | { all: readonly CaseCondition[] }
  | { any: readonly CaseCondition[]; otherwise: ScopeRefusal }
  | { never: ScopeRefusal };

const sent: CaseCondition = { field: "status", isNot: "draft", otherwise: "not-sent" };

/** The cases this person sees by their role, as a condition. */
export function scopeCondition(person: Pick<Person, "role" | "officeId">): CaseCondition {
  switch (caseScopes[person.role]) {
    case "every-case":
      return sent;
    case "own-office":
      return person.officeId === null
        ? { never: "no-office" }
        : { all: [sent, { field: "officeId", is: person.officeId, otherwise: "wrong-office" }] };
    case "board-cases-and-appeals":
      return {
        all: [
          sent,
          {
            any: [
              { field: "decidedBy", is: "board", otherwise: "not-board-case" },
              { field: "status", is: "appealed", otherwise: "not-board-case" },
            ],
            otherwise: "not-board-case",
          },
        ],
      };
    case "through-tie":
      return { never: "no-tie" };
  }
}

/** Why this person's role shows them no case at all (an adviser without an office), or null. */
export function emptyScope(person: Pick<Person, "role" | "officeId">): ScopeRefusal | null {
  const condition = scopeCondition(person);
  return "never" in condition && condition.never !== "no-tie" ? condition.never : null;
}

export type ScopeVerdict = { met: true } | { met: false; refusal: ScopeRefusal };

/** Whether the case meets the condition; if not, the first part it fails. */
export function checkCondition(condition: CaseCondition, facts: Pick<CaseFacts, ScopeField>): ScopeVerdict {
  if ("never" in condition) return { met: false, refusal: condition.never };
  if ("all" in condition) {
    for (const part of condition.all) {
      const verdict = checkCondition(part, facts);
      if (!verdict.met) return verdict;
    }
    return { met: true };
  }
  if ("any" in condition)
    return condition.any.some((part) => checkCondition(part, facts).met)
      ? { met: true }
      : { met: false, refusal: condition.otherwise };
  const value = facts[condition.field];
  const met = "is" in condition ? value === condition.is : value !== condition.isNot;
  return met ? { met: true } : { met: false, refusal: condition.otherwise };
}

/** Whether this person's role lets them see this case (not counting a tie to it), and if not, why. */
export function checkScope(
  person: Pick<Person, "role" | "officeId">,
  facts: Pick<CaseFacts, ScopeField>,
): ScopeVerdict {
  return checkCondition(scopeCondition(person), facts);
}
