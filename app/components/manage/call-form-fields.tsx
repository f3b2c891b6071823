import { callKinds } from "#vocabulary/vocabulary.ts";
import { useT } from "../../web/locale.ts";
import { type BoundField, BoundSelect, BoundText } from "./manage-fields.tsx";

/** The call form's fields, by name; both the new-call and the edit-call page use them. */
export type CallFields = Record<
  | "titleNb"
  | "titleEn"
  | "titleRu"
  | "kind"
  | "opensDate"
  | "opensTime"
  | "closesDate"
  | "closesTime"
  | "budgetNok",
  BoundField
>;

export function callFieldLabels(
  t: ReturnType<typeof useT>,
): Record<keyof CallFields | "programmeId", string> {
  return {
    programmeId: t("call.form.programme"),
    titleNb: t("call.form.titleNb"),
    titleEn: t("call.form.titleEn"),
    titleRu: t("call.form.titleRu"),
    kind: t("call.form.kind"),
    opensDate: t("call.form.opensDate"),
    opensTime: t("call.form.opensTime"),
    closesDate: t("call.form.closesDate"),
    closesTime: t("call.form.closesTime"),
    budgetNok: t("call.form.budget"),
  };
}

export function CallFormFields({ fields }: { fields: CallFields }) {
  const t = useT();
  const labels = callFieldLabels(t);
  return (
    <>
      <BoundText field={fields.titleNb} label={labels.titleNb} />
      <BoundText field={fields.titleEn} label={labels.titleEn} />
      <BoundText field={fields.titleRu} label={labels.titleRu} />
      <BoundSelect
        field={fields.kind}
        label={labels.kind}
        options={callKinds.map((kind) => ({ value: kind, label: t(`call.form.kind.${kind}`) }))}
      />
      <BoundText
        field={fields.opensDate}
        label={labels.opensDate}
        description={t("call.form.dateHint")}
        type="date"
      />
      <BoundText field={fields.opensTime} label={labels.opensTime} description={t("call.form.timeHint")} />
      <BoundText
        field={fields.closesDate}
        label={labels.closesDate}
        description={`${t("call.form.dateHint")} ${t("call.form.closesHint")}`}
        type="date"
      />
      <BoundText
        field={fields.closesTime}
        label={labels.closesTime}
        description={t("call.form.closesTimeHint")}
      />
      <BoundText field={fields.budgetNok} label={labels.budgetNok} description={t("call.form.budgetHint")} />
    </>
  );
}
