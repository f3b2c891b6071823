import { Field, Fieldset, Input, Label, ValidationMessage } from "../designsystemet.tsx";
import { type BoundField, TextInput, textValue } from "../form-kit.tsx";
import { SelectField } from "../select-field.tsx";

// Form fields for the managers' forms, bound to Conform field metadata of any value type (numbers,
// list rows). Labels, hints and errors are tied to their inputs in the server's HTML, so the forms
// are accessible and work with JavaScript off.

export type { BoundField };
export { textValue };

export function listValue(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" ? [value] : [];
}

/** A text or date field that keeps nothing for the browser to fill in (codes, figures, dates). */
export function BoundText({
  field,
  label,
  description,
  type = "text",
}: {
  field: BoundField;
  label: string;
  description?: string;
  type?: "text" | "date";
}) {
  return <TextInput field={field} label={label} description={description} type={type} autoComplete="off" />;
}

export function BoundSelect({
  field,
  label,
  options,
  placeholder,
}: {
  field: BoundField;
  label: string;
  options: { value: string; label: string }[];
  /** A first, empty option ("Choose"), for rows that may be left blank. */
  placeholder?: string;
}) {
  return (
    <SelectField
      key={field.key}
      id={field.id}
      name={field.name}
      label={label}
      defaultValue={textValue(field.initialValue) ?? ""}
      error={field.errors?.join(" ") || undefined}
      options={placeholder ? [{ value: "", label: placeholder }, ...options] : options}
    />
  );
}

/** A group of checkboxes sending one name with several values (regions, countries, languages). */
export function CheckboxGroup({
  field,
  legend,
  options,
}: {
  field: BoundField;
  legend: string;
  options: { value: string; label: string }[];
}) {
  const checked = listValue(field.initialValue);
  const errorId = `${field.id}-error`;
  const error = field.errors?.join(" ");
  return (
    <Fieldset
      id={field.id}
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {options.map((option) => {
        const id = `${field.id}-${option.value}`;
        return (
          <Field key={`${field.key ?? ""}-${option.value}`} data-position="start">
            <Input
              type="checkbox"
              id={id}
              name={field.name}
              value={option.value}
              defaultChecked={checked.includes(option.value)}
            />
            <Label htmlFor={id} weight="regular">
              {option.label}
            </Label>
          </Field>
        );
      })}
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Fieldset>
  );
}
