import { formatNok, formatNumber } from "#domain/i18n/format.ts";
import type { ViewRow } from "#domain/statistics/statistics-view.ts";
import { useLocale, useT } from "../../web/locale.ts";
import { Link, Paragraph, Table } from "../designsystemet.tsx";
import { SectionHeading } from "../page.tsx";

/** A section of one table of figures, or a sentence saying there are none. */
export function FiguresSection({
  id,
  heading,
  ...table
}: { id: string; heading: string } & Parameters<typeof FiguresTable>[0]) {
  const t = useT();
  return (
    <section aria-labelledby={id} className="bb-stack">
      <SectionHeading id={id}>{heading}</SectionHeading>
      {table.rows.length === 0 ? <Paragraph>{t("statistics.empty")}</Paragraph> : <FiguresTable {...table} />}
    </section>
  );
}

/** A table of projects and funding per value, each value linking to its catalogue search. */
export function FiguresTable({
  testId,
  caption,
  header,
  rows,
  searchHref,
  total,
}: {
  testId: string;
  caption: string;
  header: string;
  rows: ViewRow[];
  searchHref: (search: string) => string;
  total?: { projects: number; amountNok: number };
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="bb-table-wrap">
      <Table data-testid={testId} className="bb-stat-table">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{header}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("statistics.column.projects")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("statistics.column.amount")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.id ?? ""} data-id={row.id ?? ""}>
              <Table.HeaderCell scope="row">
                {row.search === null ? row.label : <Link href={searchHref(row.search)}>{row.label}</Link>}
              </Table.HeaderCell>
              <Table.Cell data-figure="projects">{formatNumber(locale, row.projects)}</Table.Cell>
              <Table.Cell data-figure="amount">{formatNok(locale, row.amountNok)}</Table.Cell>
            </Table.Row>
          ))}
          {total && (
            <Table.Row>
              <Table.HeaderCell scope="row">{t("statistics.total")}</Table.HeaderCell>
              <Table.Cell data-figure="projects">
                <strong>{formatNumber(locale, total.projects)}</strong>
              </Table.Cell>
              <Table.Cell data-figure="amount">
                <strong>{formatNok(locale, total.amountNok)}</strong>
              </Table.Cell>
            </Table.Row>
          )}
        </Table.Body>
      </Table>
    </div>
  );
}
