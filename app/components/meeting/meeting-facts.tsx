import { useT } from "../../web/locale.ts";

/** The meeting's programme, the year's budget with what is approved and left, and whether it is open. */
export function MeetingFacts({
  view,
}: {
  view: {
    programme: string;
    budget: { budget: string; approved: string; left: string };
    closedAt: string | null;
  };
}) {
  const t = useT();
  return (
    <dl className="bb-facts">
      <dt>{t("meetings.programme")}</dt>
      <dd>{view.programme}</dd>
      <dt>{t("meetings.budgetForYear")}</dt>
      <dd>{view.budget.budget}</dd>
      <dt>{t("meeting.approvedThisYear")}</dt>
      <dd>{view.budget.approved}</dd>
      <dt>{t("meetings.budgetLeft")}</dt>
      <dd>
        <strong>{view.budget.left}</strong>
      </dd>
      <dt>{t("meetings.status")}</dt>
      <dd>{view.closedAt ? t("meeting.closedAt", { date: view.closedAt }) : t("meetings.status.open")}</dd>
    </dl>
  );
}
