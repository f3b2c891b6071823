import { isReportDimension, type ReportDimension } from "./compute-report.ts";

// The report's selection as it travels in a query string (?programme=&year=&groupBy=), shared by
// the page and the export so a download holds exactly what the page showed.

export interface ReportQuery {
  programmeId?: string;
  year?: number;
  groupBy: ReportDimension;
}

/** Reads the selection; null when a value is not one the page offers (unknown programme, "20x6"). */
export function parseReportQuery(
  params: URLSearchParams,
  programmeIds: readonly string[],
): ReportQuery | null {
  const programme = params.get("programme") ?? "";
  const year = params.get("year") ?? "";
  const groupBy = params.get("groupBy") || "programme";
  if (programme !== "" && !programmeIds.includes(programme)) return null;
  if (year !== "" && !/^(19|20|21)\d{2}$/.test(year)) return null;
  if (!isReportDimension(groupBy)) return null;
  return {
    programmeId: programme === "" ? undefined : programme,
    year: year === "" ? undefined : Number(year),
    groupBy,
  };
}

/** The same selection as a query string ("" when everything is the default). */
export function reportQueryString(query: ReportQuery): string {
  const params = new URLSearchParams();
  if (query.programmeId) params.set("programme", query.programmeId);
  if (query.year !== undefined) params.set("year", String(query.year));
  params.set("groupBy", query.groupBy);
  return `?${params}`;
}
