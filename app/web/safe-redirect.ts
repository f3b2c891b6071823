// Where to send someone after login, registration or a link in an e-mail, when the place comes
// from input (a query parameter, a hidden field, a Better Auth callbackURL): only a path on this
// site. What counts is what a browser does with the Location header, not how the string looks:
// browsers drop tabs and newlines inside URLs, read "\" as "/", and take "//host" as another site,
// so "/%09/evil.example" or "/\evil.example" leave the site although they start with one "/".
// Rather than predict every browser, we refuse anything a link of ours never contains.

const maxLength = 2000;

/** Percent-decoding rounds we follow (double, triple encoding); anything deeper is refused. */
const maxDecodingRounds = 3;

// In any decoded form: control, format (zero-width, bidi) and unassigned characters, every kind of
// space, the backslash, and the look-alikes of "/" and "\" (fraction and division slashes, set
// minus, fullwidth and small forms).
const forbiddenCharacter = /[\p{C}\p{Z}\\\u2044\u2215\u2216\u29f5\u29f8\u29f9\ufe68\uff0f\uff3c]/u;

// As typed, a link of ours is printable ASCII only: the browser percent-encodes everything else.
const printableAscii = /^[\x21-\x7e]+$/;

const probeOrigin = "https://redirect-check.invalid";

/** True when `value` is a path on this site that no browser reads as leading anywhere else. */
export function isSafeRedirectPath(value: unknown): value is string {
  if (typeof value !== "string" || value.length > maxLength || !printableAscii.test(value)) return false;
  let form = value;
  for (let round = 0; ; round++) {
    // A path on this site: one "/" and then no second one anywhere (no "//host", no "/a//b"), so
    // no scheme ("https:", "javascript:") either, which would have to come before the first "/".
    if (!form.startsWith("/") || form.includes("//") || forbiddenCharacter.test(form)) return false;
    let decoded: string;
    try {
      decoded = decodeURIComponent(form);
    } catch {
      return false; // malformed percent-encoding
    }
    if (decoded === form) break;
    if (round === maxDecodingRounds) return false;
    form = decoded;
  }
  // The URL parser has the last word: resolved against any origin, it stays there.
  try {
    return new URL(value, probeOrigin).origin === probeOrigin;
  } catch {
    return false;
  }
}

/** `value` when it is a safe path on this site (see isSafeRedirectPath), otherwise `fallback`. */
export function safeRedirectPath(value: unknown, fallback: string): string {
  return isSafeRedirectPath(value) ? value : fallback;
}
