// Job payloads and error messages end up in logs and on the administrators' failed-jobs page. Jobs are
// meant to carry ids only, but an SMTP server's error ("550 <ola@example.no>: no such user") or a
// careless payload must not leak personal data there either.

const emailAddress = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[^\s@<>()[\]"',;:]+/g;
const personalKey =
  /^(e-?mail|to|cc|bcc|recipient|from|name|\w*name|phone|address|password|token|secret|link|url)$/i;

const redacted = "[redacted]";
const maxDepth = 4;
const maxString = 500;

/** Replaces e-mail addresses in free text, and bounds its length. */
export function redactPersonalData(text: string): string {
  const cleaned = text.replace(emailAddress, "[e-mail]");
  return cleaned.length > maxString ? `${cleaned.slice(0, maxString)}…` : cleaned;
}

/** A copy of a job's data fit to show: ids and flags stay, anything that may name a person does not. */
export function redactJobData(data: unknown, depth = 0): unknown {
  if (data === null || typeof data === "number" || typeof data === "boolean") return data;
  if (typeof data === "string") return redactPersonalData(data);
  if (depth >= maxDepth || typeof data !== "object") return redacted;
  if (Array.isArray(data)) return data.slice(0, 20).map((item) => redactJobData(item, depth + 1));
  return Object.fromEntries(
    Object.entries(data as Record<string, unknown>).map(([key, value]) => [
      key,
      personalKey.test(key) ? redacted : redactJobData(value, depth + 1),
    ]),
  );
}
