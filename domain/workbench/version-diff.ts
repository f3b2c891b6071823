import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { changedPaths, valueAtPath } from "#domain/applications/section-values.ts";
import type { SubmittedAttachment } from "#domain/applications/submitted-content.ts";
import { fieldOrder, parseFieldPath } from "./form-fields.ts";

// What changed between two sent versions of an application (after a return to the applicant): the
// form field by field, and the attachments by file. Paths are the stored form's own
// ("budget.lines.2.amount"); form-fields.ts gives them their labels and shows their values.

export interface FieldChange {
  path: string;
  before: string;
  after: string;
}

export interface VersionDiff {
  fields: FieldChange[];
  attachmentsAdded: SubmittedAttachment[];
  attachmentsRemoved: SubmittedAttachment[];
}

/** Where a path comes in the form: its step, its row (numerically: row 10 after row 9), its field, its language. */
function position(path: string): [number, number, number, string] {
  const parsed = parseFieldPath(path);
  const field = fieldOrder.indexOf(parsed.field);
  const listStart = parsed.list ? fieldOrder.findIndex((f) => f.startsWith(`${parsed.list}.`)) : -1;
  return parsed.list
    ? [listStart, parsed.row ?? 0, field, parsed.language ?? ""]
    : [field === -1 ? fieldOrder.length : field, 0, 0, parsed.language ?? ""];
}

function comparePaths(a: string, b: string): number {
  const pa = position(a);
  const pb = position(b);
  for (let i = 0; i < 3; i += 1) if (pa[i] !== pb[i]) return (pa[i] as number) - (pb[i] as number);
  return pa[3] === pb[3] ? (a < b ? -1 : a > b ? 1 : 0) : pa[3] < pb[3] ? -1 : 1;
}

export function diffVersions(
  before: { form: ApplicationForm; attachments: SubmittedAttachment[] },
  after: { form: ApplicationForm; attachments: SubmittedAttachment[] },
): VersionDiff {
  const fields = changedPaths(before.form, after.form)
    .map((path) => ({ path, before: valueAtPath(before.form, path), after: valueAtPath(after.form, path) }))
    // Whitespace typed around a value is no change a reader could see.
    .filter((change) => change.before.trim() !== change.after.trim())
    .sort((a, b) => comparePaths(a.path, b.path));
  // The same file (by checksum) under the same name is the same attachment, whatever its row id.
  const key = (file: SubmittedAttachment) => `${file.sha256}:${file.fileName}`;
  const beforeKeys = new Set(before.attachments.map(key));
  const afterKeys = new Set(after.attachments.map(key));
  return {
    fields,
    attachmentsAdded: after.attachments.filter((file) => !beforeKeys.has(key(file))),
    attachmentsRemoved: before.attachments.filter((file) => !afterKeys.has(key(file))),
  };
}
