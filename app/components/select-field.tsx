import { Field, Label, Select } from "@digdir/designsystemet-react";

/** A labelled select; the label is tied to it in the server's HTML, so it works without JavaScript. */
export function SelectField({
  id,
  name,
  label,
  description,
  defaultValue,
  options,
}: {
  id: string;
  name: string;
  label: string;
  description?: string;
  defaultValue?: string;
  options: { value: string; label: string }[];
}) {
  const descriptionId = description ? `${id}-description` : undefined;
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description && <Field.Description id={descriptionId}>{description}</Field.Description>}
      <Select id={id} name={name} defaultValue={defaultValue} aria-describedby={descriptionId}>
        {options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
