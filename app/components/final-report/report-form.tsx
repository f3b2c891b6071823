import { type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "react-router";
import type { FinalReportValues } from "#domain/final-reports/final-report-content.ts";
import { finalReportSchema, type ReportFormRules } from "#domain/final-reports/final-report-form.ts";
import { useLocale, useT } from "../../web/locale.ts";
import { Button, Heading, Paragraph, ValidationMessage } from "../designsystemet.tsx";
import { FormErrors, getFormProps, TextInput } from "../form-kit.tsx";

/** The form as the browser sends it: every value a string (a ticked box "on"). */
interface ReportFormShape {
  intent: string;
  done: string;
  results: string;
  cooperation: string;
  media: string;
  participantsApplicant: string;
  participantsPartner: string;
  actual: Record<string, string>;
  ownWorkActual: string;
  financingGrant: string;
  financingOwnFunds: string;
  financingPartners: string;
  financingOther: string;
  auditorName: string;
  auditorConfirmed: string;
  photos: { id: string; consent: string }[];
}

/**
 * The grantee's final report as one form: the narrative, participants, accounts against the budget,
 * financing, the auditor's confirmation where the grant requires it, and consent for each photo.
 * Checked in the browser with the server's schema; the server checks again as it is sent.
 */
export function ReportForm({
  rules,
  categories,
  ownWorkBudgeted,
  minOwnFundingPercent,
  auditorThreshold,
  photos,
  startingValues,
  lastResult,
}: {
  rules: ReportFormRules;
  categories: { id: string; name: string; budgeted: string }[];
  ownWorkBudgeted: string;
  minOwnFundingPercent: number;
  auditorThreshold: string;
  photos: { id: string; fileName: string }[];
  startingValues: Partial<Record<keyof ReportFormShape, unknown>>;
  lastResult?: SubmissionResult<string[]>;
}) {
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useForm<ReportFormShape, FinalReportValues & { intent?: "send" }>({
    id: "final-report",
    lastResult,
    defaultValue: startingValues as Partial<ReportFormShape>,
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: finalReportSchema(t, locale, rules) }),
  });
  const actual = fields.actual.getFieldset();
  // The consent ticks as last sent (or as the returned report had them), by photo id.
  const initial = (form.initialValue ?? {}) as {
    photos?: { id?: string; consent?: string }[];
    auditorConfirmed?: string;
  };
  const consent = new Set((initial.photos ?? []).filter((p) => p.consent === "on").map((p) => p.id));
  const auditorError = fields.auditorConfirmed.errors?.join(" ");
  const labels: Record<string, string> = {
    done: t("finalReport.done"),
    results: t("finalReport.results"),
    cooperation: t("finalReport.cooperation"),
    media: t("finalReport.media"),
    participantsApplicant: t("finalReport.participantsApplicant"),
    participantsPartner: t("finalReport.participantsPartner"),
    ownWorkActual: t("finalReport.ownWorkActual"),
    financingGrant: t("finalReport.financingGrant"),
    financingOwnFunds: t("finalReport.financingOwnFunds"),
    financingPartners: t("finalReport.financingPartners"),
    financingOther: t("finalReport.financingOther"),
    auditorName: t("finalReport.auditorName"),
    auditorConfirmed: t("finalReport.auditorConfirmed"),
    ...Object.fromEntries(
      categories.map((c) => [`actual.${c.id}`, t("finalReport.actualFor", { category: c.name })]),
    ),
  };
  return (
    <>
      <Heading level={2} data-size="sm">
        {t("finalReport.write.heading")}
      </Heading>
      <Form method="post" className="bb-form" {...getFormProps(form)}>
        <FormErrors form={form} fieldLabels={labels} />
        <input type="hidden" name="intent" value="send" />
        <fieldset className="bb-fieldset">
          <legend>{t("finalReport.section.narrative")}</legend>
          <TextInput field={fields.done} label={labels.done!} multiline />
          <TextInput field={fields.results} label={labels.results!} multiline />
          <TextInput field={fields.cooperation} label={labels.cooperation!} multiline />
          <TextInput
            field={fields.media}
            label={labels.media!}
            description={t("finalReport.media.hint")}
            multiline
          />
        </fieldset>
        <fieldset className="bb-fieldset">
          <legend>{t("finalReport.section.participants")}</legend>
          <TextInput field={fields.participantsApplicant} label={labels.participantsApplicant!} />
          <TextInput field={fields.participantsPartner} label={labels.participantsPartner!} />
        </fieldset>
        <fieldset className="bb-fieldset">
          <legend>{t("finalReport.section.accounts")}</legend>
          <Paragraph>{t("finalReport.accounts.intro")}</Paragraph>
          {categories.map((category) =>
            actual[category.id] ? (
              <TextInput
                key={category.id}
                field={actual[category.id]!}
                label={labels[`actual.${category.id}`]!}
                description={t("finalReport.budgeted", { amount: category.budgeted })}
              />
            ) : null,
          )}
          <TextInput
            field={fields.ownWorkActual}
            label={labels.ownWorkActual!}
            description={t("finalReport.budgeted", { amount: ownWorkBudgeted })}
          />
        </fieldset>
        <fieldset className="bb-fieldset">
          <legend>{t("finalReport.section.financing")}</legend>
          <Paragraph>{t("finalReport.ownShare.rule", { min: minOwnFundingPercent })}</Paragraph>
          <TextInput field={fields.financingGrant} label={labels.financingGrant!} />
          <TextInput field={fields.financingOwnFunds} label={labels.financingOwnFunds!} />
          <TextInput field={fields.financingPartners} label={labels.financingPartners!} />
          <TextInput field={fields.financingOther} label={labels.financingOther!} />
          {form.errors && form.errors.length > 0 && (
            <ValidationMessage id="final-report-share-error">{form.errors.join(" ")}</ValidationMessage>
          )}
        </fieldset>
        {rules.auditorRequired && (
          <fieldset className="bb-fieldset">
            <legend>{t("finalReport.section.auditor")}</legend>
            <Paragraph>{t("finalReport.auditor.intro", { threshold: auditorThreshold })}</Paragraph>
            <TextInput field={fields.auditorName} label={labels.auditorName!} />
            <div className="bb-checkbox">
              <input
                type="checkbox"
                className="ds-input"
                id={fields.auditorConfirmed.id}
                name={fields.auditorConfirmed.name}
                value="on"
                defaultChecked={initial.auditorConfirmed === "on"}
                aria-invalid={auditorError ? true : undefined}
                aria-describedby={auditorError ? `${fields.auditorConfirmed.id}-error` : undefined}
              />
              <label htmlFor={fields.auditorConfirmed.id}>{labels.auditorConfirmed}</label>
            </div>
            {auditorError && (
              <ValidationMessage id={`${fields.auditorConfirmed.id}-error`}>{auditorError}</ValidationMessage>
            )}
          </fieldset>
        )}
        {photos.length > 0 && (
          <fieldset className="bb-fieldset">
            <legend>{t("finalReport.photos.consentLegend")}</legend>
            {photos.map((photo, index) => (
              <div className="bb-checkbox" key={photo.id}>
                <input type="hidden" name={`photos[${index}].id`} value={photo.id} />
                <input
                  type="checkbox"
                  className="ds-input"
                  id={`photo-consent-${photo.id}`}
                  name={`photos[${index}].consent`}
                  value="on"
                  defaultChecked={consent.has(photo.id)}
                />
                <label htmlFor={`photo-consent-${photo.id}`}>
                  {t("finalReport.photo.consent", { fileName: photo.fileName })}
                </label>
              </div>
            ))}
          </fieldset>
        )}
        <div>
          <Button type="submit">{t("finalReport.send")}</Button>
        </div>
      </Form>
    </>
  );
}
