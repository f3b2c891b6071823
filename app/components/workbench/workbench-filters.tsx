import { Form } from "react-router";
import {
  filterableStates,
  maxPageSize,
  sortDirections,
  sortKeys,
  type WorkbenchQuery,
} from "#domain/workbench/workbench-query.ts";
import type { FilterChoices } from "#domain/workbench/workbench-view.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import { Button, Link, Paragraph } from "../designsystemet.tsx";
import { PageSection } from "../page-section.tsx";
import { SelectField } from "../select-field.tsx";
import { TextField } from "../text-field.tsx";

// The workbench's filters as a GET form (the whole list is in the URL, so it works without
// JavaScript and a filtered list can be bookmarked or saved): what to show, in which order, how
// many a page.

/** The choice filters, in the order of the form; each may also be "any". */
const choiceFilters = ["programme", "call", "office", "priority", "county", "region"] as const;

export function WorkbenchFilters({
  query,
  choices,
  showOfficeFilter,
}: {
  query: WorkbenchQuery;
  choices: FilterChoices;
  /** An adviser sees their own office's cases only: an office filter would have nothing to choose. */
  showOfficeFilter: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const f = query.filters;
  const any = { value: "", label: t("workbench.filter.any") };
  const select = (name: string, defaultValue: string, options: { value: string; label: string }[]) => (
    <SelectField
      key={name}
      id={`filter-${name}`}
      name={name}
      label={t(`workbench.param.${name}` as "workbench.param.call")}
      defaultValue={defaultValue}
      options={options}
    />
  );
  const amount = (name: "amountMin" | "amountMax") => (
    <TextField
      id={`filter-${name}`}
      name={name}
      label={t(`workbench.param.${name}`)}
      defaultValue={f[name] === undefined ? "" : String(f[name])}
    />
  );
  return (
    <PageSection id="filters-heading" heading={t("workbench.filters")}>
      <Form method="get" className="bb-filters">
        <input type="hidden" name="queue" value={query.queue} />
        {choiceFilters
          .filter((name) => name !== "office" || showOfficeFilter)
          .map((name) => select(name, f[name] ?? "", [any, ...choices[name]]))}
        {select("status", f.status ?? "", [
          any,
          ...filterableStates.map((state) => ({ value: state, label: t(`case.state.${state}`) })),
        ])}
        {amount("amountMin")}
        {amount("amountMax")}
        {select(
          "sort",
          query.sort,
          sortKeys.map((key) => ({ value: key, label: t(`workbench.sort.${key}`) })),
        )}
        {select(
          "dir",
          query.dir,
          sortDirections.map((dir) => ({ value: dir, label: t(`workbench.dir.${dir}`) })),
        )}
        {select(
          "pageSize",
          String(query.pageSize),
          [10, 25, maxPageSize].map((n) => ({ value: String(n), label: String(n) })),
        )}
        <Button type="submit">{t("form.filter")}</Button>
      </Form>
      <Paragraph>
        <Link href={localePath(locale, `/workbench?queue=${query.queue}`)}>
          {t("workbench.filter.clear")}
        </Link>
      </Paragraph>
    </PageSection>
  );
}
