// Norwegian organisation numbers (Brønnøysund register): nine digits, the last a modulus-11 check
// digit. Checking it catches almost every typo before an organisation is registered or an
// application is judged, without asking the register.

export type OrganisationNumberProblem = "empty" | "not-digits" | "wrong-length" | "check-digit";

export type OrganisationNumberResult =
  | { ok: true; value: string }
  | { ok: false; reason: OrganisationNumberProblem };

const weights = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/**
 * Reads an organisation number as people type it ("974 760 673", also with the no-break spaces a
 * copy from a web page brings) and returns its nine digits, or why it is not one.
 */
export function parseOrganisationNumber(input: string): OrganisationNumberResult {
  const compact = input.replace(/\s+/g, "");
  if (compact === "") return { ok: false, reason: "empty" };
  if (!/^\d+$/.test(compact)) return { ok: false, reason: "not-digits" };
  if (compact.length !== 9) return { ok: false, reason: "wrong-length" };
  const expected = checkDigit(compact);
  if (expected === null || expected !== Number(compact[8])) return { ok: false, reason: "check-digit" };
  return { ok: true, value: compact };
}

export function isValidOrganisationNumber(input: string): boolean {
  return parseOrganisationNumber(input).ok;
}

/** "974760673" -> "974 760 673", the way the register and letters print it. */
export function formatOrganisationNumber(digits: string): string {
  return digits.replace(/^(\d{3})(\d{3})(\d{3})$/, "$1 $2 $3");
}

/**
 * The check digit for the first eight digits; null when the remainder is 1, because 11 - 1 = 10 is
 * not a digit and the register never issues such numbers.
 */
function checkDigit(digits: string): number | null {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * weights[i]!;
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}
