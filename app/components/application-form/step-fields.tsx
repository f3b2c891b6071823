import { createContext, useContext } from "react";
import { Field, Label, ValidationMessage } from "../designsystemet.tsx";
import { SelectField } from "../select-field.tsx";
import { TextField } from "../text-field.tsx";

// The fields of the application form's steps. A step's values are stored as typed and come back
// with their errors (from the server, or from the same schema run in the browser); each field
// finds its value and error by its form name ("title.nb", "items[2].amount").

export interface StepFieldState {
  values: unknown;
  errors: Record<string, string[] | null | undefined>;
}

const StepFieldContext = createContext<StepFieldState>({ values: {}, errors: {} });
export const StepFieldProvider = StepFieldContext.Provider;

/** An id usable in URLs and selectors for a form name. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^a-zA-Z0-9]+/g, "-")}`;
}

/** "items[2].amount" -> ["items", "2", "amount"] */
export function namePath(name: string): string[] {
  return name.replace(/\[(\d+)\]/g, ".$1").split(".");
}

function valueAt(values: unknown, name: string): string | undefined {
  let current: unknown = values;
  for (const key of namePath(name)) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === "string" ? current : undefined;
}

function useFieldState(name: string) {
  const state = useContext(StepFieldContext);
  const error = state.errors[name]?.filter(Boolean).join(" ");
  return { id: fieldId(name), name, defaultValue: valueAt(state.values, name), error: error || undefined };
}

export function StepText({
  name,
  label,
  description,
  multiline,
  type,
  autoComplete,
  inputMode,
}: {
  name: string;
  label: string;
  description?: string;
  multiline?: boolean;
  type?: "text" | "email" | "tel" | "date";
  autoComplete?: string;
  inputMode?: "numeric" | "decimal";
}) {
  const field = useFieldState(name);
  return (
    <div data-inputmode={inputMode}>
      <TextField
        key={field.defaultValue === undefined ? `${name}-empty` : name}
        {...field}
        label={label}
        description={description}
        multiline={multiline}
        type={type}
        autoComplete={autoComplete}
      />
    </div>
  );
}

export function StepChoice({
  name,
  label,
  description,
  options,
  chooseLabel,
}: {
  name: string;
  label: string;
  description?: string;
  options: { value: string; label: string }[];
  chooseLabel: string;
}) {
  const field = useFieldState(name);
  // A stored value that is no longer an option (a forged or outdated one) stays visible with its error.
  const known = field.defaultValue === undefined || options.some((o) => o.value === field.defaultValue);
  return (
    <SelectField
      id={field.id}
      name={field.name}
      label={label}
      description={description}
      defaultValue={field.defaultValue ?? ""}
      error={field.error}
      options={[
        { value: "", label: chooseLabel },
        ...options,
        ...(known ? [] : [{ value: field.defaultValue!, label: field.defaultValue! }]),
      ]}
    />
  );
}

export function StepCheckbox({
  name,
  label,
  description,
}: {
  name: string;
  label: string;
  description?: string;
}) {
  const field = useFieldState(name);
  const descriptionId = description ? `${field.id}-description` : undefined;
  const errorId = field.error ? `${field.id}-error` : undefined;
  return (
    <Field>
      <div className="bb-checkbox">
        <input
          type="checkbox"
          className="ds-input"
          id={field.id}
          name={name}
          value="on"
          defaultChecked={field.defaultValue === "on"}
          aria-describedby={[errorId, descriptionId].filter(Boolean).join(" ") || undefined}
        />
        <Label htmlFor={field.id}>{label}</Label>
      </div>
      {description && <Field.Description id={descriptionId}>{description}</Field.Description>}
      {field.error && <ValidationMessage id={errorId}>{field.error}</ValidationMessage>}
    </Field>
  );
}
