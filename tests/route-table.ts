import type { RouteConfigEntry } from "@react-router/dev/routes";
import routes from "../app/routes.ts";

/** One page or endpoint of the app, as `app/routes.ts` declares it (not a hand-kept list). */
export interface RouteEntry {
  /** React Router's id: the file without its extension ("routes/cases/case"). */
  id: string;
  file: string;
  /** The full URL pattern ("/:lang/cases/:applicationId/screening"). */
  pattern: string;
}

function flatten(entries: readonly RouteConfigEntry[], parent: string): RouteEntry[] {
  return entries.flatMap((entry) => {
    const pattern = entry.path ? `${parent.replace(/\/$/, "")}/${entry.path}` : parent || "/";
    const own =
      entry.index || !entry.children?.length
        ? [{ id: entry.id ?? entry.file.replace(/\.[tj]sx?$/, ""), file: entry.file, pattern }]
        : [];
    return [...own, ...flatten(entry.children ?? [], pattern)];
  });
}

/** Every leaf route (a page or endpoint someone can ask for), in declaration order. */
export const routeTable: readonly RouteEntry[] = flatten(routes, "");

/**
 * A concrete URL for a pattern: the language given, every other parameter from `values` or a
 * placeholder that names no existing row ("/en/cases/x-missing"). A splat becomes "no-such-page".
 */
export function urlFor(pattern: string, lang: string, values: Record<string, string> = {}): string {
  return pattern
    .replace(":lang", lang)
    .replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(values[name] ?? `x-missing-${name}`))
    .replace("/*", "/no-such-page");
}
