import { and, desc, eq } from "drizzle-orm";
import type { Db, Tx } from "#db/connection.ts";
import { applications, applicationVersions, screenings } from "#db/schema.ts";
import { caseAccessOf } from "#domain/access/case-access.server.ts";
import { mayDo } from "#domain/access/case-access.ts";
import type { Person } from "#domain/access/case-scope.ts";
import { type ApplicationSection, isApplicationSection } from "#domain/applications/application-sections.ts";
import type { MessageKey } from "#domain/i18n/catalog.ts";
import { type ProgrammeRules, programmeRulesSchema } from "#domain/programmes/programme-rules.ts";
import { done, forbidden, notFound, type Refused, type Result, refused } from "#domain/result.ts";
import { lockApplication } from "./lock-application.server.ts";
import { type TransitionResult, transitionCase } from "./transition-case.server.ts";

// Screening: the automatic rule results (stored with the version as sent) plus the programme's
// manual checklist, and an outcome: eligible (to assessment, mark-eligible.server.ts), ineligible
// (with a reason the applicant reads, mark-ineligible.server.ts), or returned to the applicant with
// requests that unlock only the named steps (return-application.server.ts). This file holds what
// they share: the rules a case is screened by, the checks before anything is written, and the one
// transaction that records an outcome.

export const maxReasonLength = 4000;

export type ScreeningOutcome = "eligible" | "ineligible" | "returned";

export interface ScreeningInput {
  applicationId: string;
  actor: Person;
  now: Date;
  mail: { smtpEnabled: boolean; baseUrl: string };
  outcome: ScreeningOutcome;
  /** Checklist item id -> ticked, as the adviser left it. */
  checklist: Record<string, boolean>;
  /** What the applicant reads: why it is ineligible, or what to change. */
  reason: string;
  /** The steps a return unlocks. */
  sections: string[];
}

/** The rules the case is screened by: those in force when it was first sent. */
export async function screeningRules(q: Db | Tx, applicationId: string): Promise<ProgrammeRules | null> {
  const [version] = await q
    .select({ rules: applicationVersions.programmeRules })
    .from(applicationVersions)
    .where(eq(applicationVersions.applicationId, applicationId))
    .orderBy(applicationVersions.number)
    .limit(1);
  return version ? programmeRulesSchema.parse(version.rules) : null;
}

export async function findScreening(q: Db | Tx, applicationId: string) {
  const [row] = await q.select().from(screenings).where(eq(screenings.applicationId, applicationId));
  return row ?? null;
}

/** The newest version's stored rule results, as the applicant saw them when sending. */
export async function latestVersion(q: Db | Tx, applicationId: string) {
  const [row] = await q
    .select()
    .from(applicationVersions)
    .where(eq(applicationVersions.applicationId, applicationId))
    .orderBy(desc(applicationVersions.number))
    .limit(1);
  return row ?? null;
}

export type ScreeningProblem =
  | "reason-required"
  | "reason-too-long"
  | "sections-required"
  | "checklist-incomplete";

/** The form field each problem belongs to. */
const fieldOf: Record<ScreeningProblem, string> = {
  "reason-required": "reason",
  "reason-too-long": "reason",
  "sections-required": "sections",
  "checklist-incomplete": "checklist",
};

/** The problems as one refusal: the first is the reason, each is named beside its field. */
function refusedForProblems(problems: ScreeningProblem[]): Refused {
  const key = (problem: ScreeningProblem) => `screening.problem.${problem}` as MessageKey;
  return refused(key(problems[0]!), {
    why: "invalid",
    params: { max: maxReasonLength },
    fields: Object.fromEntries(problems.map((problem) => [fieldOf[problem], key(problem)])),
  });
}

/** What is wrong with an outcome before anything is written (the page shows it next to the field). */
export function findScreeningProblems(
  input: Pick<ScreeningInput, "outcome" | "reason" | "sections" | "checklist">,
  rules: ProgrammeRules,
): ScreeningProblem[] {
  const problems: ScreeningProblem[] = [];
  const reason = input.reason.trim();
  if (input.outcome !== "eligible" && reason === "") problems.push("reason-required");
  if (reason.length > maxReasonLength) problems.push("reason-too-long");
  if (input.outcome === "returned" && input.sections.filter(isApplicationSection).length === 0)
    problems.push("sections-required");
  if (
    input.outcome === "eligible" &&
    !rules.screeningChecklist.every((item) => input.checklist[item.id] === true)
  )
    problems.push("checklist-incomplete");
  return problems;
}

const transitionOf = {
  eligible: "mark_eligible",
  ineligible: "mark_ineligible",
  returned: "return_to_applicant",
} as const;

/** What each outcome's operation is given: the outcome is in its name. */
export type OutcomeInput = Omit<ScreeningInput, "outcome">;

/**
 * Records the outcome and moves the case, in one transaction; problems refuse with nothing written.
 * Called through markEligible, markIneligible and returnApplication, which name the outcome.
 */
export async function recordScreeningOutcome(db: Db, input: ScreeningInput): Promise<TransitionResult> {
  const rules = await screeningRules(db, input.applicationId);
  if (!rules) return notFound();
  const problems = findScreeningProblems(input, rules);
  if (problems.length > 0) return refusedForProblems(problems);
  const sections = input.sections.filter(isApplicationSection) as ApplicationSection[];
  const checklist = Object.fromEntries(
    rules.screeningChecklist.map((item) => [item.id, input.checklist[item.id] === true]),
  );
  const reason = input.reason.trim();
  return transitionCase(db, {
    applicationId: input.applicationId,
    transition: transitionOf[input.outcome],
    actor: input.actor,
    now: input.now,
    // The history keeps which steps were reopened; the reason itself stays in the screening row.
    data: input.outcome === "returned" ? { sections } : {},
    mail: input.mail,
    apply: async (tx, application) => {
      const values = {
        checklist,
        outcome: input.outcome,
        reason: reason || null,
        requestedSections: input.outcome === "returned" ? sections : [],
        screenedBy: input.actor.id,
        screenedAt: input.now,
      };
      await tx
        .insert(screenings)
        .values({ applicationId: application.id, ...values })
        .onConflictDoUpdate({ target: screenings.applicationId, set: values });
      if (input.outcome === "returned") {
        await tx
          .update(applications)
          .set({ unlockedSections: sections })
          .where(and(eq(applications.id, application.id)));
      }
      return undefined;
    },
  });
}

/** Saves the checklist while screening, without an outcome. */
export async function saveScreeningChecklist(
  db: Db,
  input: { applicationId: string; actor: Person; checklist: Record<string, boolean> },
): Promise<Result> {
  return db.transaction(async (tx) => {
    // Under the application's lock, as the outcomes: no ticks saved into a case just screened.
    const application = await lockApplication(tx, input.applicationId);
    if (!application) return notFound();
    if (!mayDo(await caseAccessOf(tx, application, input.actor), "screen")) return forbidden();
    const rules = await screeningRules(tx, input.applicationId);
    if (!rules) return notFound();
    const checklist = Object.fromEntries(
      rules.screeningChecklist.map((item) => [item.id, input.checklist[item.id] === true]),
    );
    await tx
      .insert(screenings)
      .values({ applicationId: input.applicationId, checklist })
      .onConflictDoUpdate({ target: screenings.applicationId, set: { checklist } });
    return done();
  });
}
