import { dictionary } from "@zxcvbn-ts/language-common";
import { normalisePasswordText } from "./password-policy.ts";

// The most common leaked passwords, for the password policy's "not a known password" rule: the
// 49,233-entry "passwords-common" list of @zxcvbn-ts/language-common (MIT; ranked from public
// password leaks), bundled with the package, so no password is ever sent anywhere. Server only:
// the list is far too big for a page's JavaScript; the browser leaves this one rule to the server.

let list: Set<string> | undefined;

function commonPasswords(): Set<string> {
  list ??= new Set(dictionary["passwords-common"].map((p) => normalisePasswordText(p)));
  return list;
}

// A known password with digits or punctuation added at the end ("dragon123456789") is the first
// thing a guesser tries, so it counts as the known one.
const trailingDigitsAndPunctuation = /[\p{N}\p{P}\p{S}\s]+$/u;

/** True when the password, ignoring case, is on the list, with or without a tail of digits and marks. */
export function isCommonPassword(password: string): boolean {
  const normalised = normalisePasswordText(password);
  const known = commonPasswords();
  if (known.has(normalised)) return true;
  const stem = normalised.replace(trailingDigitsAndPunctuation, "");
  return stem.length > 0 && stem !== normalised && known.has(stem);
}
