import type { AppLoadContext } from "react-router";
import { facetLabeller } from "#domain/catalogue/catalogue-labels.server.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { barentsMap } from "#domain/statistics/barents-map.server.ts";
import { parseStatisticsFilters } from "#domain/statistics/statistics-filters.ts";
import { statisticsView } from "#domain/statistics/statistics-view.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { catalogueNames } from "./catalogue-names.server.ts";

/**
 * What the public statistics page shows for a query string: the figures for the selection (with
 * the input errors that were left out of it), the form's choices, and how many of the projects
 * counted are synthetic, so the page can say so.
 */
export async function statisticsPage(
  { db, catalogue }: AppLoadContext["services"],
  locale: Locale,
  searchParams: URLSearchParams,
) {
  const t = createTranslator(locale);
  // Everything, for the form's year choices (cached like any statistics).
  const [everything, names] = await Promise.all([catalogue.statistics(db, {}), catalogueNames(db)]);
  const availableYears = [...new Set(everything.byYearAndTheme.map((r) => r.year))].sort((a, b) => a - b);
  const { filters, selection, errors } = parseStatisticsFilters(searchParams, t, availableYears);
  const includesSynthetic = !filters.source || filters.source.includes("synthetic");
  const [statistics, synthetic] = await Promise.all([
    catalogue.statistics(db, filters),
    includesSynthetic ? catalogue.statistics(db, { ...filters, source: ["synthetic"] }) : null,
  ]);
  const label = facetLabeller(names, locale, t);
  const view = statisticsView(statistics, { filters, label, notRecorded: t("statistics.notRecorded") });
  const programmes = Object.keys(names.programmes)
    .map((id) => ({ value: id, label: label("programme", id) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const years = [...new Set([...availableYears, ...(filters.year ?? [])])].sort((a, b) => a - b);
  return {
    view,
    filters,
    selection,
    errors: errors.map((e) => e.message),
    years,
    programmes,
    syntheticProjects: synthetic?.totals.projects ?? 0,
    // The shapes come with the data: they are read from files on the server, and the browser
    // needs them again to render the page it hydrates.
    map: barentsMap(),
  };
}
