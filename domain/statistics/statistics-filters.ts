import {
  type CatalogueFilters,
  type CatalogueQueryError,
  catalogueFacets,
  catalogueLimits,
  parseCatalogueQuery,
} from "#domain/catalogue/catalogue-query.ts";
import type { Translate } from "#domain/i18n/translate.ts";

// The statistics page reads the catalogue search's own URL parameters (so /statistics?year=2020
// or ?source=case,archive means what it means on the search page, and its links lead there),
// plus a year range, yearFrom and yearTo, which its GET form sends: two selects are easier than
// ticking twenty years. The range becomes a list of years and, when given, takes the place of `year`.

export interface StatisticsSelection {
  yearFrom: string;
  yearTo: string;
  programme: string;
  source: string[];
}

export interface StatisticsFilters {
  filters: CatalogueFilters;
  /** What the form shows as chosen. */
  selection: StatisticsSelection;
  /** Translated; the page shows them and the figures without the parameter in error. */
  errors: CatalogueQueryError[];
}

const yearPattern = /^\d{4}$/;

/**
 * `availableYears`: the years the catalogue has, to fill an open end of the range ("from 2020"
 * means 2020 up to the latest year with projects).
 */
export function parseStatisticsFilters(
  params: URLSearchParams,
  t: Translate,
  availableYears: number[],
): StatisticsFilters {
  const { query, errors } = parseCatalogueQuery(params, t);
  const filters: CatalogueFilters = {};
  if (query.q) filters.q = query.q;
  for (const facet of catalogueFacets) {
    const values = query[facet];
    if (values?.length) (filters as Record<string, unknown>)[facet] = values;
  }

  const read = (name: "yearFrom" | "yearTo") => {
    const raw = (params.get(name) ?? "").trim();
    if (raw === "") return undefined;
    if (yearPattern.test(raw)) return Number(raw);
    errors.push({
      param: "year",
      code: "not-a-year",
      message: t("statistics.filter.badYear", { value: raw.slice(0, 20) }),
    });
    return null;
  };
  const from = read("yearFrom");
  const to = read("yearTo");
  if (from !== null && to !== null && (from !== undefined || to !== undefined)) {
    const first = from ?? Math.min(...availableYears, to!);
    const last = to ?? Math.max(...availableYears, from!);
    if (first > last) {
      errors.push({ param: "year", code: "out-of-range", message: t("statistics.filter.badRange") });
    } else if (last - first + 1 > catalogueLimits.maxValues) {
      errors.push({
        param: "year",
        code: "too-many-values",
        message: t("statistics.filter.tooManyYears", { max: catalogueLimits.maxValues }),
      });
    } else {
      const range = Array.from({ length: last - first + 1 }, (_, i) => first + i);
      filters.year = range;
    }
  }

  const years = filters.year ?? [];
  return {
    filters,
    selection: {
      yearFrom: years.length ? String(Math.min(...years)) : "",
      yearTo: years.length ? String(Math.max(...years)) : "",
      programme: filters.programme?.length === 1 ? filters.programme[0]! : "",
      source: filters.source ?? [],
    },
    errors,
  };
}
