import { csvByteOrderMark, csvHeader, toCsvRow } from "#domain/catalogue/catalogue-csv.ts";
import type { CatalogueProject } from "#domain/catalogue/catalogue-project.ts";
import { answerCatalogueExport, batched } from "../../web/catalogue-export.server.ts";
import type { Route } from "./+types/projects-csv";

// GET /api/v1/projects.csv: every project a search matches (the search's filters; paging and order
// checked, then ignored), in id order, as CSV (RFC 4180, UTF-8 with BOM, CRLF; columns:
// catalogueCsvColumns, the archive import's own columns, so an export can be imported again).
// Streamed: the header goes out with the first page of rows, then the rest as the database hands
// them over, 500 at a time.

async function* csv(projects: AsyncGenerator<CatalogueProject>): AsyncGenerator<string> {
  async function* rows() {
    for await (const project of projects) yield toCsvRow(project);
  }
  yield `${csvByteOrderMark}${csvHeader()}`;
  yield* batched(rows());
}

export function loader({ request, context }: Route.LoaderArgs) {
  return answerCatalogueExport(request, context.services.db, {
    operationId: "exportProjectsCsv",
    name: "csv",
    extension: "csv",
    contentType: "text/csv; charset=utf-8; header=present",
    write: () => csv,
  });
}
