import type { Queryable } from "#db/connection.ts";
import { intlTag } from "#domain/i18n/locales.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { norwegianCounties } from "#domain/organisations/norwegian-counties.ts";
import { listAllProgrammes } from "#domain/programmes/list-all-programmes.server.ts";
import { findBarentsRegion } from "#domain/regions/barents-regions.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import {
  computeReport,
  type ReportDimension,
  type ReportFigures,
  type ReportOutcome,
  reportOutcomes,
} from "./compute-report.ts";
import { loadReportFacts } from "./load-report-facts.server.ts";

export interface ReportRequest {
  programmeId?: string;
  year?: number;
  groupBy: ReportDimension;
  locale: Locale;
  /** The programmes, when the caller has already read them (to check the selection). */
  programmes?: Awaited<ReturnType<typeof listAllProgrammes>>;
}

export interface ReportRow {
  key: string;
  label: string;
  figures: ReportFigures;
}

export interface Report {
  groupBy: ReportDimension;
  rows: ReportRow[];
  totals: ReportFigures;
  /** For the filters: every programme, and the years with applications (of the chosen programme). */
  programmes: { id: string; name: string }[];
  years: number[];
}

/**
 * The ministry's report in one language: the figures of the applications received (of a programme
 * and a year, or all), grouped by one dimension, each group named in that language, plus totals.
 */
export async function buildReport(q: Queryable, request: ReportRequest): Promise<Report> {
  const t = createTranslator(request.locale);
  const [programmes, allFacts] = await Promise.all([
    request.programmes ?? listAllProgrammes(q),
    loadReportFacts(q, { programmeId: request.programmeId }),
  ]);
  const years = [...new Set(allFacts.map((f) => f.year))].sort((a, b) => b - a);
  const facts = request.year === undefined ? allFacts : allFacts.filter((f) => f.year === request.year);
  const computed = computeReport(facts, request.groupBy);

  const programmeNames = new Map(programmes.map((p) => [p.id, p.name[request.locale]]));
  const areaNames = new Map<string, string>();
  for (const programme of programmes) {
    for (const area of programme.rules.priorityAreas) {
      if (!areaNames.has(area.id)) areaNames.set(area.id, area.name[request.locale]);
    }
  }
  const label = (key: string): string => {
    if (key === "") return t("reports.notStated");
    switch (request.groupBy) {
      case "programme":
        return programmeNames.get(key) ?? key;
      case "year":
        return key;
      case "priorityArea":
        return areaNames.get(key) ?? key;
      case "county":
        return norwegianCounties.find((c) => c.id === key)?.name[request.locale] ?? key;
      case "partnerRegion":
        return findBarentsRegion(key)?.name[request.locale] ?? key;
      case "outcome":
        return t(`reports.outcome.${key as ReportOutcome}`);
    }
  };
  const rows = computed.groups.map((g) => ({ key: g.key, label: label(g.key), figures: g.figures }));
  rows.sort(orderFor(request.groupBy, request.locale));
  return {
    groupBy: request.groupBy,
    rows,
    totals: computed.totals,
    programmes: programmes.map((p) => ({ id: p.id, name: p.name[request.locale] })),
    years,
  };
}

/** Years in time order, outcomes in the workflow's order, everything else by name; "not stated" last. */
function orderFor(groupBy: ReportDimension, locale: Locale) {
  const collator = new Intl.Collator(intlTag[locale]);
  return (a: ReportRow, b: ReportRow): number => {
    if ((a.key === "") !== (b.key === "")) return a.key === "" ? 1 : -1;
    if (groupBy === "year") return Number(a.key) - Number(b.key);
    if (groupBy === "outcome")
      return reportOutcomes.indexOf(a.key as ReportOutcome) - reportOutcomes.indexOf(b.key as ReportOutcome);
    return collator.compare(a.label, b.label);
  };
}
