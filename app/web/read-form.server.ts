import { data } from "react-router";
import { readWithinLimit } from "#domain/attachments/read-within-limit.ts";
import { pickMessages } from "#domain/i18n/translate.ts";
import { isLocale } from "#vocabulary/vocabulary.ts";
import { shellMessages } from "./shell-messages.ts";

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
 * the shell's messages travel with it, since an action's error leaves no root loader data.
 */
function refusal(request: Request, verdict: BodyRefusal, headers?: HeadersInit) {
  const first = new URL(request.url).pathname.split("/")[1];
  const messages = pickMessages(isLocale(first) ? first : "nb", shellMessages);
  return data({ reason: verdict.reason, messages }, { status: verdict.status, headers });
}

const formUrlencoded = "application/x-www-form-urlencoded";
const multipart = "multipart/form-data";

export async function readForm(request: Request, limits: Partial<FormLimits> = {}): Promise<FormData> {
  const rules = { ...defaultFormLimits, ...limits };
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const isMultipart = type === multipart;
  if (type !== formUrlencoded && !(rules.files && isMultipart) && !(type === "" && !request.body)) {
    throw refusal(request, { status: 415, reason: "unsupported-type" });
  }
  // Far beyond the limit: answer at once and close the connection rather than read the rest.
  const drainUpTo = 4 * rules.maxBytes;
  if (Number(request.headers.get("content-length") ?? 0) > drainUpTo) {
    throw refusal(request, { status: 413, reason: "too-large" }, { Connection: "close" });
  }
  const body = await readWithinLimit(request.body, rules.maxBytes, { drainUpTo });
  if (!body.ok)
    throw refusal(
      request,
      { status: 413, reason: "too-large" },
      body.drained ? undefined : { Connection: "close" },
    );

  let form: FormData;
  if (isMultipart) {
    try {
      form = await new Response(body.bytes as Uint8Array<ArrayBuffer>, {
        headers: { "content-type": request.headers.get("content-type") ?? "" },
      }).formData();
    } catch {
      throw refusal(request, { status: 400, reason: "bad-encoding" });
    }
  } else {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body.bytes);
      // A percent-escape that decodes to bytes which are not UTF-8 is refused too.
      decodeURIComponent(text.replaceAll("+", " "));
    } catch {
      throw refusal(request, { status: 400, reason: "bad-encoding" });
    }
    form = new FormData();
    for (const [name, value] of new URLSearchParams(text)) form.append(name, value);
  }
  const verdict = checkFields(form, rules);
  if (verdict) throw refusal(request, verdict);
  return form;
}

/** The first rule the fields break, or null: pure, so the limits are tested without a server. */
export function checkFields(form: FormData, rules: FormLimits = defaultFormLimits): BodyRefusal | null {
  let count = 0;
  for (const [name, value] of form) {
    count += 1;
    if (count > rules.maxFields) return { status: 400, reason: "too-many-fields" };
    if (name.length === 0 || name.length > rules.maxNameLength) return { status: 400, reason: "bad-name" };
    if (name.includes("\0") || (typeof value === "string" && value.includes("\0")))
      return { status: 400, reason: "nul-byte" };
    if (typeof value === "string" && value.includes("\uFFFD")) return { status: 400, reason: "bad-encoding" };
    const segments = name.split(/[.[]/);
    if (segments.length > rules.maxDepth) return { status: 400, reason: "bad-name" };
    for (const match of name.matchAll(/\[(\d*)\]/g)) {
      const index = match[1] === "" ? Number.NaN : Number(match[1]);
      if (!(index <= rules.maxIndex)) return { status: 400, reason: "bad-name" };
    }
  }
  return null;
}
