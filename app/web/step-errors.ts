import type { z } from "zod";

/** Zod issues as a form's error map, keyed by the field names the form uses ("items[2].amount"). */
export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const name = issue.path
      .map((key, index) =>
        typeof key === "number" ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`,
      )
      .join("");
    const key = name || "";
    errors[key] = [...(errors[key] ?? []), issue.message];
  }
  return errors;
}
