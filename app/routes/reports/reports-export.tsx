import { checkPermission } from "#domain/accounts/permissions.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { listAllProgrammes } from "#domain/programmes/list-all-programmes.server.ts";
import { buildReport } from "#domain/reports/build-report.server.ts";
import { reportCsv } from "#domain/reports/report-csv.ts";
import { parseReportQuery } from "#domain/reports/report-query.ts";
import { reportTable } from "#domain/reports/report-table.ts";
import { reportXlsx } from "#domain/reports/report-xlsx.server.ts";
import { textResponse as text } from "../../web/file-response.server.ts";
import { localeFrom } from "../../web/locale.ts";
import { requireUser } from "../../web/session.server.ts";
import type { Route } from "./+types/reports-export";

// A resource route: the report page's figures, with the same selection, as CSV or XLSX in the
// reader's language. Both files are made from the same table as the page (domain/reports).

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const user = await requireUser(request, context, locale);
  const t = createTranslator(locale);
  // A file download answers in plain text, not with the page's error document.
  if (!checkPermission(user.role, "reports.read").allowed) throw text(t("error.forbidden.text"), 403);
  const format = params.format;
  if (format !== "csv" && format !== "xlsx") throw text(t("error.notFound.title"), 404);
  const { db } = context.services;
  const programmes = await listAllProgrammes(db);
  const query = parseReportQuery(
    new URL(request.url).searchParams,
    programmes.map((p) => p.id),
  );
  if (!query) throw text(t("reports.badFilter"), 400);
  const report = await buildReport(db, { ...query, locale, programmes });
  const table = reportTable(report, t);
  const name = [t("reports.fileName"), query.programmeId, query.year, query.groupBy]
    .filter((part) => part !== undefined)
    .join("-")
    .replace(/[^A-Za-z0-9._-]/g, "-");
  const headers = {
    "Content-Disposition": `attachment; filename="${name}.${format}"`,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  };
  if (format === "csv") {
    return new Response(reportCsv(table), {
      headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" },
    });
  }
  const bytes = reportXlsx(table, t("reports.sheetName"));
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      ...headers,
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Length": String(bytes.length),
    },
  });
}
