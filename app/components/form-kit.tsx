import { type FormMetadata as ConformForm, type FieldMetadata, getFormProps } from "@conform-to/react";
import { type ReactNode, useEffect } from "react";
import { Form } from "react-router";
import { minimumPasswordLength } from "#domain/accounts/password-policy.ts";
import type { MessagePrefix } from "#domain/i18n/message-keys.ts";
import { useT } from "../web/locale.ts";
import { Button, ErrorSummary } from "./designsystemet.tsx";
import { TextField } from "./text-field.tsx";

/** The messages this kit shows: a page that uses it adds these to its route's handle.messages. */
export const formKitMessages = [
  "form",
  "account.password",
  "account.confirmPassword",
] as const satisfies readonly MessagePrefix[];

/** The part of a Conform form the summary reads. */
interface FormMetadata {
  id: string;
  name: string;
  allErrors: Record<string, string[]>;
}

/** The parts of Conform's field metadata a field reads, whatever the type of its value. */
export interface BoundField {
  id: string;
  name: string;
  key?: string;
  initialValue?: unknown;
  errors?: string[];
  required?: boolean;
}

/** A field's value as an input shows it: numbers as their digits, anything else not at all. */
export function textValue(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return undefined;
}

/** A text field bound to a Conform field: label, error and the typed value after a failed submit. */
export function TextInput({
  field,
  label,
  description,
  type = "text",
  autoComplete,
  multiline,
}: {
  field: BoundField;
  label: string;
  description?: string;
  type?: "text" | "email" | "password" | "search" | "tel" | "url" | "date";
  autoComplete?: string;
  multiline?: boolean;
}) {
  const error = field.errors?.join(" ");
  // Passwords are never sent back to the browser; everything else is, so nothing typed is lost.
  const defaultValue = type === "password" ? undefined : textValue(field.initialValue);
  return (
    <TextField
      key={field.key}
      id={field.id}
      name={field.name}
      label={label}
      description={description}
      error={error || undefined}
      type={type}
      defaultValue={defaultValue}
      autoComplete={autoComplete}
      required={field.required}
      multiline={multiline}
    />
  );
}

/**
 * A new password typed twice, as registration, reset and change ask for it, with the rules up
 * front under the field (domain/accounts/password-policy.ts), not only after a failed try.
 */
export function NewPasswordFields({
  password,
  confirmPassword,
  label,
  hasSecondFactor = false,
}: {
  password: FieldMetadata<string | undefined>;
  confirmPassword: FieldMetadata<string | undefined>;
  label: string;
  hasSecondFactor?: boolean;
}) {
  const t = useT();
  return (
    <>
      <TextInput
        field={password}
        label={label}
        description={t("account.password.rules", { min: minimumPasswordLength(hasSecondFactor) })}
        type="password"
        autoComplete="new-password"
      />
      <TextInput
        field={confirmPassword}
        label={t("account.confirmPassword")}
        type="password"
        autoComplete="new-password"
      />
    </>
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

/**
 * A form that posts to its own page and works without JavaScript: the error summary first (it
 * takes focus after a failed submit), then the fields, then the one submit button.
 */
export function PostForm<Schema extends Record<string, unknown>>({
  form,
  fieldLabels,
  submit,
  submitVariant,
  children,
}: {
  form: ConformForm<Schema, string[]>;
  /** The fields' labels as the summary names them, by field name. */
  fieldLabels: Record<string, string>;
  submit: string;
  submitVariant?: "secondary";
  children: ReactNode;
}) {
  return (
    <Form method="post" className="bb-form" {...getFormProps(form)}>
      <FormErrors form={form} fieldLabels={fieldLabels} />
      {children}
      <div>
        <Button type="submit" variant={submitVariant}>
          {submit}
        </Button>
      </div>
    </Form>
  );
}

export { getFormProps };
