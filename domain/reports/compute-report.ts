import { approvedAndLaterStates, type CaseState } from "#vocabulary/vocabulary.ts";

// The ministry's figures, computed from one row of facts per received application. Pure: the page,
// the CSV and the XLSX all take their numbers from here, so they cannot disagree.

export const reportDimensions = [
  "programme",
  "year",
  "priorityArea",
  "county",
  "partnerRegion",
  "outcome",
] as const;
export type ReportDimension = (typeof reportDimensions)[number];

export function isReportDimension(value: unknown): value is ReportDimension {
  return (reportDimensions as readonly unknown[]).includes(value);
}

/** Where a received application stands, for the ministry: decided one way or the other, or not yet. */
export const reportOutcomes = ["pending", "approved", "rejected", "ineligible", "withdrawn"] as const;
export type ReportOutcome = (typeof reportOutcomes)[number];

/** Approved: in the approved state or later, with a grant (a case closed after a dismissed appeal has none). */
export function isApproved(state: CaseState, hasGrant: boolean): boolean {
  return hasGrant && approvedAndLaterStates.includes(state);
}

export function outcomeOf(state: CaseState, hasGrant: boolean): ReportOutcome {
  if (isApproved(state, hasGrant)) return "approved";
  if (state === "rejected" || state === "closed") return "rejected";
  if (state === "ineligible") return "ineligible";
  if (state === "withdrawn") return "withdrawn";
  return "pending";
}

/** One received application (sent at least once, not a draft), from its first version as sent. */
export interface ReportFacts {
  applicationId: string;
  programmeId: string;
  /** Year of the first submission, in Oslo time. */
  year: number;
  priorityArea: string | null;
  /** The applicant organisation's county as registered when it applied. */
  county: string | null;
  /** The partners' regions, each once. */
  partnerRegions: string[];
  state: CaseState;
  /** Whole NOK. */
  requested: number;
  /** grant.amount; null without a grant. */
  granted: number | null;
  /** Sum of the payments made (status paid). */
  paid: number;
}

export interface ReportFigures {
  /** Applications received. */
  received: number;
  /** Of those, approved (with a grant). */
  approved: number;
  /** NOK asked for in the applications received. */
  requested: number;
  /** NOK granted to the approved ones. */
  granted: number;
  /** NOK paid out. */
  paid: number;
}

export interface ReportGroup {
  /** The dimension's value ("no-finnmark", "2026", "approved"); "" when the application does not say. */
  key: string;
  figures: ReportFigures;
}

export interface ComputedReport {
  dimension: ReportDimension;
  groups: ReportGroup[];
  /** Each application once, whatever the grouping (by partner region one can be in several groups). */
  totals: ReportFigures;
}

const empty = (): ReportFigures => ({ received: 0, approved: 0, requested: 0, granted: 0, paid: 0 });

function add(figures: ReportFigures, fact: ReportFacts): void {
  const approved = isApproved(fact.state, fact.granted !== null);
  figures.received += 1;
  figures.requested += fact.requested;
  if (approved) {
    figures.approved += 1;
    figures.granted += fact.granted ?? 0;
  }
  figures.paid += fact.paid;
}

/** The keys an application counts under: one, or for partner regions each distinct region (none: ""). */
export function keysOf(fact: ReportFacts, dimension: ReportDimension): string[] {
  switch (dimension) {
    case "programme":
      return [fact.programmeId];
    case "year":
      return [String(fact.year)];
    case "priorityArea":
      return [fact.priorityArea ?? ""];
    case "county":
      return [fact.county ?? ""];
    case "partnerRegion":
      return fact.partnerRegions.length > 0 ? [...new Set(fact.partnerRegions)] : [""];
    case "outcome":
      return [outcomeOf(fact.state, fact.granted !== null)];
  }
}

/** Groups the facts by one dimension and adds them up; groups in order of first appearance. */
export function computeReport(facts: readonly ReportFacts[], dimension: ReportDimension): ComputedReport {
  const groups = new Map<string, ReportFigures>();
  const totals = empty();
  for (const fact of facts) {
    add(totals, fact);
    for (const key of keysOf(fact, dimension)) {
      let figures = groups.get(key);
      if (!figures) {
        figures = empty();
        groups.set(key, figures);
      }
      add(figures, fact);
    }
  }
  return { dimension, groups: [...groups].map(([key, figures]) => ({ key, figures })), totals };
}
