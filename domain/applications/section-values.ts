import type { ApplicationForm } from "./application-form.ts";
import type { FormSection } from "./section-schemas.ts";

// What each step stores, as data: the walker below keeps exactly these keys, strings only, so a
// forged form field ("__proto__", "status", an object where a string belongs) never reaches the
// database. Lengths are bounded here too: the schemas say "too long" for what a person might type,
// this refuses what only a script would send.

type Shape = "text" | { [key: string]: Shape } | [Shape];

const localised: Shape = { nb: "text", en: "text", ru: "text" };

const shapes: Record<FormSection, Shape> = {
  project: {
    title: localised,
    summary: localised,
    cooperation: localised,
    priorityArea: "text",
    isBusinessProject: "text",
    startDate: "text",
    endDate: "text",
  },
  applicant: { contactName: "text", contactEmail: "text", contactPhone: "text" },
  partners: { items: [{ name: "text", kind: "text", country: "text", region: "text", email: "text" }] },
  activities: {
    items: [
      {
        title: "text",
        startDate: "text",
        endDate: "text",
        place: "text",
        participantsApplicant: "text",
        participantsPartner: "text",
      },
    ],
  },
  budget: {
    lines: [{ category: "text", description: "text", amount: "text", foodPersons: "text", foodDays: "text" }],
    ownWork: [{ kind: "text", side: "text", hours: "text", description: "text" }],
  },
  financing: { requested: "text", ownFunds: "text", partnerContributions: "text", otherSources: "text" },
};

/** No stored text is longer than this, whatever was sent (the longest field allows 3,000). */
export const hardTextLimit = 20_000;
/** No list has more rows than this (the schemas allow 50). */
export const hardRowLimit = 200;

export class SectionTooLargeError extends Error {}

function pick(shape: Shape, value: unknown): unknown {
  if (shape === "text") {
    if (typeof value !== "string") return undefined;
    if (value.length > hardTextLimit) throw new SectionTooLargeError("text too long");
    return value;
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return undefined;
    if (value.length > hardRowLimit) throw new SectionTooLargeError("too many rows");
    return value.map((row) => pick(shape[0], row) ?? {});
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) {
    const picked = pick(shape[key]!, (value as Record<string, unknown>)[key]);
    if (picked !== undefined) result[key] = picked;
  }
  return result;
}

/** The values of one step out of a submitted form's payload: known keys, strings only, bounded. */
export function pickSectionValues<S extends FormSection>(
  section: S,
  payload: unknown,
): NonNullable<ApplicationForm[S]> {
  return (pick(shapes[section], payload) ?? {}) as NonNullable<ApplicationForm[S]>;
}

/** The same values with blank strings removed, as the schemas (and Conform in the browser) read them. */
export function withoutBlanks(value: unknown): unknown {
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (Array.isArray(value)) return value.map((row) => withoutBlanks(row) ?? {});
  if (typeof value === "object" && value !== null) {
    const result: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      const cleaned = withoutBlanks(inner);
      if (cleaned !== undefined) result[key] = cleaned;
    }
    return result;
  }
  return value;
}

/**
 * The paths ("items.2.amount") whose values differ between two versions of a step, for telling a
 * user exactly which fields someone else changed since they opened the page.
 */
export function changedPaths(before: unknown, after: unknown, prefix = ""): string[] {
  if (typeof before === "string" || typeof after === "string" || before == null || after == null) {
    const a = typeof before === "string" ? before : "";
    const b = typeof after === "string" ? after : "";
    if (typeof before === "object" && before !== null) return changedPaths(before, {}, prefix);
    if (typeof after === "object" && after !== null) return changedPaths({}, after, prefix);
    return a === b ? [] : [prefix];
  }
  const keys = new Set([...Object.keys(before as object), ...Object.keys(after as object)]);
  return [...keys].flatMap((key) =>
    changedPaths(
      (before as Record<string, unknown>)[key],
      (after as Record<string, unknown>)[key],
      prefix ? `${prefix}.${key}` : key,
    ),
  );
}

/** The value at a path ("items.2.amount") of a step's values, or "" when there is none. */
export function valueAtPath(values: unknown, path: string): string {
  let current: unknown = values;
  for (const key of path.split(".")) {
    if (typeof current !== "object" || current === null) return "";
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === "string" ? current : "";
}
