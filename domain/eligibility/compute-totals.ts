import type { ProgrammeRules } from "#domain/programmes/programme-rules.ts";
import type { ApplicationDraft, DraftOwnWorkLine } from "./application-draft.ts";
import { findAmountProblems } from "./find-amount-problems.ts";

// The budget's sums, in whole NOK, as the rules and the form's summary both need them.
//
// Own work is a contribution in kind: hours x the programme's rate for that kind of work and side.
// It counts on both sides of the budget (a cost, and financing by whoever does the work), so the
// applicant never types its value twice and it lowers the share asked of the programme:
//   total costs = cash costs + own work
//   financing   = requested + own funds + partner contributions + other sources + own work

export interface EligibilityTotals {
  /** The budget lines. */
  cashCosts: number;
  ownWorkHours: number;
  /** Own work valued at the programme's rates (lines without a rate count 0). */
  ownWork: number;
  totalCosts: number;
  requested: number;
  ownFunds: number;
  partnerContributions: number;
  otherSources: number;
  financing: number;
  /** financing - totalCosts: 0 when the budget balances. */
  difference: number;
  /** requested / totalCosts x 100, unrounded; null without costs. */
  sharePercent: number | null;
  /** The share this project may ask for, and why: the general limit, business projects, or under the floor. */
  maxSharePercent: number;
  maxShareBasis: FundingBasis;
  /** The most this project may ask for, in whole NOK (rounded down). */
  maxRequested: number;
  decidedBy: "secretariat" | "board";
}

export type FundingBasis = "standard" | "business" | "full";

/** A usable amount: anything else (missing, negative, not a number) counts 0 here and is reported by the amounts rule. */
export function usableNumber(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : 0;
}

/** The programme's hourly rate for a kind of work by one side; a rate for side "any" applies when none is specific. */
export function findOwnWorkRate(
  rules: ProgrammeRules,
  kind: string,
  side: string | undefined,
): number | undefined {
  const ofKind = rules.ownWorkRates.filter((rate) => rate.kind === kind);
  const specific = side === undefined ? undefined : ofKind.find((rate) => rate.side === side);
  return (specific ?? ofKind.find((rate) => rate.side === "any"))?.nokPerHour;
}

/** Hours x rate in whole NOK (hours may be fractional: 7.5 hours); undefined when the programme has no rate for it. */
export function valueOwnWork(rules: ProgrammeRules, line: DraftOwnWorkLine): number | undefined {
  if (line.kind === undefined) return undefined;
  const rate = findOwnWorkRate(rules, line.kind, line.side);
  return rate === undefined ? undefined : Math.round(usableNumber(line.hours) * rate);
}

/**
 * The funding share that applies. Under the total-cost floor the programme may fund everything,
 * business projects included (the published rule names no exception); otherwise business projects
 * have their own, lower limit.
 */
export function fundingLimit(
  rules: ProgrammeRules,
  totalCosts: number,
  isBusinessProject: boolean,
): { percent: number; basis: FundingBasis } {
  if (totalCosts < rules.funding.fullFundingBelowTotalCost) return { percent: 100, basis: "full" };
  if (isBusinessProject) return { percent: rules.funding.businessMaxSharePercent, basis: "business" };
  return { percent: rules.funding.maxSharePercent, basis: "standard" };
}

export function computeTotals(draft: ApplicationDraft, rules: ProgrammeRules): EligibilityTotals {
  const cashCosts = sum((draft.budget ?? []).map((line) => usableNumber(line.amount)));
  const ownWorkLines = draft.ownWork ?? [];
  const ownWorkHours = sum(ownWorkLines.map((line) => usableNumber(line.hours)));
  const ownWork = sum(ownWorkLines.map((line) => valueOwnWork(rules, line) ?? 0));
  const totalCosts = cashCosts + ownWork;
  const requested = usableNumber(draft.financing?.requested);
  const ownFunds = usableNumber(draft.financing?.ownFunds);
  const partnerContributions = usableNumber(draft.financing?.partnerContributions);
  const otherSources = usableNumber(draft.financing?.otherSources);
  const financing = requested + ownFunds + partnerContributions + otherSources + ownWork;
  const limit = fundingLimit(rules, totalCosts, draft.isBusinessProject === true);
  return {
    cashCosts,
    ownWorkHours,
    ownWork,
    totalCosts,
    requested,
    ownFunds,
    partnerContributions,
    otherSources,
    financing,
    difference: financing - totalCosts,
    sharePercent: totalCosts > 0 ? (requested * 100) / totalCosts : null,
    maxSharePercent: limit.percent,
    maxShareBasis: limit.basis,
    maxRequested: Math.floor((totalCosts * limit.percent) / 100),
    decidedBy: requested >= rules.boardThreshold ? "board" : "secretariat",
  };
}

/**
 * Whether the sums mean anything: every amount usable and every own-work line valued. Otherwise the
 * rules built on the sums (balance, share) wait, instead of repeating one typo as three failures.
 */
export function totalsAreReliable(draft: ApplicationDraft, rules: ProgrammeRules): boolean {
  return (
    findAmountProblems(draft).length === 0 &&
    (draft.ownWork ?? []).every((line) => valueOwnWork(rules, line) !== undefined)
  );
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
