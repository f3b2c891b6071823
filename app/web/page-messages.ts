import { createContext } from "react";
import type { PageMessages } from "#domain/i18n/format-message.ts";

// A page's JavaScript holds no catalogue: the server sends the messages a page shows with the page's
// data, in the page's language (ADR 0017). Each route names them in its handle (route-handle.ts).

/** What the language layout's loader sends: the messages of every route on the page but the root's. */
export interface PageMessagesData {
  messages: PageMessages;
}

/** Messages that arrive another way than loader data: the root's error page when the root loader failed. */
export const ErrorMessagesContext = createContext<PageMessages | undefined>(undefined);
