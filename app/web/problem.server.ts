// The one shape of an error answer on the API and on the server's own refusals outside pages:
// an RFC 9457 problem document. `title` and `detail` are already in the reader's language.

export interface ProblemFields {
  status: number;
  /** A short, translated summary ("The request body is too large"). */
  title: string;
  /** What exactly was wrong, translated, when there is more to say than the title. */
  detail?: string;
  /** A stable machine-readable code for clients ("body-too-large", "unknown-parameter"). */
  code?: string;
  /** Extension members, such as the parameter at fault or the allowed values. */
  [extension: string]: unknown;
}

/** The problem document as a JSON body (for Express answers and loaders alike). */
export function problemBody(fields: ProblemFields): string {
  return JSON.stringify({ type: "about:blank", ...fields });
}

export const problemContentType = "application/problem+json; charset=utf-8";

/** A problem answer for a loader or an action of the API. */
export function problem(fields: ProblemFields, headers: HeadersInit = {}): Response {
  const merged = new Headers(headers);
  merged.set("Content-Type", problemContentType);
  merged.set("Cache-Control", "no-store");
  return new Response(problemBody(fields), { status: fields.status, headers: merged });
}
