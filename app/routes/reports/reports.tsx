import { data } from "react-router";
import { formatNumber } from "#domain/i18n/format.ts";
import { listAllProgrammes } from "#domain/programmes/list-all-programmes.server.ts";
import { buildReport } from "#domain/reports/build-report.server.ts";
import { reportDimensions } from "#domain/reports/compute-report.ts";
import { parseReportQuery, reportQueryString } from "#domain/reports/report-query.ts";
import { figureColumns } from "#domain/reports/report-table.ts";
import { Link, Paragraph, Table } from "../../components/designsystemet.tsx";
import { choices, FilterForm } from "../../components/filter-form.tsx";
import { Page, SectionHeading } from "../../components/page.tsx";
import { openPage } from "../../web/case-request.server.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import type { Route } from "./+types/reports";

// The ministry's figures: applications received and approved, amounts requested, granted and paid,
// for a programme and year (or all), grouped by one dimension, with totals. The selection is a GET
// form, so every view has its own address; the downloads carry the same selection.

export const handle: RouteHandle = { messages: ["reports", "form.filter"] };

export async function loader(args: Route.LoaderArgs) {
  const { locale, db } = await openPage(args, "reports.read");
  const programmes = await listAllProgrammes(db);
  const query = parseReportQuery(
    new URL(args.request.url).searchParams,
    programmes.map((p) => p.id),
  );
  if (!query) throw data({ reason: "bad-filter" }, { status: 400 });
  const report = await buildReport(db, { ...query, locale, programmes });
  return {
    selection: {
      programme: query.programmeId ?? "",
      year: query.year === undefined ? "" : String(query.year),
      groupBy: query.groupBy,
    },
    exportQuery: reportQueryString(query),
    report,
  };
}

export default function Reports({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { report, selection, exportQuery } = loaderData;
  // The chosen year stays offered even when no application has it, so the form shows what was asked.
  const years = [...new Set([...report.years.map(String), ...(selection.year ? [selection.year] : [])])];
  const dimension = t(`reports.groupBy.${report.groupBy}`);
  const number = (n: number) => formatNumber(locale, n);
  return (
    <Page title={t("reports.title")}>
      <Paragraph>{t("reports.intro")}</Paragraph>
      <FilterForm
        label={t("reports.filters")}
        submit={t("reports.show")}
        values={selection}
        filters={{
          programme: {
            id: "report-programme",
            label: t("reports.programme"),
            any: t("reports.allProgrammes"),
            options: report.programmes.map((p) => ({ value: p.id, label: p.name })),
          },
          year: {
            id: "report-year",
            label: t("reports.year"),
            any: t("reports.allYears"),
            options: years.map((y) => ({ value: y, label: y })),
          },
          groupBy: {
            id: "report-group-by",
            label: t("reports.groupBy"),
            options: choices(reportDimensions, (d) => t(`reports.groupBy.${d}`)),
          },
        }}
      />
      <SectionHeading>{t("reports.tableCaption", { dimension })}</SectionHeading>
      {report.rows.length === 0 && <Paragraph>{t("reports.none")}</Paragraph>}
      <div className="bb-table-wrap">
        <Table data-testid="report-table">
          <caption className="bb-visually-hidden">{t("reports.tableCaption", { dimension })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{dimension}</Table.HeaderCell>
              {figureColumns.map((c) => (
                <Table.HeaderCell key={c} scope="col">
                  {t(`reports.column.${c}`)}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {report.rows.map((row) => (
              <Table.Row key={row.key}>
                <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
                {figureColumns.map((c) => (
                  <Table.Cell key={c} data-figure={c}>
                    {number(row.figures[c])}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
            <Table.Row>
              <Table.HeaderCell scope="row">{t("reports.total")}</Table.HeaderCell>
              {figureColumns.map((c) => (
                <Table.Cell key={c} data-figure={c}>
                  <strong>{number(report.totals[c])}</strong>
                </Table.Cell>
              ))}
            </Table.Row>
          </Table.Body>
        </Table>
      </div>
      {report.groupBy === "partnerRegion" && <Paragraph>{t("reports.partnerRegionNote")}</Paragraph>}
      <SectionHeading>{t("reports.download")}</SectionHeading>
      <ul className="bb-inline-list">
        <li>
          <Link href={`${localePath(locale, "/reports/export/csv")}${exportQuery}`} download>
            {t("reports.downloadCsv")}
          </Link>
        </li>
        <li>
          <Link href={`${localePath(locale, "/reports/export/xlsx")}${exportQuery}`} download>
            {t("reports.downloadXlsx")}
          </Link>
        </li>
      </ul>
    </Page>
  );
}
