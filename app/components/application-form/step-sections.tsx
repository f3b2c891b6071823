import type { ReactNode } from "react";
import type { ApplicantOrganisation } from "#domain/applications/application-form.ts";
import { type Locale, locales } from "#vocabulary/vocabulary.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import { Button, Heading, Paragraph, Table } from "../designsystemet.tsx";
import { StepCheckbox, StepChoice, StepText } from "./step-fields.tsx";

// The fields of each step. Names follow the stored form (domain/applications/application-form.ts).

export interface StepOptions {
  priorityAreas: { value: string; label: string }[];
  languages: string;
  businessShare: number;
  categories: { value: string; label: string }[];
  ownWorkKinds: { value: string; label: string }[];
  sides: { value: string; label: string }[];
  countries: { value: string; label: string }[];
  regions: { value: string; label: string }[];
  foodCap: string;
}

export interface Totals {
  cashCosts: string;
  ownWork: string;
  totalCosts: string;
  requested: string;
  financing: string;
  difference: string;
  balanced: boolean;
  share: string;
  maxRequested: string;
}

const languageLabel: Record<Locale, { nb: string; en: string; ru: string }> = {
  nb: { nb: "norsk", en: "Norwegian", ru: "норвежский" },
  en: { nb: "engelsk", en: "English", ru: "английский" },
  ru: { nb: "russisk", en: "Russian", ru: "русский" },
};

export function ProjectFields({ options }: { options: StepOptions }) {
  const t = useT();
  const locale = useLocale();
  const texts = [
    { name: "title", label: t("application.field.title"), multiline: false },
    {
      name: "summary",
      label: t("application.field.summary"),
      multiline: true,
      hint: t("application.field.summary.hint", { max: 3000 }),
    },
    {
      name: "cooperation",
      label: t("application.field.cooperation"),
      multiline: true,
      hint: t("application.field.cooperation.hint"),
    },
  ];
  return (
    <>
      <Paragraph>{t("application.field.languages.hint", { languages: options.languages })}</Paragraph>
      {texts.map((text) => (
        <fieldset key={text.name} className="bb-fieldset">
          <legend>{text.label}</legend>
          {text.hint && <Paragraph data-size="sm">{text.hint}</Paragraph>}
          {locales.map((language) => (
            <StepText
              key={language}
              name={`${text.name}.${language}`}
              label={t("application.field.inLanguage", {
                field: text.label,
                language: languageLabel[language][locale],
              })}
              multiline={text.multiline}
            />
          ))}
        </fieldset>
      ))}
      <StepChoice
        name="priorityArea"
        label={t("application.field.priorityArea")}
        options={options.priorityAreas}
        chooseLabel={t("application.field.choose")}
      />
      <StepCheckbox
        name="isBusinessProject"
        label={t("application.field.isBusinessProject")}
        description={t("application.field.isBusinessProject.hint", { percent: options.businessShare })}
      />
      <StepText name="startDate" label={t("application.field.startDate")} type="date" />
      <StepText name="endDate" label={t("application.field.endDate")} type="date" />
    </>
  );
}

export function ApplicantFields({ organisation }: { organisation: ApplicantOrganisation & { id: string } }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <Heading level={2} data-size="xs">
        {t("application.applicant.organisation")}
      </Heading>
      <dl className="bb-facts">
        <dt>{t("organisation.name")}</dt>
        <dd>{organisation.name}</dd>
        <dt>{t("organisation.orgNumber")}</dt>
        <dd>{organisation.orgNumber ?? "–"}</dd>
        <dt>{t("organisation.address")}</dt>
        <dd>{organisation.address ?? "–"}</dd>
        <dt>{t("organisation.county")}</dt>
        <dd>{organisation.county ?? "–"}</dd>
      </dl>
      <Paragraph>
        <a href={localePath(locale, `/organisations/${organisation.id}`)}>
          {t("application.applicant.change")}
        </a>
      </Paragraph>
      <StepText name="contactName" label={t("application.field.contactName")} autoComplete="name" />
      <StepText
        name="contactEmail"
        label={t("application.field.contactEmail")}
        type="email"
        autoComplete="email"
      />
      <StepText
        name="contactPhone"
        label={t("application.field.contactPhone")}
        type="tel"
        autoComplete="tel"
      />
    </>
  );
}

function rowsOf(values: unknown, list: string): unknown[] {
  const rows = (values as Record<string, unknown> | undefined)?.[list];
  return Array.isArray(rows) ? rows : [];
}

/**
 * A list of rows in a step (partners, activities, cost lines, own work): one fieldset per row with
 * its remove button, and an add button. The buttons post the step with an intent, so the list
 * changes without JavaScript too (see row-intents.ts).
 */
function RowList({
  values,
  list,
  legend,
  removeLabel,
  addLabel,
  children,
}: {
  values: unknown;
  list: string;
  legend: (number: number) => string;
  removeLabel: (number: number) => string;
  addLabel: string;
  children: (row: (field: string) => string) => ReactNode;
}) {
  const rows = rowsOf(values, list);
  return (
    <>
      {rows.map((_, index) => (
        <fieldset
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the stored list; the form remounts on each saved revision
          key={index}
          className="bb-fieldset"
          id={index === rows.length - 1 ? `${list}-last` : undefined}
        >
          <legend>{legend(index + 1)}</legend>
          {children((field) => `${list}[${index}].${field}`)}
          <div>
            <Button
              type="submit"
              name="intent"
              value={`remove:${list}:${index}`}
              variant="tertiary"
              data-size="sm"
            >
              {removeLabel(index + 1)}
            </Button>
          </div>
        </fieldset>
      ))}
      <div>
        <Button type="submit" name="intent" value={`add:${list}`} variant="secondary">
          {addLabel}
        </Button>
      </div>
    </>
  );
}

export function PartnersFields({ values, options }: { values: unknown; options: StepOptions }) {
  const t = useT();
  return (
    <RowList
      values={values}
      list="items"
      legend={(number) => t("application.partner.heading", { number })}
      removeLabel={(number) => t("application.partner.remove", { number })}
      addLabel={t("application.partner.add")}
    >
      {(row) => (
        <>
          <StepText name={row("name")} label={t("application.field.partnerName")} />
          <StepChoice
            name={row("kind")}
            label={t("application.field.partnerKind")}
            chooseLabel={t("application.field.choose")}
            options={[
              { value: "organisation", label: t("application.field.partnerKind.organisation") },
              { value: "person", label: t("application.field.partnerKind.person") },
            ]}
          />
          <StepChoice
            name={row("country")}
            label={t("application.field.country")}
            options={options.countries}
            chooseLabel={t("application.field.choose")}
          />
          <StepChoice
            name={row("region")}
            label={t("application.field.region")}
            options={options.regions}
            chooseLabel={t("application.field.choose")}
          />
          <StepText name={row("email")} label={t("application.field.email")} type="email" />
        </>
      )}
    </RowList>
  );
}

export function ActivitiesFields({ values }: { values: unknown }) {
  const t = useT();
  return (
    <RowList
      values={values}
      list="items"
      legend={(number) => t("application.activity.heading", { number })}
      removeLabel={(number) => t("application.activity.remove", { number })}
      addLabel={t("application.activity.add")}
    >
      {(row) => (
        <>
          <StepText name={row("title")} label={t("application.field.activityTitle")} />
          <StepText name={row("startDate")} label={t("application.field.startDate")} type="date" />
          <StepText name={row("endDate")} label={t("application.field.endDate")} type="date" />
          <StepText name={row("place")} label={t("application.field.place")} />
          <StepText
            name={row("participantsApplicant")}
            label={t("application.field.participantsApplicant")}
            inputMode="numeric"
          />
          <StepText
            name={row("participantsPartner")}
            label={t("application.field.participantsPartner")}
            inputMode="numeric"
          />
        </>
      )}
    </RowList>
  );
}

export function BudgetFields({
  values,
  options,
  totals,
}: {
  values: unknown;
  options: StepOptions;
  totals: Totals;
}) {
  const t = useT();
  return (
    <>
      <Heading level={2} data-size="xs">
        {t("application.budget.costs")}
      </Heading>
      <Paragraph data-size="sm">{t("application.field.food.hint", { amount: options.foodCap })}</Paragraph>
      <RowList
        values={values}
        list="lines"
        legend={(number) => t("application.budget.line", { number })}
        removeLabel={(number) => t("application.budget.removeLine", { number })}
        addLabel={t("application.budget.addLine")}
      >
        {(row) => (
          <>
            <StepChoice
              name={row("category")}
              label={t("application.field.category")}
              options={options.categories}
              chooseLabel={t("application.field.choose")}
            />
            <StepText name={row("description")} label={t("application.field.description")} />
            <StepText name={row("amount")} label={t("application.field.amount")} inputMode="numeric" />
            <StepText
              name={row("foodPersons")}
              label={t("application.field.foodPersons")}
              inputMode="numeric"
            />
            <StepText name={row("foodDays")} label={t("application.field.foodDays")} inputMode="numeric" />
          </>
        )}
      </RowList>
      <Heading level={2} data-size="xs">
        {t("application.budget.ownWork")}
      </Heading>
      <Paragraph data-size="sm">{t("application.budget.ownWork.hint")}</Paragraph>
      <RowList
        values={values}
        list="ownWork"
        legend={(number) => t("application.budget.ownWorkLine", { number })}
        removeLabel={(number) => t("application.budget.removeOwnWork", { number })}
        addLabel={t("application.budget.addOwnWork")}
      >
        {(row) => (
          <>
            <StepChoice
              name={row("kind")}
              label={t("application.field.ownWorkKind")}
              options={options.ownWorkKinds}
              chooseLabel={t("application.field.choose")}
            />
            <StepChoice
              name={row("side")}
              label={t("application.field.side")}
              options={options.sides}
              chooseLabel={t("application.field.choose")}
            />
            <StepText name={row("hours")} label={t("application.field.hours")} inputMode="decimal" />
            <StepText name={row("description")} label={t("application.field.description")} />
          </>
        )}
      </RowList>
      <TotalsTable totals={totals} />
    </>
  );
}

export function FinancingFields({ totals }: { totals: Totals }) {
  const t = useT();
  return (
    <>
      <StepText name="requested" label={t("application.field.requested")} inputMode="numeric" />
      <StepText name="ownFunds" label={t("application.field.ownFunds")} inputMode="numeric" />
      <StepText
        name="partnerContributions"
        label={t("application.field.partnerContributions")}
        inputMode="numeric"
      />
      <StepText name="otherSources" label={t("application.field.otherSources")} inputMode="numeric" />
      <TotalsTable totals={totals} />
    </>
  );
}

export function TotalsTable({ totals }: { totals: Totals }) {
  const t = useT();
  const rows: [string, string][] = [
    [t("application.totals.cashCosts"), totals.cashCosts],
    [t("application.totals.ownWork"), totals.ownWork],
    [t("application.totals.totalCosts"), totals.totalCosts],
    [t("application.field.requested"), totals.requested],
    [t("application.totals.financing"), totals.financing],
    [t("application.totals.difference"), totals.difference],
    [t("application.totals.share"), totals.share],
    [t("application.totals.maxRequested"), totals.maxRequested],
  ];
  return (
    <Table data-size="sm" className="bb-totals">
      <caption>{t("application.totals.heading")}</caption>
      <Table.Body>
        {rows.map(([label, value]) => (
          <Table.Row key={label}>
            <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
            <Table.Cell>{value}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
