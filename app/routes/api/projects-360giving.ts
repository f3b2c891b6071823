import type { CatalogueProject } from "#domain/catalogue/catalogue-project.ts";
import { to360Giving } from "#domain/catalogue/to-360giving.server.ts";
import { isLocale, type Locale } from "#vocabulary/vocabulary.ts";
import { answerCatalogueExport, batched, type ExportRequest } from "../../web/catalogue-export.server.ts";
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

/** The texts' language: English unless ?lang= names another. */
function textLanguage(read: ExportRequest): Locale {
  const lang = read.url.searchParams.get("lang");
  return isLocale(lang) ? lang : "en";
}

export function loader({ request, context }: Route.LoaderArgs) {
  return answerCatalogueExport(request, context.services.db, {
    operationId: "exportProjects360Giving",
    name: "360giving",
    extension: "360giving.json",
    contentType: "application/json; charset=utf-8",
    variant: textLanguage,
    write: (read) => package360Giving(textLanguage(read)),
  });
}
