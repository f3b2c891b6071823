import { type FieldMetadata, type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "react-router";
import { applicationSections } from "#domain/applications/application-sections.ts";
import { inviteCollaboratorSchema } from "#domain/collaboration/collaboration-forms.ts";
import type { CountryOption } from "#domain/collaboration/countries.ts";
import { localeNames } from "#domain/i18n/locales.ts";
import { type Locale, locales } from "#vocabulary/vocabulary.ts";
import { useLocale, useT } from "../../web/locale.ts";
import {
  Button,
  Field,
  Fieldset,
  Input,
  Label,
  Paragraph,
  Select,
  ValidationMessage,
} from "../designsystemet.tsx";
import { FormErrors, getFormProps, TextInput } from "../form-kit.tsx";
import { SelectField } from "../select-field.tsx";

type LastResult = SubmissionResult<string[]> | null;

/** The invitation of a partner: who, which organisation and country, which steps they may edit. */

export function InviteForm({
  action,
  countries,
  lastResult,
}: {
  action: string;
  countries: { barents: CountryOption[]; other: CountryOption[] };
  lastResult: LastResult;
}) {
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useForm({
    id: "invite",
    lastResult,
    defaultValue: { kind: "organisation", country: "RU", locale },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: inviteCollaboratorSchema(t) }),
    shouldRevalidate: "onBlur",
  });
  const initialSections = toArray(fields.editSections.initialValue);
  // A bad value among the ticked sections is reported on the item ("editSections[0]"): show it here.
  const sectionErrors = [...new Set(Object.values(fields.editSections.allErrors).flat())];
  return (
    <Form method="post" action={action} className="bb-form" {...getFormProps(form)}>
      <Paragraph>{t("collaboration.invite.intro")}</Paragraph>
      <FormErrors
        form={form}
        fieldLabels={{
          email: t("collaboration.invite.email"),
          name: t("collaboration.invite.name"),
          kind: t("collaboration.invite.kind"),
          organisationName: t("collaboration.invite.organisationName"),
          country: t("collaboration.invite.country"),
          locale: t("collaboration.invite.locale"),
          editSections: t("collaboration.invite.sections"),
        }}
      />
      <input type="hidden" name="intent" value="invite" />
      <TextInput
        field={fields.email}
        label={t("collaboration.invite.email")}
        type="email"
        autoComplete="off"
      />
      <TextInput field={fields.name} label={t("collaboration.invite.name")} autoComplete="off" />
      <SelectField
        key={fields.kind.key}
        id={fields.kind.id}
        name={fields.kind.name}
        label={t("collaboration.invite.kind")}
        defaultValue={stringValue(fields.kind.initialValue) ?? "organisation"}
        error={fields.kind.errors?.join(" ")}
        options={[
          { value: "organisation", label: t("collaboration.kind.organisation") },
          { value: "person", label: t("collaboration.kind.person") },
        ]}
      />
      <TextInput
        field={fields.organisationName}
        label={t("collaboration.invite.organisationName")}
        description={t("collaboration.invite.organisationNameHint")}
        autoComplete="off"
      />
      <CountrySelect field={fields.country} label={t("collaboration.invite.country")} countries={countries} />
      <SelectField
        key={fields.locale.key}
        id={fields.locale.id}
        name={fields.locale.name}
        label={t("collaboration.invite.locale")}
        defaultValue={stringValue(fields.locale.initialValue) ?? locale}
        error={fields.locale.errors?.join(" ")}
        options={locales.map((l: Locale) => ({ value: l, label: localeNames[l] }))}
      />
      <Fieldset
        id={fields.editSections.id}
        aria-describedby={`${fields.editSections.id}-description`}
        aria-invalid={sectionErrors.length > 0 ? true : undefined}
      >
        <Fieldset.Legend>{t("collaboration.invite.sections")}</Fieldset.Legend>
        <Fieldset.Description id={`${fields.editSections.id}-description`}>
          {t("collaboration.invite.sectionsHint")}
        </Fieldset.Description>
        {applicationSections.map((section) => (
          <CheckboxField
            key={`${fields.editSections.key ?? ""}-${section}`}
            id={`${fields.editSections.id}-${section}`}
            name={fields.editSections.name}
            value={section}
            label={t(`application.step.${section}`)}
            defaultChecked={initialSections.includes(section)}
          />
        ))}
        {sectionErrors.length > 0 && <ValidationMessage>{sectionErrors.join(" ")}</ValidationMessage>}
      </Fieldset>
      <CheckboxField
        key={fields.canComment.key}
        id={fields.canComment.id}
        name={fields.canComment.name}
        value="on"
        label={t("collaboration.invite.canComment")}
        defaultChecked={fields.canComment.initialValue === "on"}
      />
      <div>
        <Button type="submit">{t("collaboration.invite.submit")}</Button>
      </div>
    </Form>
  );
}

/**
 * A checkbox whose label is tied to it in the server's HTML (Designsystemet's Checkbox links them with
 * JavaScript after hydration), so it is labelled with JavaScript off too.
 */
function CheckboxField({
  id,
  name,
  value,
  label,
  defaultChecked,
}: {
  id: string;
  name: string;
  value: string;
  label: string;
  defaultChecked: boolean;
}) {
  return (
    <Field>
      <Input type="checkbox" id={id} name={name} value={value} defaultChecked={defaultChecked} />
      <Label htmlFor={id} weight="regular">
        {label}
      </Label>
    </Field>
  );
}

/** Any country: the Barents countries first, then all others by name. */
function CountrySelect({
  field,
  label,
  countries,
}: {
  field: FieldMetadata<string | undefined>;
  label: string;
  countries: { barents: CountryOption[]; other: CountryOption[] };
}) {
  const t = useT();
  const error = field.errors?.join(" ");
  const errorId = error ? `${field.id}-error` : undefined;
  return (
    <Field>
      <Label htmlFor={field.id}>{label}</Label>
      <Select
        key={field.key}
        id={field.id}
        name={field.name}
        defaultValue={stringValue(field.initialValue) ?? "RU"}
        aria-describedby={errorId}
        aria-invalid={error ? true : undefined}
      >
        <Select.Optgroup label={t("collaboration.invite.countryGroup.barents")}>
          {countries.barents.map((c) => (
            <Select.Option key={c.value} value={c.value}>
              {c.label}
            </Select.Option>
          ))}
        </Select.Optgroup>
        <Select.Optgroup label={t("collaboration.invite.countryGroup.other")}>
          {countries.other.map((c) => (
            <Select.Option key={c.value} value={c.value}>
              {c.label}
            </Select.Option>
          ))}
        </Select.Optgroup>
      </Select>
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Field>
  );
}

function stringValue(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function toArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" ? [value] : [];
}
