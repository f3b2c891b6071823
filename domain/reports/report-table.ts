import type { Translate } from "#domain/i18n/translate.ts";
import type { Report } from "./build-report.server.ts";
import type { ReportFigures } from "./compute-report.ts";

/** The figures' columns, in the order the page and both files show them. */
export const figureColumns = [
  "received",
  "approved",
  "requested",
  "granted",
  "paid",
] as const satisfies readonly (keyof ReportFigures)[];

export interface ReportTable {
  header: string[];
  /** One row per group, then the totals row; first cell the group's name, then the figures. */
  rows: [string, ...number[]][];
}

/** The report as a plain table for the files: a header row, the groups, and the totals last. */
export function reportTable(report: Report, t: Translate): ReportTable {
  const figures = (f: ReportFigures) => figureColumns.map((column) => f[column]);
  return {
    header: [t(`reports.groupBy.${report.groupBy}`), ...figureColumns.map((c) => t(`reports.column.${c}`))],
    rows: [
      ...report.rows.map((row): [string, ...number[]] => [row.label, ...figures(row.figures)]),
      [t("reports.total"), ...figures(report.totals)],
    ],
  };
}
