import { type FieldMetadata, getFormProps, getInputProps } from "@conform-to/react";
import { ErrorSummary, Textfield } from "@digdir/designsystemet-react";
import { useEffect } from "react";
import { useT } from "../web/locale.ts";

/** The part of a Conform form the summary reads. */
interface FormMetadata {
  id: string;
  name: string;
  allErrors: Record<string, string[]>;
}

/** A Designsystemet text field bound to a Conform field: label, error and value after a failed submit. */
export function TextInput({
  field,
  label,
  description,
  type = "text",
  autoComplete,
  multiline,
}: {
  field: FieldMetadata<string | undefined>;
  label: string;
  description?: string;
  type?: "text" | "email" | "password" | "search" | "tel" | "url";
  autoComplete?: string;
  multiline?: boolean;
}) {
  const { key, ...inputProps } = getInputProps(field, { type: type === "search" ? "search" : "text" });
  const error = field.errors?.join(" ");
  const common = {
    label,
    description,
    error: error || undefined,
    name: inputProps.name,
    id: inputProps.id,
    "aria-invalid": error ? true : undefined,
    autoComplete,
  };
  // Passwords are never sent back to the browser; everything else is, so nothing typed is lost.
  const defaultValue = type === "password" ? undefined : inputProps.defaultValue;
  return multiline ? (
    <Textfield key={key} {...common} multiline defaultValue={defaultValue} />
  ) : (
    <Textfield key={key} {...common} type={type} defaultValue={defaultValue} required={inputProps.required} />
  );
}

/** The summary of a failed submit: takes focus, links to each field in error (Designsystemet pattern). */
export function FormErrors({
  form,
  fieldLabels,
}: {
  form: FormMetadata;
  fieldLabels: Record<string, string>;
}) {
  const t = useT();
  const errors = Object.entries(form.allErrors).filter(([, messages]) => messages.length > 0);
  const signature = errors.map(([name, m]) => `${name}:${m.join()}`).join("|");
  useEffect(() => {
    if (signature) document.getElementById(`${form.id}-errors`)?.focus();
  }, [signature, form.id]);
  if (errors.length === 0) return null;
  return (
    <ErrorSummary id={`${form.id}-errors`} tabIndex={-1}>
      <ErrorSummary.Heading>{t("form.errorSummary")}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {errors.map(([name, messages]) =>
          name === form.name || !fieldLabels[name] ? (
            <ErrorSummary.Item key={name}>{messages.join(" ")}</ErrorSummary.Item>
          ) : (
            <ErrorSummary.Item key={name}>
              <ErrorSummary.Link href={`#${form.id}-${name}`}>
                {fieldLabels[name]}: {messages.join(" ")}
              </ErrorSummary.Link>
            </ErrorSummary.Item>
          ),
        )}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}

export { getFormProps };
