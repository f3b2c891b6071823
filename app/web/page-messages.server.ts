import { routes } from "virtual:react-router/server-build";
import type { PageMessages } from "#domain/i18n/format-message.ts";
import type { MessagePrefix } from "#domain/i18n/message-keys.ts";
import { pickMessages } from "#domain/i18n/translate.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import type { RouteHandle } from "./route-handle.ts";

// Which messages a page gets: the handles of the routes its URL pattern matches (React Router gives
// every loader the pattern, e.g. ":lang/projects/:projectId"), read from the server build's route
// manifest. The root sends its own (the shell) from its loader.

let prefixesByPattern: Map<string, MessagePrefix[]> | undefined;

function routePattern(id: string): string {
  const parts: string[] = [];
  for (let route = routes[id]; route; route = route.parentId ? routes[route.parentId] : undefined)
    if (route.path) parts.unshift(route.path);
  // The same joining as React Router's own pattern.
  return parts.join("/").replace(/\/\/+/g, "/") || "/";
}

function byPattern(): Map<string, MessagePrefix[]> {
  if (!prefixesByPattern) {
    prefixesByPattern = new Map();
    for (const route of Object.values(routes)) {
      if (!route) continue;
      const prefixes = new Set<MessagePrefix>();
      for (
        let r: typeof route | undefined = route;
        r && r.id !== "root";
        r = r.parentId ? routes[r.parentId] : undefined
      )
        for (const prefix of (r.module.handle as RouteHandle | undefined)?.messages ?? [])
          prefixes.add(prefix);
      const pattern = routePattern(route.id);
      prefixesByPattern.set(pattern, [...new Set([...(prefixesByPattern.get(pattern) ?? []), ...prefixes])]);
    }
  }
  return prefixesByPattern;
}

/** The messages of the page at `pattern` (the loader's `pattern`), the root's excepted. */
export function pageMessages(locale: Locale, pattern: string): PageMessages {
  return pickMessages(locale, byPattern().get(pattern) ?? []);
}
