import crypto from "node:crypto";
import zlib from "node:zlib";

// Validators and headers for the public open-data API (/api/v1/...). Every successful GET carries an
// ETag, and a client that sends it back in If-None-Match gets 304 with no body: the database work of
// a search is still done (or taken from the catalogue cache), but the answer crosses the wire once.
//
// Two kinds of tag:
//  - JSON answers: a weak tag of a hash of the body. It is exact (same bytes, same tag) and costs
//    nothing beyond the answer itself, which is small (a page of at most 100 items).
//  - Streamed exports (CSV, 360Giving): the body does not exist yet when the headers go out, so the
//    tag is derived before streaming from what the body is a function of: the catalogue's revision
//    (raised by every statement that changes the catalogue, in any process: one row to read), the
//    canonical query string (equal searches, equal tags), the format, and the app's version. It is
//    the same after a restart and on every instance, so a client revalidates with a 304 there too.
//    These tags are weak: they promise equal content, not a byte-for-byte proof.

/**
 * Cache-Control for the API. The catalogue changes a few times a day at most (a case approved, an
 * archive import), so a shared cache or browser may reuse an answer for a minute without asking; after
 * that it revalidates with If-None-Match and usually gets a 304. Public: nothing here depends on
 * who asks (no cookies or sessions are read).
 */
export const apiCacheControl = "public, max-age=60";

/** A weak ETag of a body: W/"<hash>". */
export function weakEtagOf(body: string | Uint8Array): string {
  return `W/"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** A weak ETag of the parts a streamed answer is made from (see the comment at the top). */
export function weakEtagFromParts(parts: (string | number | null | undefined)[]): string {
  return weakEtagOf(parts.map((part) => String(part ?? "")).join("\u0000"));
}

/** The opaque part of a tag, weak or strong ("W/\"x\"" and "\"x\"" both -> "x"). */
function opaque(tag: string): string {
  return tag.trim().replace(/^W\//, "");
}

/**
 * Does If-None-Match name this tag? Weak comparison (RFC 9110 13.1.2): W/"x" matches "x". "*"
 * matches anything. The header is bounded before it is split, so a hostile one costs nothing.
 */
export function etagMatches(request: Request, etag: string): boolean {
  const header = request.headers.get("If-None-Match");
  if (!header) return false;
  const wanted = opaque(etag);
  return header
    .slice(0, 8192)
    .split(",")
    .slice(0, 50)
    .some((candidate) => candidate.trim() === "*" || opaque(candidate) === wanted);
}

/** 304 Not Modified: no body, but the validators and caching headers of the full answer. */
export function notModified(etag: string, headers: Record<string, string> = {}): Response {
  return new Response(null, {
    status: 304,
    headers: { "Cache-Control": apiCacheControl, ...headers, ETag: etag },
  });
}

/**
 * A JSON answer of the API, with its ETag and caching headers, or 304 when the client has it
 * already. (Refusals are problem documents: app/web/api-request.server.ts. CORS headers are the
 * edge's: server/api-edge.ts.)
 */
export function apiJson(
  request: Request,
  value: unknown,
  init: { headers?: Record<string, string> } = {},
): Response {
  return apiJsonBody(request, value instanceof PreparedJson ? value : new PreparedJson(value), init);
}

/** A JSON body serialised once, with its tag (and compressed forms, for shared ones) made on first use. */
export class PreparedJson {
  readonly body: string;
  /** Served again and again (from the catalogue cache): worth compressing once, here. */
  readonly shared: boolean;
  #etag: string | undefined;
  readonly #encoded = new Map<ContentCoding, Buffer>();
  constructor(value: unknown, options: { shared?: boolean } = {}) {
    this.body = safeJson(value);
    this.shared = options.shared ?? false;
  }
  get etag(): string {
    this.#etag ??= weakEtagOf(this.body);
    return this.#etag;
  }
  encoded(coding: ContentCoding): Buffer {
    let bytes = this.#encoded.get(coding);
    if (!bytes) {
      bytes =
        coding === "br"
          ? zlib.brotliCompressSync(this.body, {
              params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_MODE]: 1 },
            })
          : zlib.gzipSync(this.body);
      this.#encoded.set(coding, bytes);
    }
    return bytes;
  }
}

type ContentCoding = "br" | "gzip";

/**
 * The compression a client accepts that we prefer (br, then gzip), or null: Accept-Encoding read
 * as RFC 9110 12.5.3 has it, "x;q=0" refusing x. Bounded before it is split.
 */
export function preferredCoding(header: string | null): ContentCoding | null {
  if (!header) return null;
  const accepted = new Set<string>();
  for (const part of header.slice(0, 1024).split(",").slice(0, 20)) {
    const [name = "", ...params] = part.split(";").map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    if (q && !(Number(q.slice(2)) > 0)) continue;
    accepted.add(name);
  }
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip") || accepted.has("*")) return "gzip";
  return null;
}

/** Bodies smaller than this go as they are: compressing them saves less than the headers weigh. */
const compressFrom = 1024;

const prepared = new WeakMap<object, Map<string, PreparedJson>>();

/**
 * The answer made from a cached value, serialised once per variant (key) and kept as long as the
 * value is: a search answered from the catalogue cache is turned into JSON and hashed once, not on
 * every request that gets it. `make` must depend only on the value and the key.
 */
export function preparedJson(value: object, key: string, make: () => unknown): PreparedJson {
  let variants = prepared.get(value);
  if (!variants) {
    variants = new Map();
    prepared.set(value, variants);
  }
  let answer = variants.get(key);
  if (!answer) {
    answer = new PreparedJson(make(), { shared: true });
    variants.set(key, answer);
  }
  return answer;
}

const identities = new WeakMap<object, number>();
let nextIdentity = 0;

/** A number for an object, the same as long as the object lives: for a variant key made of objects. */
export function identityOf(value: object): number {
  let identity = identities.get(value);
  if (identity === undefined) {
    identity = ++nextIdentity;
    identities.set(value, identity);
  }
  return identity;
}

function apiJsonBody(
  request: Request,
  prepared: PreparedJson,
  init: { headers?: Record<string, string> },
): Response {
  const body = prepared.body;
  const headers: Record<string, string> = {
    "Content-Type": "application/json; charset=utf-8",
    ...init.headers,
  };
  const etag = prepared.etag;
  // A shared answer is compressed once and the bytes reused (the server's compression middleware
  // leaves an answer with a Content-Encoding alone); it would otherwise gzip the same JSON again on
  // every request, which costs more than the rest of a cached answer.
  const compressible = prepared.shared && body.length >= compressFrom;
  const vary = compressible ? [headers.Vary, "Accept-Encoding"].filter(Boolean).join(", ") : headers.Vary;
  const cached = {
    "Cache-Control": apiCacheControl,
    ...headers,
    ...(vary ? { Vary: vary } : {}),
    ETag: etag,
  };
  if (etagMatches(request, etag)) return notModified(etag, pick(cached, ["Cache-Control", "Vary"]));
  const coding = compressible ? preferredCoding(request.headers.get("Accept-Encoding")) : null;
  if (!coding) return new Response(body, { headers: cached });
  return new Response(new Uint8Array(prepared.encoded(coding)), {
    headers: { ...cached, "Content-Encoding": coding },
  });
}

/**
 * JSON with <, > and & written as \u escapes: the same value to any JSON reader, but text from a
 * query or a project ("<script>") can never appear as markup should the answer be shown as HTML.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function pick(headers: Record<string, string>, names: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => names.includes(name)));
}
