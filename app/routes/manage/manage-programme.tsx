import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, redirect, useSearchParams } from "react-router";
import { localeNames } from "#domain/i18n/locales.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { findProgramme } from "#domain/programmes/list-all-programmes.server.ts";
import { ownWorkKinds, ownWorkSides } from "#domain/programmes/own-work-kinds.ts";
import {
  programmeRulesFormSchema,
  programmeRulesFormValues,
  ruleProblemMessage,
} from "#domain/programmes/programme-rules-form.ts";
import { updateProgrammeRules } from "#domain/programmes/update-programme-rules.server.ts";
import { barentsRegions } from "#domain/regions/barents-regions.ts";
import { barentsCountries, locales } from "#vocabulary/vocabulary.ts";
import { Alert, Button, Fieldset, Link, Paragraph } from "../../components/designsystemet.tsx";
import { FormErrors, formKitMessages, getFormProps } from "../../components/form-kit.tsx";
import { BoundSelect, BoundText, CheckboxGroup } from "../../components/manage/manage-fields.tsx";
import {
  addKeys,
  ListError,
  NamedRows,
  namedSections,
  programmeRulesLabels,
  rowKeys,
} from "../../components/manage/programme-rules-rows.tsx";
import { Page, SectionHeading } from "../../components/page.tsx";
import { notFoundPage } from "../../web/answer.server.ts";
import { localeFrom, localePath, useLocale, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import { requirePermission } from "../../web/session.server.ts";
import type { Route } from "./+types/manage-programme";

export const handle: RouteHandle = {
  messages: ["manage", "programme.country", "programme.rate", "programme.side", ...formKitMessages],
};

// A programme's rules, edited by a programme manager. Rows (rates, priority areas, costs...) are
// added and removed with submit buttons (Conform's list intents): with JavaScript the form changes
// in place, without it the server answers with the form one row longer or shorter, nothing saved.
// Saving changes only the programme: applications already sent keep the rules they were sent under.
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  await requirePermission(request, context, locale, "programmes.edit");
  const programme = await findProgramme(context.services.db, params.programmeId.slice(0, 100));
  if (!programme) throw notFoundPage();
  const country = programme.rules.applicantCountry;
  return {
    id: programme.id,
    name: programme.name[locale],
    active: programme.active,
    // Part of the form's id: after a save the form starts again from the stored rules.
    revision: programme.updatedAt.getTime(),
    applicantCountry: country,
    values: programmeRulesFormValues(programme.rules),
    existingIds: [
      ...programme.rules.priorityAreas.map((a) => `priorityAreas:${a.id}`),
      ...programme.rules.costCategories.map((c) => `costCategories:${c.id}`),
      ...programme.rules.requiredAttachments.map((a) => `requiredAttachments:${a.id}`),
    ],
    applicantRegions: barentsRegions
      .filter((r) => r.country === country)
      .map((r) => ({ value: r.id, label: r.name[locale] })),
    partnerCountries: barentsCountries.filter((c) => c !== country),
    partnerRegions: barentsRegions
      .filter((r) => r.country !== country)
      .map((r) => ({ value: r.id, label: r.name[locale] })),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const user = await requirePermission(request, context, locale, "programmes.edit");
  const programme = await findProgramme(context.services.db, params.programmeId.slice(0, 100));
  if (!programme) throw notFoundPage();
  const t = createTranslator(locale);
  const schema = programmeRulesFormSchema(t, locale, programme.rules.applicantCountry);
  const submission = parseWithZod(await readForm(request), { schema });
  // No status: a row was added or removed (a form without JavaScript); show the form again, unsaved.
  if (submission.status === undefined) return data({ result: submission.reply() }, { status: 200 });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = await updateProgrammeRules(
    context.services.db,
    { id: user.id, label: `user:${user.id}` },
    programme.id,
    submission.value,
  );
  if (!result.ok) {
    if (result.kind === "not-found") throw notFoundPage();
    // The form schema makes the same checks, so this is a programme changed in between.
    const fieldErrors: Record<string, string[]> = {};
    for (const problem of result.problems)
      fieldErrors[problem.field] = [
        ...(fieldErrors[problem.field] ?? []),
        ruleProblemMessage(t, locale, problem),
      ];
    return data(
      {
        result: submission.reply({
          fieldErrors,
          formErrors: result.problems.length ? [] : [t(result.reason)],
        }),
      },
      { status: 400 },
    );
  }
  return redirect(`/${locale}/manage/programmes/${encodeURIComponent(programme.id)}?saved=1`);
}

export default function ManageProgramme({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    id: `programme-rules-${loaderData.revision}`,
    defaultValue: loaderData.values,
    lastResult: actionData?.result,
    onValidate: ({ formData }) =>
      parseWithZod(formData, { schema: programmeRulesFormSchema(t, locale, loaderData.applicantCountry) }),
  });
  const existing = new Set(loaderData.existingIds);
  const rates = fields.ownWorkRates.getFieldList();

  const labels = programmeRulesLabels(t, fields);

  const side = (code: string) =>
    code === "NO" || code === "SE" || code === "FI" || code === "RU"
      ? t(`programme.country.${code}`)
      : t("programme.side.any");

  return (
    <Page title={t("manage.programme.title", { name: loaderData.name })}>
      {!actionData && searchParams.has("saved") && (
        <Alert data-color="success" role="status">
          {t("manage.programme.saved")}
        </Alert>
      )}
      <Paragraph>{t("manage.programme.intro")}</Paragraph>
      <ul className="bb-inline-list">
        {loaderData.active && (
          <li>
            <Link href={localePath(locale, `/programmes/${loaderData.id}`)}>
              {t("manage.programme.publicPage")}
            </Link>
          </li>
        )}
        <li>
          <Link href={localePath(locale, "/manage")}>{t("manage.call.backToList")}</Link>
        </li>
      </ul>

      <Form method="post" className="bb-form" {...getFormProps(form)}>
        {/* Enter in a field presses the form's first submit button: make that one Save, not "Remove rate 1". */}
        <button type="submit" className="bb-visually-hidden" tabIndex={-1} aria-hidden="true">
          {t("manage.programme.save")}
        </button>
        <FormErrors form={form} fieldLabels={labels} />

        <SectionHeading>{t("manage.programme.section.funding")}</SectionHeading>
        <BoundText field={fields.maxSharePercent} label={labels.maxSharePercent!} />
        <BoundText field={fields.businessMaxSharePercent} label={labels.businessMaxSharePercent!} />
        <BoundText field={fields.fullFundingBelowTotalCost} label={labels.fullFundingBelowTotalCost!} />
        <BoundText field={fields.foodPerPersonPerDay} label={labels.foodPerPersonPerDay!} />

        <SectionHeading>{t("manage.programme.section.decisions")}</SectionHeading>
        <BoundText field={fields.boardThreshold} label={labels.boardThreshold!} />
        <BoundText
          field={fields.boardDeadlines}
          label={labels.boardDeadlines!}
          description={t("manage.programme.boardDeadlinesHint")}
        />

        <SectionHeading>{t("manage.programme.section.afterGrant")}</SectionHeading>
        <BoundText field={fields.advanceMaxPercent} label={labels.advanceMaxPercent!} />
        <BoundText field={fields.minOwnFundingPercent} label={labels.minOwnFundingPercent!} />
        <BoundText field={fields.auditorAboveGrant} label={labels.auditorAboveGrant!} />

        <SectionHeading>{t("manage.programme.section.regions")}</SectionHeading>
        <CheckboxGroup
          field={fields.applicantRegions}
          legend={labels.applicantRegions!}
          options={loaderData.applicantRegions}
        />
        <CheckboxGroup
          field={fields.partnerCountries}
          legend={labels.partnerCountries!}
          options={loaderData.partnerCountries.map((code) => ({ value: code, label: side(code) }))}
        />
        <CheckboxGroup
          field={fields.partnerRegions}
          legend={labels.partnerRegions!}
          options={loaderData.partnerRegions}
        />
        <BoundText field={fields.minPartners} label={labels.minPartners!} />

        <SectionHeading>{t("manage.programme.section.rates")}</SectionHeading>
        <ListError field={fields.ownWorkRates} />
        {rates.map((row, index) => {
          const rowFields = row.getFieldset();
          const rowName = t("manage.programme.rate.row", { number: index + 1 });
          return (
            <Fieldset key={row.key}>
              <Fieldset.Legend>{rowName}</Fieldset.Legend>
              <div className="bb-filters">
                <BoundSelect
                  field={rowFields.kind}
                  label={t("programme.rate.kind")}
                  placeholder={t("manage.programme.choose")}
                  options={ownWorkKinds.map((kind) => ({ value: kind, label: t(`programme.rate.${kind}`) }))}
                />
                <BoundSelect
                  field={rowFields.side}
                  label={t("programme.rate.side")}
                  placeholder={t("manage.programme.choose")}
                  options={ownWorkSides.map((code) => ({ value: code, label: side(code) }))}
                />
                <BoundText field={rowFields.nokPerHour} label={t("manage.programme.rate.nokPerHour")} />
                <Button
                  type="submit"
                  variant="tertiary"
                  data-size="sm"
                  {...form.remove.getButtonProps({ name: fields.ownWorkRates.name, index })}
                >
                  {t("manage.programme.remove", { row: rowName })}
                </Button>
              </div>
            </Fieldset>
          );
        })}
        <div>
          <Button
            type="submit"
            variant="secondary"
            {...form.insert.getButtonProps({ name: fields.ownWorkRates.name })}
          >
            {t("manage.programme.add.rate")}
          </Button>
        </div>

        {namedSections.map(({ list, section, withId }) => (
          <NamedRows
            key={list}
            t={t}
            list={fields[list]}
            heading={t(`manage.programme.section.${section}`)}
            rowName={(number) => t(rowKeys[section], { number })}
            addLabel={t(addKeys[section])}
            withId={withId}
            isExisting={(id) => existing.has(`${list}:${id}`)}
            removeButton={(index) => form.remove.getButtonProps({ name: fields[list].name, index })}
            insertButton={form.insert.getButtonProps({ name: fields[list].name })}
          />
        ))}

        <SectionHeading>{t("manage.programme.section.languages")}</SectionHeading>
        <CheckboxGroup
          field={fields.languages}
          legend={labels.languages!}
          options={locales.map((l) => ({ value: l, label: localeNames[l] }))}
        />

        <div>
          <Button type="submit">{t("manage.programme.save")}</Button>
        </div>
      </Form>
    </Page>
  );
}
