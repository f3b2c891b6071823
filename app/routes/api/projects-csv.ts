import { csvByteOrderMark, csvHeader, toCsvRow } from "#domain/catalogue/catalogue-csv.ts";
import { streamCatalogue } from "#domain/catalogue/stream-catalogue.server.ts";
import {
  batched,
  exportEtag,
  exportFileName,
  readExportRequest,
  streamedExport,
} from "../../web/catalogue-export.server.ts";
import type { Route } from "./+types/projects-csv";

// GET /api/v1/projects.csv: every project a search matches (the search's filters; paging and order
// ignored), in id order, as CSV (RFC 4180, UTF-8 with BOM, CRLF; columns: catalogueCsvColumns, the
// archive import's own columns, so an export can be imported again). Streamed: the header goes out
// at once, then the rows as the database hands them over, 500 at a time.

export async function loader({ request, context }: Route.LoaderArgs) {
  const read = readExportRequest(request);
  if (read instanceof Response) return read;
  const { filters } = read;
  const { db } = context.services;
  const etag = await exportEtag(db, "csv", read.canonical);
  async function* rows() {
    for await (const project of streamCatalogue(db, filters)) yield toCsvRow(project);
  }
  async function* body() {
    yield `${csvByteOrderMark}${csvHeader()}`;
    yield* batched(rows());
  }
  return streamedExport(request, etag, body(), {
    contentType: "text/csv; charset=utf-8; header=present",
    fileName: exportFileName("csv"),
  });
}
