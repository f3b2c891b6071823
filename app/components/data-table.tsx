import type { ReactNode } from "react";
import { Table } from "./designsystemet.tsx";

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

/** Rows are told apart by their id unless the page gives a `rowKey` (rows without one must). */
const byId = (row: unknown) => String((row as { id: string | number }).id);

/** A captioned Designsystemet table that scrolls sideways on a phone instead of breaking the page. */
export function DataTable<T>({
  caption,
  captionHidden = true,
  columns,
  rows,
  rowKey = byId,
  size,
}: {
  caption: string;
  captionHidden?: boolean;
  columns: Column<T>[];
  rows: T[];
  rowKey?: (row: T) => string;
  size?: "sm" | "md";
}) {
  return (
    <div className="bb-table-wrap">
      <Table data-size={size}>
        <caption className={captionHidden ? "bb-visually-hidden" : undefined}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            {columns.map((column) => (
              <Table.HeaderCell key={column.header}>{column.header}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={rowKey(row)}>
              {columns.map((column) => (
                <Table.Cell key={column.header}>{column.cell(row)}</Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
