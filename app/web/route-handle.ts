import { useMatches } from "react-router";
import type { MessagePrefix } from "#domain/i18n/message-keys.ts";

/**
 * What a route tells the page shell about itself (its `handle` export).
 * - `messages`: the message prefixes it shows (below).
 * - `hydrate: false`: the page is sent as HTML and CSS only, without the JavaScript that would
 *   hydrate it. For pages that do everything with links and forms (the public pages people read:
 *   home, programmes, calls, the project catalogue, statistics, open data): they load faster and
 *   stay within the public pages' JavaScript budget (ADR 0011). A page with such a handle must not
 *   depend on JavaScript for anything; the no-JavaScript end-to-end tests hold it to that.
 */
export interface RouteHandle {
  hydrate?: boolean;
  /**
   * The messages the route shows, sent with the page's data in its language (ADR 0017): a prefix
   * is every key it begins ("projects" every projects.* key, "case.state" every case.state.* key).
   */
  messages?: readonly MessagePrefix[];
}

/** Whether the matched page wants its JavaScript: no route on the way down said `hydrate: false`. */
export function useHydration(): boolean {
  return useMatches().every((match) => (match.handle as RouteHandle | undefined)?.hydrate !== false);
}
