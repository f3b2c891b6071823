import { formatDateTime } from "#domain/i18n/format.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import type { MessageView } from "./list-messages.server.ts";

/** One message of a conversation as the pages show it: who, when (for people and for machines), what. */
export interface ThreadItem {
  id: string;
  from: string;
  at: string;
  dateTime: string;
  body: string;
}

/**
 * A conversation (the case's, between applicant and secretariat, or the team's) in the reader's
 * language. Each page says in its own words who "the secretariat" is (`staffName`).
 */
export function threadItems(
  messages: readonly MessageView[],
  locale: Locale,
  staffName: (authorName: string) => string,
): ThreadItem[] {
  return messages.map((message) => ({
    id: message.id,
    from: message.fromStaff ? staffName(message.authorName) : message.authorName,
    at: formatDateTime(locale, message.createdAt),
    dateTime: message.createdAt.toISOString(),
    body: message.body,
  }));
}
