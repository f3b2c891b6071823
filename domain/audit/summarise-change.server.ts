import { canonicalJson } from "./hash-audit-entry.server.ts";
import { type AuditJson, redactAuditValue } from "./redact-audit-value.ts";

/**
 * Before/after as the audit log stores them. When both sides are plain objects only the fields that
 * differ are kept (an edit form resubmitting twenty unchanged fields is one line in the log, not
 * forty). Change detection looks at the full values, so a password that changed still shows up, as
 * a redacted marker on both sides.
 */
export function summariseChange(
  before: unknown,
  after: unknown,
): { before: AuditJson | undefined; after: AuditJson | undefined } {
  if (isPlainObject(before) && isPlainObject(after)) {
    const changedBefore: Record<string, unknown> = {};
    const changedAfter: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (sameValue(before[key], after[key])) continue;
      if (key in before && before[key] !== undefined) changedBefore[key] = before[key];
      if (key in after && after[key] !== undefined) changedAfter[key] = after[key];
    }
    return { before: redactAuditValue(changedBefore), after: redactAuditValue(changedAfter) };
  }
  return {
    before: before === undefined ? undefined : redactAuditValue(before),
    after: after === undefined ? undefined : redactAuditValue(after),
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return canonicalJson(comparable(a)) === canonicalJson(comparable(b));
}

/** Dates and bigints compared by value; everything else as JSON sees it. */
function comparable(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value ?? null, (_key, v) => (typeof v === "bigint" ? `${v}n` : v)) ?? "null",
  );
}
