import type { Queryable } from "#db/connection.ts";
import { catalogueLicence } from "#domain/catalogue/catalogue-api.ts";
import {
  type CatalogueFilters,
  parseCatalogueQuery,
  serializeCatalogueQuery,
} from "#domain/catalogue/catalogue-query.ts";
import { catalogueRevision } from "#domain/catalogue/catalogue-revision.server.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { apiLocale } from "./api-request.server.ts";
import {
  apiCacheControl,
  apiCorsHeaders,
  apiJson,
  etagMatches,
  notModified,
  weakEtagFromParts,
} from "./etag.server.ts";

// What the two streamed exports (CSV and 360Giving JSON) share: reading the filters, the ETag made
// before the first byte, and a pull-based body that reads the catalogue only as fast as the client
// takes it (streamCatalogue reads 500 rows at a time; one page sits in memory, never the export).

export type ExportFormat = "csv" | "360giving";

export interface ExportRequest {
  filters: CatalogueFilters;
  /** The canonical query string of the filters (paging and order left out). */
  canonical: string;
  locale: Locale;
}

/**
 * The export's filters: the search's parameters (parseCatalogueQuery), with paging and order
 * ignored (an export is the whole result, in id order), so a search URL's query string works as is.
 * Bad filters: a 400 Response, as for the search.
 */
export function readExportRequest(request: Request): ExportRequest | Response {
  const url = new URL(request.url);
  const locale = apiLocale(request, url);
  const params = new URLSearchParams(url.searchParams);
  for (const ignored of ["page", "pageSize", "sort"]) params.delete(ignored);
  const { query, errors } = parseCatalogueQuery(params, createTranslator(locale));
  if (errors.length > 0)
    return apiJson(request, { errors }, { status: 400, headers: { Vary: "Accept-Language" } });
  const { sort: _sort, page: _page, pageSize: _pageSize, ...filters } = query;
  return { filters, canonical: serializeCatalogueQuery(filters), locale };
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
 * A streamed answer: `chunks` is pulled only when the client has taken what was sent (back
 * pressure), and its end is called when the client goes away (the generator's finally runs). 304
 * when If-None-Match names the tag: nothing is read at all.
 */
export function streamedExport(
  request: Request,
  etag: string,
  chunks: AsyncGenerator<string>,
  headers: { contentType: string; fileName: string },
): Response {
  if (etagMatches(request, etag)) {
    void chunks.return(undefined);
    return notModified(etag);
  }
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        // Headers are gone already: the client sees a cut-off download, never a partial "success".
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": headers.contentType,
      "Content-Disposition": `attachment; filename="${headers.fileName}"`,
      "Cache-Control": apiCacheControl,
      ...apiCorsHeaders,
      Link: `<${catalogueLicence.url}>; rel="license"`,
      ETag: etag,
    },
  });
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
