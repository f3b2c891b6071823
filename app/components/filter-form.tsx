import type { ReactNode } from "react";
import { Form } from "react-router";
import { useT } from "../web/locale.ts";
import { Button } from "./designsystemet.tsx";
import { SelectField } from "./select-field.tsx";
import { TextField } from "./text-field.tsx";

type Choice = { value: string; label: string };

/** One filter of a list: a choice among `options`, or a text (search, date) field. */
export interface Filter {
  label: string;
  /** The field's id; `filter-<name>` unless the page says otherwise. */
  id?: string;
  /** The choices; a filter without them is a text field of `type`. */
  options?: Choice[];
  /** The label of a first, empty choice that filters nothing out ("any", "all years"). */
  any?: string;
  type?: "search" | "date";
}

/** Choices from a vocabulary list, each labelled by the page (usually through its messages). */
export function choices<T extends string>(values: readonly T[], label: (value: T) => string): Choice[] {
  return values.map((value) => ({ value, label: label(value) }));
}

/**
 * The filters above a list: a GET form, so the filtered list is a URL one can bookmark or share,
 * and it works without JavaScript. `filters` are drawn in their order, named by their keys, filled
 * from `values` (what the list is filtered by now); `children` come after them.
 */
export function FilterForm({
  label,
  submit,
  filters = {},
  values = {},
  children,
}: {
  /** The form's accessible name, where the page has more than one form. */
  label?: string;
  /** The button's text; "Filter" unless the page says otherwise. */
  submit?: string;
  filters?: Record<string, Filter>;
  values?: Record<string, string | undefined>;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <Form method="get" className="bb-filters" aria-label={label}>
      {Object.entries(filters).map(([name, filter]) => {
        const id = filter.id ?? `filter-${name}`;
        return filter.options ? (
          <SelectField
            key={name}
            id={id}
            name={name}
            label={filter.label}
            defaultValue={values[name]}
            options={
              filter.any === undefined
                ? filter.options
                : [{ value: "", label: filter.any }, ...filter.options]
            }
          />
        ) : (
          <TextField
            key={name}
            id={id}
            name={name}
            type={filter.type}
            label={filter.label}
            defaultValue={values[name]}
          />
        );
      })}
      {children}
      <Button type="submit">{submit ?? t("form.filter")}</Button>
    </Form>
  );
}
