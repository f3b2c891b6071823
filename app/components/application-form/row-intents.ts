import type { FormSection } from "#domain/applications/section-schemas.ts";

// Lists in the form (partners, activities, cost lines, own work) grow and shrink by buttons that
// post the whole step with an intent, so rows can be added and removed without JavaScript.

export const stepLists: Partial<Record<FormSection, readonly string[]>> = {
  partners: ["items"],
  activities: ["items"],
  budget: ["lines", "ownWork"],
};

export type RowIntent = { kind: "add"; list: string } | { kind: "remove"; list: string; index: number };

export function parseRowIntent(intent: string): RowIntent | null {
  const add = /^add:([a-zA-Z]+)$/.exec(intent);
  if (add) return { kind: "add", list: add[1]! };
  const remove = /^remove:([a-zA-Z]+):(\d{1,3})$/.exec(intent);
  if (remove) return { kind: "remove", list: remove[1]!, index: Number(remove[2]) };
  return null;
}

export function applyRowIntent<T>(section: FormSection, values: T, intent: RowIntent): T {
  if (!stepLists[section]?.includes(intent.list)) return values;
  const record = { ...(values as Record<string, unknown>) };
  const rows = Array.isArray(record[intent.list]) ? [...(record[intent.list] as unknown[])] : [];
  if (intent.kind === "add" && rows.length < 50) rows.push({});
  if (intent.kind === "remove") rows.splice(intent.index, 1);
  record[intent.list] = rows;
  return record as T;
}
