import { Form } from "react-router";
import { catalogueSources } from "#vocabulary/vocabulary.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import { Button, Field, Fieldset, Input, Label, Link } from "../designsystemet.tsx";
import { SelectField } from "../select-field.tsx";

/** The choices the statistics page was asked for, as the form shows them again. */
export interface StatisticsSelection {
  yearFrom: string;
  yearTo: string;
  programme: string;
  source: string[];
}

/** The statistics page's GET form: a span of years, a programme and the sources to count. */
export function StatisticsSelectionForm({
  selection,
  years,
  programmes,
}: {
  selection: StatisticsSelection;
  years: number[];
  programmes: { value: string; label: string }[];
}) {
  const t = useT();
  const locale = useLocale();
  const yearOptions = [
    { value: "", label: t("statistics.filter.anyYear") },
    ...years.map((y) => ({ value: String(y), label: String(y) })),
  ];
  const yearBounds = [
    { id: "statistics-year-from", name: "yearFrom", label: t("statistics.filter.yearFrom") },
    { id: "statistics-year-to", name: "yearTo", label: t("statistics.filter.yearTo") },
  ] as const;
  return (
    <Form method="get" className="bb-stat-filters" aria-label={t("statistics.filters")}>
      {yearBounds.map((bound) => (
        <SelectField key={bound.name} {...bound} defaultValue={selection[bound.name]} options={yearOptions} />
      ))}
      <SelectField
        id="statistics-programme"
        name="programme"
        label={t("statistics.filter.programme")}
        defaultValue={selection.programme}
        options={[{ value: "", label: t("statistics.filter.allProgrammes") }, ...programmes]}
      />
      <Fieldset aria-describedby="statistics-source-hint">
        <Fieldset.Legend>{t("statistics.filter.source")}</Fieldset.Legend>
        <Fieldset.Description id="statistics-source-hint">
          {t("statistics.filter.sourceHint")}
        </Fieldset.Description>
        <div className="bb-stat-checkboxes">
          {catalogueSources.map((source) => (
            <Field key={source}>
              <Input
                type="checkbox"
                id={`statistics-source-${source}`}
                name="source"
                value={source}
                defaultChecked={selection.source.includes(source)}
              />
              <Label htmlFor={`statistics-source-${source}`} weight="regular">
                {t(`catalogue.source.${source}`)}
              </Label>
            </Field>
          ))}
        </div>
      </Fieldset>
      <div className="bb-stat-actions">
        <Button type="submit">{t("statistics.filter.show")}</Button>
        <Link href={localePath(locale, "/statistics")}>{t("statistics.filter.reset")}</Link>
      </div>
    </Form>
  );
}
