import type { HistoryEntry } from "#domain/workbench/case-view.ts";
import { useT } from "../../web/locale.ts";
import { Heading } from "../designsystemet.tsx";

/** The case's history in the secretariat's words, oldest first, with who did each step. */
export function CaseHistory({ history }: { history: HistoryEntry[] }) {
  const t = useT();
  return (
    <section aria-labelledby="history-heading" className="bb-stack">
      <Heading level={2} data-size="sm" id="history-heading">
        {t("workbench.case.history")}
      </Heading>
      <ol className="bb-history">
        {history.map((event) => (
          <li key={event.id}>
            <time>{event.at}</time>: {event.text}
            {event.actor ? ` (${event.actor})` : ""}
          </li>
        ))}
      </ol>
    </section>
  );
}
