import { type CaseRefusal, refusalKinds } from "#domain/access/case-access.ts";
import type { MessageKey } from "#domain/i18n/catalog.ts";
import { formatNok } from "#domain/i18n/format.ts";
import { type Failure, type ReasonParams, type Refused, refused } from "#domain/result.ts";
import type { CaseState, Locale } from "#vocabulary/vocabulary.ts";

// Why a step of case handling was refused, as the one result type says it (domain/result.ts): the
// access rules' reasons (domain/access/case-access.ts) read as "case.refused.*", the reasons of a
// step's own checks (an assessment, a decision, an acceptance, an appeal) as "meetings.refused.*".
// Each carries the case's state, which several of the messages name.

/** A reason of a step's own checks: the words after "meetings.refused." in the catalogue. */
export type StepRefusal = MessageKey extends infer Key
  ? Key extends `meetings.refused.${infer Reason}`
    ? Reason
    : never
  : never;

/** Refusals that mean "not now, not in this state" (409); the others mean the request is wrong (400). */
const notNow = new Set<StepRefusal>([
  "not-in-assessment",
  "meeting-closed",
  "not-on-agenda",
  "already-decided",
  "already-on-agenda",
  "case-not-ready",
  "no-grant",
  "no-rejection",
]);

/** The case's state, as a parameter the door translates for the reader. */
export const stateParam = (state: CaseState) => ({ state: { message: `case.state.${state}` as MessageKey } });

/** The access rules' refusal of a step the person sees the case for (a hidden case is not found). */
export function refusedByAccess(refusal: CaseRefusal, state: CaseState): Refused {
  return refused(`case.refused.${refusal}`, {
    why: refusalKinds[refusal] === "state" ? "state" : "forbidden",
    params: stateParam(state),
  });
}

/** A step's own refusal; `state` is the case's, for the messages that name it. */
export function refusedStep(reason: StepRefusal, options: { state?: CaseState; params?: ReasonParams } = {}) {
  const params = { ...options.params, ...(options.state ? stateParam(options.state) : {}) };
  return refused(`meetings.refused.${reason}`, {
    why: reason === "forbidden" ? "forbidden" : notNow.has(reason) ? "state" : "invalid",
    ...(Object.keys(params).length > 0 ? { params } : {}),
  });
}

/** The refusal with its amounts (the parameters named) written as kroner in the reader's language. */
export function amountsInKroner(failure: Failure, locale: Locale): Failure {
  if (failure.kind !== "refused" || !failure.params) return failure;
  const params = Object.fromEntries(
    Object.entries(failure.params).map(([name, value]) => [
      name,
      kronerParams.has(name) && typeof value === "number" ? formatNok(locale, value) : value,
    ]),
  );
  return { ...failure, params };
}

/** Parameters of the refusals above that are amounts of money. */
const kronerParams = new Set(["requested", "left"]);
