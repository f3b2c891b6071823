import type { CaseState, MeetingKind } from "#vocabulary/vocabulary.ts";
import { useT } from "../../web/locale.ts";
import { Tag } from "../designsystemet.tsx";

/** The facts an adviser looks for first: state, applicant, programme and call, dates, who handles it. */
export function CaseFacts({
  view,
}: {
  view: {
    status: CaseState;
    organisation: string;
    programme: string;
    call: string;
    submittedAt: string | null;
    decidedBy: MeetingKind | null;
    adviser: string | null;
    office: string | null;
  };
}) {
  const t = useT();
  return (
    <dl className="bb-facts">
      <dt>{t("workbench.column.state")}</dt>
      <dd>
        <Tag data-size="sm">{t(`case.state.${view.status}`)}</Tag>
      </dd>
      <dt>{t("workbench.column.organisation")}</dt>
      <dd>{view.organisation}</dd>
      <dt>{t("workbench.column.programme")}</dt>
      <dd>{view.programme}</dd>
      <dt>{t("workbench.param.call")}</dt>
      <dd>{view.call}</dd>
      <dt>{t("workbench.column.submitted")}</dt>
      <dd>{view.submittedAt ?? "–"}</dd>
      <dt>{t("workbench.case.decidedBy")}</dt>
      <dd>{view.decidedBy ? t(`workbench.decidedBy.${view.decidedBy}`) : "–"}</dd>
      <dt>{t("workbench.column.adviser")}</dt>
      <dd>{view.adviser ?? t("workbench.list.unassigned")}</dd>
      <dt>{t("workbench.column.office")}</dt>
      <dd>{view.office ?? "–"}</dd>
    </dl>
  );
}
