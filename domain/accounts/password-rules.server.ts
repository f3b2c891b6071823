import { isCommonPassword } from "./common-passwords.server.ts";
import type { PasswordContext } from "./password-policy.ts";

/**
 * The password rules for an account, on the server: the leaked-password list, and whether the
 * account has a second factor (which lowers the minimum from 15 characters to 8). No account can
 * enrol one yet; the issue that adds TOTP and passkeys answers `hasSecondFactor` here from the
 * account's factors, and every form, hook and login check follows.
 */
export function passwordRulesFor(_account: { id: string } | null): PasswordContext {
  return { hasSecondFactor: false, isCommonPassword };
}
