import type { CatalogueProject } from "#domain/catalogue/catalogue-project.ts";
import { streamCatalogue } from "#domain/catalogue/stream-catalogue.server.ts";
import { to360Giving } from "#domain/catalogue/to-360giving.server.ts";
import { isLocale, type Locale } from "#vocabulary/vocabulary.ts";
import { answerApi } from "../../web/api-request.server.ts";
import {
  batched,
  exportEtag,
  exportFileName,
  readExportRequest,
  streamedExport,
} from "../../web/catalogue-export.server.ts";
import { safeJson } from "../../web/etag.server.ts";
import type { Route } from "./+types/projects-360giving";

// GET /api/v1/projects.360giving.json: the projects a search matches as a 360Giving Data Standard
// package {"grants": [...]}, one grant per project (to-360giving.server.ts says what each field holds).
// Written incrementally: the opening, then each grant as it is read, then the closing; the array is
// never built. Texts are in English when a project has English; ?lang=nb|ru puts another language
// first. Only ?lang= decides (not Accept-Language), so a dataset URL means one file for everyone.

function package360Giving(locale: Locale) {
  return async function* (projects: AsyncGenerator<CatalogueProject>): AsyncGenerator<string> {
    async function* grants() {
      let first = true;
      for await (const project of projects) {
        yield `${first ? "" : ","}\n${safeJson(to360Giving(project, { locale }))}`;
        first = false;
      }
    }
    yield '{"grants":[';
    yield* batched(grants());
    yield "\n]}\n";
  };
}

export function loader({ request, context }: Route.LoaderArgs) {
  return answerApi(request, async () => {
    const read = readExportRequest(request, "exportProjects360Giving");
    if (read instanceof Response) return read;
    const lang = read.url.searchParams.get("lang");
    const locale = isLocale(lang) ? lang : "en";
    const { db } = context.services;
    const etag = await exportEtag(db, "360giving", read.canonical, locale);
    return streamedExport(request, etag, () => streamCatalogue(db, read.filters), package360Giving(locale), {
      contentType: "application/json; charset=utf-8",
      fileName: exportFileName("360giving.json"),
    });
  });
}
