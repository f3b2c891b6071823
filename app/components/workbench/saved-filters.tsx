import { type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "react-router";
import { maxSavedFilters, type SavedFilter, savedFilterSchema } from "#domain/workbench/saved-filter-form.ts";
import { useT } from "../../web/locale.ts";
import { Button, Link, Paragraph } from "../designsystemet.tsx";
import { FormErrors, getFormProps, TextInput } from "../form-kit.tsx";
import { PageSection } from "../page-section.tsx";
import { PostButton } from "../post-button.tsx";

/**
 * The person's saved workbench views: each a link to its list and a button that deletes it, and
 * the form that saves the list as it is now under a name. `queryString` is the list shown now, so
 * that after a save or a delete the person comes back to it.
 */
export function SavedFilters({
  saved,
  queryString,
  lastResult,
}: {
  saved: (SavedFilter & { href: string })[];
  queryString: string;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const t = useT();
  const [form, fields] = useForm({
    id: "save-filter",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: savedFilterSchema(t) }),
  });
  return (
    <PageSection id="saved-heading" heading={t("workbench.saved.heading")}>
      {saved.length === 0 ? (
        <Paragraph>{t("workbench.saved.none")}</Paragraph>
      ) : (
        <ul>
          {saved.map((filter) => (
            <li key={filter.id} className="bb-actions">
              <Link href={filter.href}>{filter.name}</Link>
              <PostButton
                intent="delete-filter"
                fields={{ filterId: filter.id, query: queryString }}
                variant="tertiary"
                size="sm"
              >
                {t("workbench.saved.delete")} <span className="bb-visually-hidden">{filter.name}</span>
              </PostButton>
            </li>
          ))}
        </ul>
      )}
      <Form method="post" className="bb-form" {...getFormProps(form)}>
        <FormErrors form={form} fieldLabels={{ name: t("workbench.saved.name") }} />
        <input type="hidden" name="intent" value="save-filter" />
        <input type="hidden" name="query" value={queryString} />
        <TextInput
          field={fields.name}
          label={t("workbench.saved.name")}
          description={t("workbench.saved.hint", { max: maxSavedFilters })}
        />
        <div>
          <Button type="submit" variant="secondary">
            {t("workbench.saved.save")}
          </Button>
        </div>
      </Form>
    </PageSection>
  );
}
