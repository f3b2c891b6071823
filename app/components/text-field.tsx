import { Field, Input, Label, Textarea, ValidationMessage } from "./designsystemet.tsx";

export interface TextFieldProps {
  id: string;
  name: string;
  label: string;
  description?: string;
  error?: string;
  type?: "text" | "email" | "password" | "search" | "tel" | "url" | "date";
  defaultValue?: string;
  autoComplete?: string;
  required?: boolean;
  multiline?: boolean;
}

/**
 * A labelled text input. Designsystemet's Textfield links label, description and error to the input
 * with JavaScript after hydration; here the links are in the server's HTML, so the field is
 * accessible with JavaScript off too.
 */
export function TextField({
  id,
  name,
  label,
  description,
  error,
  type = "text",
  defaultValue,
  autoComplete,
  required,
  multiline,
}: TextFieldProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, descriptionId].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name,
    defaultValue,
    autoComplete,
    required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
  };
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description && <Field.Description id={descriptionId}>{description}</Field.Description>}
      {multiline ? <Textarea {...common} /> : <Input {...common} type={type} />}
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Field>
  );
}
