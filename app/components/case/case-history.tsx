import type { HistoryEntry } from "#domain/workbench/case-view.ts";
import { useT } from "../../web/locale.ts";
import { PageSection } from "../page-section.tsx";

/** The case's history in the secretariat's words, oldest first, with who did each step. */
export function CaseHistory({ history }: { history: HistoryEntry[] }) {
  const t = useT();
  return (
    <PageSection id="history-heading" heading={t("workbench.case.history")}>
      <ol className="bb-history">
        {history.map((event) => (
          <li key={event.id}>
            <time>{event.at}</time>: {event.text}
            {event.actor ? ` (${event.actor})` : ""}
          </li>
        ))}
      </ol>
    </PageSection>
  );
}
