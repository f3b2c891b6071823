import { Field, Label, Select, ValidationMessage } from "./designsystemet.tsx";

/** A labelled select; the label is tied to it in the server's HTML, so it works without JavaScript. */
export function SelectField({
  id,
  name,
  label,
  description,
  defaultValue,
  options,
  error,
}: {
  id: string;
  name: string;
  label: string;
  description?: string;
  defaultValue?: string;
  options: { value: string; label: string }[];
  error?: string;
}) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, descriptionId].filter(Boolean).join(" ") || undefined;
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description && <Field.Description id={descriptionId}>{description}</Field.Description>}
      <Select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      >
        {options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Field>
  );
}
