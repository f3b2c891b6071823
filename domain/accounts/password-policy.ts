// The password rule, after NIST SP 800-63B rev. 4 (section 3.1.1.2, passwords):
// - at least 15 characters where the password is the only factor, 8 once a second factor is
//   enrolled (none can be yet: the issue that adds TOTP and passkeys passes hasSecondFactor);
// - at most 128, so passphrases fit (NIST asks for at least 64);
// - no composition rules (no "one digit and one capital"), no hints, no periodic change;
// - not a commonly used or leaked password, nor a repeated or sequential run ("aaaa…", "1234…");
// - not the person's own e-mail address or name (see containsPersonalPart for what that means).
// Characters are counted as Unicode code points, as NIST asks; spaces and every script are allowed.
// Each check returns which rule failed, so the message can say it in the person's language.
// Pure: the list of leaked passwords is handed in (it lives on the server, see common-passwords.server.ts),
// so the same rule runs in the browser for what the browser can check.

import type { Translate } from "#domain/i18n/translate.ts";

export const passwordLength = { alone: 15, withSecondFactor: 8, max: 128 } as const;

/** Parts of a name or e-mail address shorter than this are too common to forbid ("ola", "li"). */
export const minimumPersonalPart = 4;

export type PasswordRule =
  | { rule: "too-short"; min: number }
  | { rule: "too-long"; max: number }
  | { rule: "contains-email" }
  | { rule: "contains-name" }
  | { rule: "common" }
  | { rule: "predictable" };

export type PasswordVerdict = { ok: true } | ({ ok: false } & PasswordRule);

export interface PasswordContext {
  hasSecondFactor: boolean;
  /** The leaked-password list (server only); without it that rule is left to the server. */
  isCommonPassword?: (password: string) => boolean;
}

export interface Person {
  email?: string | null;
  name?: string | null;
}

/** The message for a failed password rule: it says which rule, in the page's language. */
export function passwordRuleMessage(t: Translate, failure: PasswordRule): string {
  switch (failure.rule) {
    case "too-short":
      return t("account.password.tooShort", { min: failure.min });
    case "too-long":
      return t("form.tooLong", { max: failure.max });
    case "contains-email":
      return t("account.password.containsEmail");
    case "contains-name":
      return t("account.password.containsName");
    case "common":
      return t("account.password.common");
    case "predictable":
      return t("account.password.predictable");
  }
}

export const minimumPasswordLength = (hasSecondFactor: boolean) =>
  hasSecondFactor ? passwordLength.withSecondFactor : passwordLength.alone;

/** Lower case after compatibility normalisation, so "ＫＡＲＩ" and "Kari" compare equal. */
export const normalisePasswordText = (text: string) => text.normalize("NFKC").toLowerCase();

const codePoints = (text: string) => [...text].length;

/** Every rule, in the order a person should hear about them: length, the person, guessability. */
export function checkNewPassword(
  password: string,
  person: Person,
  context: PasswordContext,
): PasswordVerdict {
  const length = codePoints(password);
  const min = minimumPasswordLength(context.hasSecondFactor);
  if (length < min) return { ok: false, rule: "too-short", min };
  if (length > passwordLength.max) return { ok: false, rule: "too-long", max: passwordLength.max };
  const personal = checkPasswordAgainstPerson(password, person);
  if (!personal.ok) return personal;
  if (context.isCommonPassword?.(password)) return { ok: false, rule: "common" };
  if (isPredictable(normalisePasswordText(password))) return { ok: false, rule: "predictable" };
  return { ok: true };
}

/** The rules about the person alone: the password must not contain their e-mail address or name. */
export function checkPasswordAgainstPerson(password: string, person: Person): PasswordVerdict {
  const text = normalisePasswordText(password);
  if (person.email && containsPersonalPart(text, emailParts(person.email))) {
    return { ok: false, rule: "contains-email" };
  }
  if (person.name && containsPersonalPart(text, nameParts(person.name))) {
    return { ok: false, rule: "contains-name" };
  }
  return { ok: true };
}

// A password "contains" the e-mail address or the name when, compared case-insensitively after
// NFKC normalisation and with everything but letters and digits left out of both (so "Kari_Nordmann"
// and "kari.nordmann" compare equal), it contains the whole address, the whole name, or a part of
// either of at least `minimumPersonalPart` letters: the part before "@" and its words (split at
// anything but letters: ".", "_", "-", "+", digits), and the words of the name. The domain is left
// out: forbidding "gmail" or "yandex" would hit everyone there and protect no one.
const partSeparator = /[^\p{L}\p{M}]+/u;
const squeeze = (text: string) => text.replace(/[^\p{L}\p{M}\p{N}]+/gu, "");

export function emailParts(email: string): string[] {
  const normalised = normalisePasswordText(email.trim());
  const at = normalised.lastIndexOf("@");
  const local = at === -1 ? normalised : normalised.slice(0, at);
  return [normalised, local, ...local.split(partSeparator)];
}

export function nameParts(name: string): string[] {
  const normalised = normalisePasswordText(name.trim()).replace(/\s+/g, " ");
  return [normalised, ...normalised.split(partSeparator)];
}

function containsPersonalPart(password: string, parts: string[]): boolean {
  const text = squeeze(password);
  return parts.some((part) => {
    const squeezed = squeeze(part);
    return codePoints(squeezed) >= minimumPersonalPart && text.includes(squeezed);
  });
}

// One unit of up to four characters repeated ("aaaa…", "abab…", "abcdabcd…"), or a straight run
// up or down the alphabet or the digits ("abcdef…", "98765…", "…7890123…").
function isPredictable(password: string): boolean {
  const chars = [...password];
  for (let unit = 1; unit <= 4; unit++) {
    if (chars.every((c, i) => i < unit || c === chars[i - unit])) return true;
  }
  const codes = chars.map((c) => c.codePointAt(0) ?? 0);
  const isDigit = (code: number) => code >= 48 && code <= 57;
  for (const step of [1, -1]) {
    const run = codes.every((code, i) => {
      if (i === 0) return true;
      const previous = codes[i - 1]!;
      if (isDigit(code) && isDigit(previous)) return (previous - 48 + step + 10) % 10 === code - 48;
      return code - previous === step;
    });
    if (run) return true;
  }
  return false;
}
