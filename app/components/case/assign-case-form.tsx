import { type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "react-router";
import { assignmentSchema } from "#domain/workbench/assignment-form.ts";
import { useT } from "../../web/locale.ts";
import { Button } from "../designsystemet.tsx";
import { FormErrors, getFormProps } from "../form-kit.tsx";
import { PageSection } from "../page-section.tsx";
import { SelectField } from "../select-field.tsx";

type Option = { value: string; label: string };

/** Who handles the case: the office, and an adviser of that office or nobody yet. */
export function AssignCaseForm({
  officeId,
  adviserId,
  offices,
  advisers,
  lastResult,
}: {
  officeId: string;
  adviserId: string;
  offices: Option[];
  advisers: Option[];
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const t = useT();
  const [form, fields] = useForm({
    id: "assign",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: assignmentSchema(t) }),
  });
  return (
    <PageSection id="assign-heading" heading={t("workbench.assign.heading")}>
      <Form method="post" className="bb-form" {...getFormProps(form)}>
        <FormErrors
          form={form}
          fieldLabels={{
            officeId: t("workbench.assign.office"),
            adviserId: t("workbench.assign.adviser"),
          }}
        />
        <input type="hidden" name="intent" value="assign" />
        <SelectField
          id={fields.officeId.id}
          name={fields.officeId.name}
          label={t("workbench.assign.office")}
          defaultValue={officeId}
          options={offices}
          error={fields.officeId.errors?.join(" ")}
        />
        <SelectField
          id={fields.adviserId.id}
          name={fields.adviserId.name}
          label={t("workbench.assign.adviser")}
          description={t("workbench.assign.adviserHint")}
          defaultValue={adviserId}
          options={[{ value: "", label: t("workbench.assign.nobody") }, ...advisers]}
          error={fields.adviserId.errors?.join(" ")}
        />
        <div>
          <Button type="submit" variant="secondary">
            {t("workbench.assign.submit")}
          </Button>
        </div>
      </Form>
    </PageSection>
  );
}
