import { createTranslator } from "#domain/i18n/translate.ts";
import { isCaseState, type Locale } from "#vocabulary/vocabulary.ts";
import type { NotificationRow } from "./list-notifications.server.ts";
import type { NotificationSide } from "./notification-kinds.server.ts";

export interface DescribedNotification {
  id: string;
  text: string;
  /** The case (staff) or the application's status page (applicants); null without an application. */
  href: string | null;
  createdAt: string;
  read: boolean;
}

/**
 * One notification in the reader's language and vocabulary: "Case 2026/00012: Approved". Staff read
 * the case state's staff name and go to the case; applicants read their application's status and go
 * to its status page. The text is made when it is read, so it follows the reader's language.
 */
export function describeNotification(
  row: NotificationRow,
  side: NotificationSide,
  locale: Locale,
): DescribedNotification {
  const t = createTranslator(locale);
  const caseNumber = typeof row.params.caseNumber === "string" ? row.params.caseNumber : "–";
  const state = row.params.state;
  let text: string;
  if (row.kind === "case.assigned") {
    text = t("notifications.item.assigned", { caseNumber });
  } else if (isCaseState(state)) {
    text = t("notifications.item.state", {
      caseNumber,
      state: t(side === "staff" ? `case.state.${state}` : `application.status.${state}`),
    });
  } else {
    text = t("notifications.item.updated", { caseNumber });
  }
  const href = row.applicationId
    ? side === "staff"
      ? `/${locale}/cases/${row.applicationId}`
      : `/${locale}/applications/${row.applicationId}/status`
    : null;
  return { id: row.id, text, href, createdAt: row.createdAt.toISOString(), read: row.readAt !== null };
}
