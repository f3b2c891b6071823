import type { FieldMetadata, useForm } from "@conform-to/react";
import type { Translate } from "#domain/i18n/translate.ts";
import type {
  NamedList,
  NamedRow,
  ProgrammeRulesFormValues,
} from "#domain/programmes/programme-rules-form.ts";
import { Button, Fieldset, Paragraph, ValidationMessage } from "../designsystemet.tsx";
import { SectionHeading } from "../page.tsx";
import { type BoundField, BoundText, textValue } from "./manage-fields.tsx";

// The parts of a programme's rules form that are lists of rows (priority areas, ineligible costs,
// cost categories, required attachments), and the labels the error summary gives every field.

const scalarFields = [
  "maxSharePercent",
  "businessMaxSharePercent",
  "fullFundingBelowTotalCost",
  "foodPerPersonPerDay",
  "boardThreshold",
  "boardDeadlines",
  "advanceMaxPercent",
  "minOwnFundingPercent",
  "auditorAboveGrant",
  "minPartners",
  "applicantRegions",
  "partnerCountries",
  "partnerRegions",
  "languages",
] as const;

export const namedSections: {
  list: NamedList;
  section: "areas" | "ineligible" | "categories" | "attachments";
  withId: boolean;
}[] = [
  { list: "priorityAreas", section: "areas", withId: true },
  { list: "ineligibleCosts", section: "ineligible", withId: false },
  { list: "costCategories", section: "categories", withId: true },
  { list: "requiredAttachments", section: "attachments", withId: true },
];

export const rowKeys = {
  areas: "manage.programme.area.row",
  ineligible: "manage.programme.ineligible.row",
  categories: "manage.programme.category.row",
  attachments: "manage.programme.attachment.row",
} as const;

export const addKeys = {
  areas: "manage.programme.add.area",
  ineligible: "manage.programme.add.ineligible",
  categories: "manage.programme.add.category",
  attachments: "manage.programme.add.attachment",
} as const;

const nameLabelKeys = {
  nb: "manage.programme.nameNb",
  en: "manage.programme.nameEn",
  ru: "manage.programme.nameRu",
} as const;

/** The form's fields, as Conform gives them for the programme's rules. */
export type ProgrammeRulesFields = ReturnType<typeof useForm<ProgrammeRulesFormValues>>[1];

/** Labels for the error summary: every field, rows included ("Priority area 7: Name in Russian"). */
export function programmeRulesLabels(t: Translate, fields: ProgrammeRulesFields): Record<string, string> {
  const labels: Record<string, string> = Object.fromEntries(
    scalarFields.map((name) => [name, t(`manage.programme.${name}`)]),
  );
  labels.ownWorkRates = t("manage.programme.section.rates");
  fields.ownWorkRates.getFieldList().forEach((row, index) => {
    const rowName = t("manage.programme.rate.row", { number: index + 1 });
    const rowFields = row.getFieldset();
    labels[rowFields.kind.name] = `${rowName}: ${t("programme.rate.kind")}`;
    labels[rowFields.side.name] = `${rowName}: ${t("programme.rate.side")}`;
    labels[rowFields.nokPerHour.name] = `${rowName}: ${t("manage.programme.rate.nokPerHour")}`;
  });
  for (const { list, section } of namedSections) {
    labels[list] = t(`manage.programme.section.${section}`);
    fields[list].getFieldList().forEach((row, index) => {
      const rowName = t(rowKeys[section], { number: index + 1 });
      const rowFields = row.getFieldset();
      for (const lang of ["nb", "en", "ru"] as const)
        labels[rowFields[lang].name] = `${rowName}: ${t(nameLabelKeys[lang])}`;
      labels[rowFields.id.name] = `${rowName}: id`;
    });
  }

  return labels;
}

/** A list's own error ("two rows have the same id"), where the error summary's link lands. */
export function ListError({ field }: { field: BoundField }) {
  if (!field.errors?.length) return null;
  return (
    <div id={field.id} tabIndex={-1}>
      <ValidationMessage>{field.errors.join(" ")}</ValidationMessage>
    </div>
  );
}

type ButtonProps = ReturnType<ReturnType<typeof useForm>[0]["insert"]["getButtonProps"]>;

export function NamedRows({
  t,
  list,
  heading,
  rowName,
  addLabel,
  withId,
  isExisting,
  removeButton,
  insertButton,
}: {
  t: Translate;
  list: FieldMetadata<(NamedRow | null)[] | undefined>;
  heading: string;
  rowName: (number: number) => string;
  addLabel: string;
  withId: boolean;
  isExisting: (id: string) => boolean;
  removeButton: (index: number) => ButtonProps;
  insertButton: ButtonProps;
}) {
  const rows = list.getFieldList();
  return (
    <>
      <SectionHeading>{heading}</SectionHeading>
      <Paragraph data-size="sm">{t("manage.programme.rowsHint")}</Paragraph>
      <ListError field={list} />
      {rows.map((row, index) => {
        const rowFields = row.getFieldset();
        const id = textValue(rowFields.id.initialValue);
        const name = rowName(index + 1);
        return (
          <Fieldset key={row.key}>
            <Fieldset.Legend>{name}</Fieldset.Legend>
            {withId &&
              (id && isExisting(id) ? (
                <Paragraph data-size="sm">
                  <input type="hidden" name={rowFields.id.name} value={id} />
                  {t("manage.programme.id", { id })}
                </Paragraph>
              ) : (
                <Paragraph data-size="sm">{t("manage.programme.newId")}</Paragraph>
              ))}
            <BoundText field={rowFields.nb} label={t("manage.programme.nameNb")} />
            <BoundText field={rowFields.en} label={t("manage.programme.nameEn")} />
            <BoundText field={rowFields.ru} label={t("manage.programme.nameRu")} />
            <div>
              <Button type="submit" variant="tertiary" data-size="sm" {...removeButton(index)}>
                {t("manage.programme.remove", { row: name })}
              </Button>
            </div>
          </Fieldset>
        );
      })}
      <div>
        <Button type="submit" variant="secondary" {...insertButton}>
          {addLabel}
        </Button>
      </div>
    </>
  );
}
