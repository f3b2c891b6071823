import { type FieldMetadata, type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "react-router";
import {
  assessmentInputSchema,
  commentField,
  lowScore,
  maxScore,
  scoreField,
} from "#domain/assessment/assessment-input.ts";
import { formatNok } from "#domain/i18n/format.ts";
import { useLocale, useT } from "../../web/locale.ts";
import { Choice } from "../choice.tsx";
import { Button, Paragraph } from "../designsystemet.tsx";
import { FormErrors, getFormProps, TextInput } from "../form-kit.tsx";
import { SelectField } from "../select-field.tsx";
import type { Criterion } from "./assessment-list.tsx";

// One assessor's assessment: a score and a comment per criterion of the programme, and a
// recommendation with an amount or reasons. The same schema checks it in the browser and on the server.

export function AssessmentForm({
  view,
  lastResult,
}: {
  view: { criteria: Criterion[]; requested: number; defaults?: Record<string, string> };
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const schema = assessmentInputSchema(t, {
    criteria: view.criteria.map((c) => c.id),
    requested: view.requested,
  });
  const [form, typedFields] = useForm({
    id: "assessment",
    lastResult,
    defaultValue: view.defaults,
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  // The fields are named after the programme's criteria, which the compiler cannot know.
  const fields = typedFields as unknown as Record<string, FieldMetadata<string | undefined>>;
  const labels: Record<string, string> = {
    recommendation: t("assessment.recommendation"),
    amount: t("assessment.amount"),
    reasons: t("assessment.reasons"),
  };
  for (const criterion of view.criteria) {
    labels[scoreField(criterion.id)] = t("assessment.scoreOf", { criterion: criterion.name });
    labels[commentField(criterion.id)] = t("assessment.commentOf", { criterion: criterion.name });
  }
  const scoreOptions = [
    { value: "", label: t("assessment.score.choose") },
    ...Array.from({ length: maxScore + 1 }, (_, score) => ({
      value: String(score),
      label: t(`assessment.score.${score as 0 | 1 | 2 | 3 | 4 | 5}`),
    })),
  ];
  const recommendation = fields.recommendation!;
  return (
    <Form method="post" className="bb-form" {...getFormProps(form)}>
      <FormErrors form={form} fieldLabels={labels} />
      <input type="hidden" name="intent" value="save" />
      <Paragraph>{t("assessment.form.help", { low: lowScore })}</Paragraph>
      {view.criteria.map((criterion) => {
        const score = fields[scoreField(criterion.id)]!;
        const comment = fields[commentField(criterion.id)]!;
        return (
          <fieldset key={criterion.id} className="bb-fieldset">
            <legend>{criterion.name}</legend>
            <SelectField
              key={score.key}
              id={score.id}
              name={score.name}
              label={t("assessment.score")}
              defaultValue={(score.initialValue as string | undefined) ?? ""}
              options={scoreOptions}
              error={score.errors?.join(" ")}
            />
            <TextInput field={comment} label={t("assessment.comment")} multiline />
          </fieldset>
        );
      })}
      <fieldset
        className="bb-fieldset"
        aria-describedby={recommendation.errors ? `${recommendation.id}-error` : undefined}
      >
        <legend>{t("assessment.recommendation")}</legend>
        {(["approve", "reject"] as const).map((value) => (
          <Choice
            key={value}
            type="radio"
            id={value === "approve" ? recommendation.id : `${recommendation.id}-${value}`}
            name={recommendation.name}
            value={value}
            label={t(`assessment.recommendation.${value}`)}
            defaultChecked={recommendation.initialValue === value}
          />
        ))}
        {recommendation.errors && (
          <p className="ds-validation-message" id={`${recommendation.id}-error`}>
            {recommendation.errors.join(" ")}
          </p>
        )}
      </fieldset>
      <TextInput
        field={fields.amount!}
        label={t("assessment.amount")}
        description={t("assessment.amount.help", { max: formatNok(locale, view.requested) })}
      />
      <TextInput
        field={fields.reasons!}
        label={t("assessment.reasons")}
        description={t("assessment.reasons.help")}
        multiline
      />
      <div>
        <Button type="submit">{t("assessment.save")}</Button>
      </div>
    </Form>
  );
}
