import { data } from "react-router";

/**
 * The one way an action reads a form body (issue #13, ADR 0018). Whatever a browser, a script or
 * an attacker sends, the answer is either a FormData within the limits below or a thrown 4xx that
 * the page's error boundary shows in the user's language; nothing is parsed past a limit, so no
 * field name (`items[99999999].name`), nesting or size can make the server build something huge.
 * Conform + Zod then read the FormData (one schema for server and browser).
 */
export interface FormLimits {
  /** The whole body, in bytes: 413 past it (a file upload names its own, larger limit). */
  maxBytes: number;
  /** How many fields a form may hold. */
  maxFields: number;
  /** How long a field's name may be, in characters. */
  maxNameLength: number;
  /** How deep a name may nest (`a.b[0].c` is 4 deep). */
  maxDepth: number;
  /** The largest list index a name may carry (`lines[199]`): no form of ours holds more rows. */
  maxIndex: number;
  /** Whether multipart/form-data (file uploads) is accepted. */
  files: boolean;
}

export const defaultFormLimits: FormLimits = {
  maxBytes: 256 * 1024,
  maxFields: 2000,
  maxNameLength: 200,
  maxDepth: 6,
  maxIndex: 200,
  files: false,
};

/** Why a body was refused: the status and the message key the error page shows. */
export type BodyRefusal =
  | { status: 413; reason: "too-large" }
  | { status: 415; reason: "unsupported-type" }
  | { status: 400; reason: "bad-encoding" | "too-many-fields" | "bad-name" | "nul-byte" };

/**
 * The refusal as a thrown response. The root's error boundary shows it in the page's language;
 * the shell's messages are added to it on the server like to any error that comes before the root
 * loader's data (app/web/error-messages.server.ts).
 */
function refusal(verdict: BodyRefusal) {
  return data({ reason: verdict.reason }, { status: verdict.status });
}

const formUrlencoded = "application/x-www-form-urlencoded";
const multipart = "multipart/form-data";

export async function readForm(request: Request, limits: Partial<FormLimits> = {}): Promise<FormData> {
  const rules = { ...defaultFormLimits, ...limits };
  const [type = "", ...parameters] = (request.headers.get("content-type") ?? "")
    .split(";")
    .map((part) => part.trim().toLowerCase());
  const isMultipart = type === multipart;
  // Forms are read as UTF-8 (what browsers send); another declared charset would be misread.
  const charset = parameters
    .find((p) => p.startsWith("charset="))
    ?.slice("charset=".length)
    .replaceAll('"', "");
  const readable = charset === undefined || charset === "utf-8" || charset === "us-ascii";
  if (
    !readable ||
    (type !== formUrlencoded && !(rules.files && isMultipart) && !(type === "" && !request.body))
  ) {
    throw refusal({ status: 415, reason: "unsupported-type" });
  }
  // Declared too large: answered at once, unread. What is left of a body after an answer is
  // read and thrown away by the server (server/request-body.ts), so the client sees the 413.
  if (Number(request.headers.get("content-length") ?? 0) > rules.maxBytes)
    throw refusal({ status: 413, reason: "too-large" });
  const bytes = await readUpTo(request.body, rules.maxBytes);
  if (!bytes) throw refusal({ status: 413, reason: "too-large" });

  let form: FormData;
  if (isMultipart) {
    try {
      form = await new Response(bytes as Uint8Array<ArrayBuffer>, {
        headers: { "content-type": request.headers.get("content-type") ?? "" },
      }).formData();
    } catch {
      throw refusal({ status: 400, reason: "bad-encoding" });
    }
  } else {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      // A percent-escape that decodes to bytes which are not UTF-8 is refused too.
      decodeURIComponent(text.replaceAll("+", " "));
    } catch {
      throw refusal({ status: 400, reason: "bad-encoding" });
    }
    form = new FormData();
    for (const [name, value] of new URLSearchParams(text)) form.append(name, value);
  }
  const verdict = checkFields(form, rules);
  if (verdict) throw refusal(verdict);
  return form;
}

/**
 * The body, or null when it is longer than maxBytes (chunked bodies declare no length). Reading
 * stops there without cancelling: cancelling would destroy the connection before the 413 is sent.
 */
async function readUpTo(
  stream: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Uint8Array | null> {
  if (!stream) return new Uint8Array();
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) return null;
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The first rule the fields break, or null: pure, so the limits are tested without a server. */
export function checkFields(form: FormData, rules: FormLimits = defaultFormLimits): BodyRefusal | null {
  let count = 0;
  for (const [name, value] of form) {
    count += 1;
    if (count > rules.maxFields) return { status: 400, reason: "too-many-fields" };
    if (name.includes("\0") || (typeof value === "string" && value.includes("\0")))
      return { status: 400, reason: "nul-byte" };
    const badName = checkName(name, rules);
    if (badName) return badName;
    // U+FFFD is what a decoder writes for bytes that were not text (a multipart part).
    if (typeof value === "string" && value.includes("\uFFFD")) return { status: 400, reason: "bad-encoding" };
  }
  return null;
}

/** One part of a field name as Conform reads it: a key, or a list index in brackets. */
const namePart = /([^.[\]]+)|\[(\d*)\]/g;
/** Keys that would reach an object's prototype: Conform throws on them (a 500), so they are refused. */
const forbiddenKeys = new Set(["__proto__", "constructor", "prototype"]);

/**
 * A field name is a key, then `.key` or `[index]` parts (`budget.lines[3].amount`), as Conform
 * reads it. Conform throws on anything else (`a[x]`, `a..b`, `[0]`), which would answer 500, and
 * it builds a list as long as the largest index it meets, so each index is bounded here.
 */
function checkName(name: string, rules: FormLimits): BodyRefusal | null {
  const bad = { status: 400, reason: "bad-name" } as const;
  if (name.length === 0 || name.length > rules.maxNameLength) return bad;
  let depth = 0;
  let end = 0;
  for (const match of name.matchAll(namePart)) {
    const [, key, index] = match;
    const gap = match.index - end;
    // The name starts with a key; later parts follow directly, or after one "." when they are keys.
    const joined =
      depth === 0
        ? gap === 0 && key !== undefined
        : gap === 0 || (gap === 1 && name[end] === "." && key !== undefined);
    if (!joined) return bad;
    if (key !== undefined && forbiddenKeys.has(key)) return bad;
    if (index !== undefined && !(index !== "" && Number(index) <= rules.maxIndex)) return bad;
    depth += 1;
    if (depth > rules.maxDepth) return bad;
    end = match.index + match[0].length;
  }
  return end === name.length ? null : bad;
}
