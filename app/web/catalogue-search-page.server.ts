import type { AppLoadContext } from "react-router";
import { facetLabeller } from "#domain/catalogue/catalogue-labels.server.ts";
import {
  type CatalogueFacet,
  type CatalogueQuery,
  catalogueFacets,
  parseCatalogueQuery,
  serializeCatalogueQuery,
  toggleFacetValue,
} from "#domain/catalogue/catalogue-query.ts";
import { formatNok } from "#domain/i18n/format.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { catalogueNames } from "./catalogue-names.server.ts";
import { localePath } from "./locale.ts";

/**
 * What the public catalogue's search page shows for a query string: the results as the page
 * prints them, every facet value with its count and the link that turns it on or off, the choices
 * made so far, the exports of the same search, and the input errors (the page answers 400 then).
 */
export async function catalogueSearchPage(
  { db, catalogue }: AppLoadContext["services"],
  locale: Locale,
  searchParams: URLSearchParams,
) {
  const t = createTranslator(locale);
  const { query, errors } = parseCatalogueQuery(searchParams, t);
  const [result, names] = await Promise.all([catalogue.search(db, query, { locale }), catalogueNames(db)]);
  const label = facetLabeller(names, locale, t);
  const href = (next: CatalogueQuery) => {
    const search = serializeCatalogueQuery(next);
    return `${localePath(locale, "/projects")}${search ? `?${search}` : ""}`;
  };
  const ran = result.query;
  const selectedOf = (facet: CatalogueFacet) => ((ran[facet] ?? []) as (string | number)[]).map(String);
  const facets = catalogueFacets.map((facet) => {
    const selected = selectedOf(facet);
    const counted = result.facets[facet] ?? [];
    // A selected value stays listed (to be turned off) even when nothing else matches it.
    const missing = selected
      .filter((v) => !counted.some((c) => c.value === v))
      .map((value) => ({ value, count: 0 }));
    return {
      facet,
      values: [...counted.filter((c) => c.count > 0 || selected.includes(c.value)), ...missing].map((c) => ({
        value: c.value,
        label: label(facet, c.value),
        count: c.count,
        selected: selected.includes(c.value),
        href: href(toggleFacetValue(ran, facet, c.value)),
      })),
    };
  });
  const chosen = facets.flatMap((f) =>
    f.values.filter((v) => v.selected).map((v) => ({ facet: f.facet, label: v.label, href: v.href })),
  );
  const filtersOnly = serializeCatalogueQuery(
    { ...ran, sort: undefined, page: 1, pageSize: undefined },
    {
      withPage: false,
    },
  );
  const realOnly = { ...ran, source: ["archive", "case"], page: 1 };
  return {
    query: { q: ran.q ?? "", sort: ran.sort, page: ran.page, pageSize: ran.pageSize },
    hidden: catalogueFacets.flatMap((facet) => selectedOf(facet).map((value) => ({ name: facet, value }))),
    errors,
    timedOut: result.timedOut,
    total: result.total,
    items: result.items.map((item) => ({
      id: item.id,
      href: localePath(locale, `/projects/${item.id}`),
      snippet: item.snippet,
      match: item.match,
      applicantName: item.applicantName,
      year: item.year,
      amount: formatNok(locale, item.amountNok),
      status: label("status", item.status),
      theme: item.priorityArea ? label("theme", item.priorityArea) : null,
      programme: item.programmeId ? label("programme", item.programmeId) : null,
      partnerRegions: item.partnerRegions.map((r) => label("partnerRegion", r)),
      synthetic: item.source === "synthetic",
    })),
    facets,
    chosen,
    clearHref: href({ q: ran.q, sort: ran.sort, page: 1, pageSize: ran.pageSize }),
    hideSyntheticHref: href(realOnly),
    hasSynthetic: result.items.some((item) => item.source === "synthetic"),
    exports: {
      csv: `/api/v1/projects.csv${filtersOnly ? `?${filtersOnly}` : ""}`,
      json: `/api/v1/projects?${serializeCatalogueQuery(ran)}`.replace(/\?$/, ""),
      giving: `/api/v1/projects.360giving.json${filtersOnly ? `?${filtersOnly}` : ""}`,
      statistics: `${localePath(locale, "/statistics")}${filtersOnly ? `?${filtersOnly}` : ""}`,
    },
  };
}
