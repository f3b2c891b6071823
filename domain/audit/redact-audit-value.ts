// What goes into an audit entry's before/after: a short, JSON-only picture of the change that never
// holds a credential. The log cannot be edited afterwards, so anything secret written here would stay
// forever; the rules are applied on every write, not left to callers.

export const REDACTED = "[redacted]";
export const MAX_STRING_LENGTH = 200;
export const MAX_ARRAY_ITEMS = 20;
export const MAX_DEPTH = 5;

/** Words that mark a key whose value is a credential (matched per word of camelCase/snake_case keys). */
const secretWords = new Set([
  "password",
  "passwd",
  "pwd",
  "secret",
  "token",
  "tokens",
  "salt",
  "otp",
  "totp",
  "credential",
  "credentials",
  "cookie",
  "cookies",
  "authorization",
]);
const secretCompounds = ["apikey", "privatekey", "accesskey", "passphrase", "passcode"];

export function isSecretKey(key: string): boolean {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.some((word) => secretWords.has(word))) return true;
  const joined = words.join("");
  return secretCompounds.some((compound) => joined.includes(compound));
}

export type AuditJson = null | boolean | number | string | AuditJson[] | { [key: string]: AuditJson };

/**
 * A JSON value that is safe and short to store: secret keys replaced by a marker (so the log still
 * shows *that* a password changed), long strings and arrays cut, deep nesting summarised, and values
 * JSON or jsonb cannot hold (Dates, bigints, NUL characters, lone surrogates) converted, so that what
 * is hashed is exactly what the database gives back.
 */
export function redactAuditValue(value: unknown, depth = 0): AuditJson {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value : null;
    case "bigint":
      return value.toString();
    case "string":
      return shortenString(value);
    case "function":
    case "symbol":
      return null;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  if (depth >= MAX_DEPTH) return "[…]";
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ARRAY_ITEMS).map((item) => redactAuditValue(item, depth + 1));
    if (value.length > MAX_ARRAY_ITEMS) items.push(`[… ${value.length - MAX_ARRAY_ITEMS} more]`);
    return items;
  }
  const result: { [key: string]: AuditJson } = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
    result[cleanString(key)] = isSecretKey(key) ? REDACTED : redactAuditValue(item, depth + 1);
  }
  return result;
}

function shortenString(text: string): string {
  const clean = cleanString(text);
  if (clean.length <= MAX_STRING_LENGTH) return clean;
  return `${clean.slice(0, MAX_STRING_LENGTH)}… [${clean.length} chars]`;
}

/** jsonb refuses \u0000 and unpaired surrogates; JSON would carry them, the database would not. */
function cleanString(text: string): string {
  return text.replaceAll("\u0000", "").toWellFormed();
}
