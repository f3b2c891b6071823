import type { Locale } from "#vocabulary/vocabulary.ts";

// A person whose password no longer meets the policy is sent to change it from every page but
// these two: the change form itself and the logout, so they are never locked out.

export const passwordChangePath = (locale: Locale) => `/${locale}/account/password`;

export function isOpenBeforePasswordChange(pathname: string): boolean {
  return /^\/(nb|en|ru)\/(account\/password|logout)\/?$/.test(pathname);
}

/** The change form, coming back to `pathAndSearch` afterwards. */
export const passwordChangeFirst = (locale: Locale, pathAndSearch: string) =>
  `${passwordChangePath(locale)}?redirectTo=${encodeURIComponent(pathAndSearch)}`;
