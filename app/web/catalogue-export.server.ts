import type { Queryable } from "#db/connection.ts";
import { catalogueLicence } from "#domain/catalogue/catalogue-api.ts";
import type { CatalogueProject } from "#domain/catalogue/catalogue-project.ts";
import {
  type CatalogueFilters,
  parseCatalogueQuery,
  serializeCatalogueQuery,
} from "#domain/catalogue/catalogue-query.ts";
import { catalogueRevision } from "#domain/catalogue/catalogue-revision.server.ts";
import { streamCatalogue } from "#domain/catalogue/stream-catalogue.server.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { answerApi, badParameters, readApiRequest } from "./api-request.server.ts";
import { logUnexpectedError } from "./error-log.server.ts";
import { apiCacheControl, etagMatches, notModified, weakEtagFromParts } from "./etag.server.ts";

// What the two streamed exports (CSV and 360Giving JSON) share: reading the filters, the ETag made
// before the first byte, and a pull-based body that reads the catalogue only as fast as the client
// takes it (streamCatalogue reads 500 rows at a time; one page sits in memory, never the export).
//
// The status line is a promise: once "200" is sent it cannot be taken back. So everything that can
// refuse the request happens before it: every parameter is checked (400), and the first page of
// rows is read (a cancelled search is a 503, any other failure a 500 problem). A failure after the
// first byte (the database going away mid-export) can only cut the download short: the stream is
// errored, so the connection closes without the chunked body's end and no client mistakes the
// part for the whole; the error is logged in one line and the process goes on.

export type ExportFormat = "csv" | "360giving";

export interface ExportRequest {
  filters: CatalogueFilters;
  /** The canonical query string of the filters (paging and order left out). */
  canonical: string;
  /** The language of messages (a valid lang, else Accept-Language). */
  locale: Locale;
  url: URL;
}

/**
 * The export's filters: the search's parameters (parseCatalogueQuery), checked in full (an export's
 * URL is refused for what the search's would be) and then with paging and order left out (an
 * export is the whole result, in id order), so a search URL's query string works as it is. Bad
 * parameters: a 400 problem Response, as for the search.
 */
export function readExportRequest(
  request: Request,
  operationId: "exportProjectsCsv" | "exportProjects360Giving",
): ExportRequest | Response {
  const { url, locale, t, errors } = readApiRequest(request, operationId);
  const parsed = parseCatalogueQuery(url.searchParams, t);
  if (errors.length > 0 || parsed.errors.length > 0) return badParameters(t, [...errors, ...parsed.errors]);
  const { sort: _sort, page: _page, pageSize: _pageSize, ...filters } = parsed.query;
  return { filters, canonical: serializeCatalogueQuery(filters), locale, url };
}

/**
 * The export's ETag, made before streaming from what its bytes are a function of (the body does not
 * exist yet): the catalogue's revision, the canonical filters, the format and its variant (e.g. the
 * language of 360Giving texts), and the app's version (a new release may write the format anew).
 * See app/web/etag.server.ts for why each part is there.
 */
export async function exportEtag(
  q: Queryable,
  format: ExportFormat,
  canonical: string,
  variant = "",
): Promise<string> {
  return weakEtagFromParts([
    format,
    variant,
    await catalogueRevision(q),
    canonical,
    process.env.npm_package_version,
  ]);
}

/** The date in an export's file name ("barents-projects-2026-05-01.csv"). */
export function exportFileName(extension: string, now = new Date()): string {
  return `barents-projects-${now.toISOString().slice(0, 10)}.${extension}`;
}

/**
 * Starts reading before anything is sent: the first row (and so the first page's query) is read
 * now, and a failure throws here, while an error answer is still possible. The rows then continue
 * from where the first page left off.
 */
export async function begun<T>(rows: AsyncGenerator<T>): Promise<AsyncGenerator<T>> {
  const first = await rows.next();
  async function* continued(): AsyncGenerator<T> {
    if (first.done) return;
    yield first.value;
    yield* rows;
  }
  return continued();
}

/**
 * A streamed export: 304 when If-None-Match names the tag, and the headers alone for HEAD (nothing
 * is read then but the revision the tag was made of). Otherwise the rows are begun (see above) and
 * `write` turns them into the body, which is pulled only when the client has taken what was sent
 * (back pressure); its end is called when the client goes away (the generators' finally blocks run).
 */
export async function streamedExport<T>(
  request: Request,
  etag: string,
  rows: () => AsyncGenerator<T>,
  write: (rows: AsyncGenerator<T>) => AsyncGenerator<string>,
  headers: { contentType: string; fileName: string },
): Promise<Response> {
  if (etagMatches(request, etag)) return notModified(etag);
  const responseHeaders = {
    "Content-Type": headers.contentType,
    "Content-Disposition": `attachment; filename="${headers.fileName}"`,
    "Cache-Control": apiCacheControl,
    Link: `<${catalogueLicence.url}>; rel="license"`,
    ETag: etag,
  };
  if (request.method === "HEAD") return new Response(null, { headers: responseHeaders });
  const chunks = write(await begun(rows()));
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        // Headers are gone already: the client sees a cut-off download, never a partial "success".
        logUnexpectedError(error, request);
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined).catch(() => {});
    },
  });
  return new Response(body, { headers: responseHeaders });
}

/**
 * Groups small pieces (one per project) into chunks of about `size` characters: one enqueue per
 * row would make thousands of tiny network writes; a chunk still goes out long before the export
 * ends, since the rows come from one database page at a time.
 */
export async function* batched(pieces: AsyncIterable<string>, size = 32 * 1024): AsyncGenerator<string> {
  let buffer = "";
  for await (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= size) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer !== "") yield buffer;
}

/**
 * The whole answer to an export request: the filters read and checked, the ETag, then the matching
 * projects streamed through `write`. `variant` names what else changes the file (its language).
 */
export function answerCatalogueExport(
  request: Request,
  db: Queryable,
  format: {
    operationId: "exportProjectsCsv" | "exportProjects360Giving";
    name: ExportFormat;
    extension: string;
    contentType: string;
    variant?: (read: ExportRequest) => string;
    write: (read: ExportRequest) => (projects: AsyncGenerator<CatalogueProject>) => AsyncGenerator<string>;
  },
): Promise<Response> {
  return answerApi(request, async () => {
    const read = readExportRequest(request, format.operationId);
    if (read instanceof Response) return read;
    const etag = await exportEtag(db, format.name, read.canonical, format.variant?.(read));
    return streamedExport(request, etag, () => streamCatalogue(db, read.filters), format.write(read), {
      contentType: format.contentType,
      fileName: exportFileName(format.extension),
    });
  });
}
