import { createContext } from "react";
import type { PageMessages } from "#domain/i18n/format-message.ts";
import type { MessagePrefix } from "#domain/i18n/message-keys.ts";

// A page's JavaScript holds no catalogue: the server sends the messages a page shows with the page's
// data, in the page's language (ADR 0010). Each route says which in its handle: a prefix is every
// key it begins ("projects" every projects.* key, "case.state" every case.state.* key).

export interface MessagesHandle {
  messages: readonly MessagePrefix[];
}

/** What the language layout's loader sends: the messages of every route on the page but the root's. */
export interface PageMessagesData {
  messages: PageMessages;
}

/** Messages that arrive another way than loader data: the root's error page when the root loader failed. */
export const ErrorMessagesContext = createContext<PageMessages | undefined>(undefined);
