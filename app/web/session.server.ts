import type { AppLoadContext } from "react-router";
import { data, redirect } from "react-router";
import { checkPermission, type Permission } from "#domain/accounts/permissions.ts";
import { isLocale, type Locale, type Role } from "#vocabulary/vocabulary.ts";
import { isOpenBeforePasswordChange, passwordChangeFirst } from "./password-change.ts";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  locale: Locale;
  officeId: string | null;
  sessionId: string;
  /** The password no longer meets the policy (found at login): every page but two asks to change it. */
  passwordChangeRequired: boolean;
}

/** The logged-in user, or null. A forged or expired cookie simply finds no session. */
// The root loader and the page's loader both ask for the user of the same request: look it up once.
// After an action React Router runs the loaders with a new Request, so they see what it changed.
const sessionsByRequest = new WeakMap<Request, Promise<SessionUser | null>>();

export function getSessionUser(request: Request, context: AppLoadContext): Promise<SessionUser | null> {
  let lookup = sessionsByRequest.get(request);
  if (!lookup) {
    lookup = lookUpSessionUser(request, context);
    sessionsByRequest.set(request, lookup);
  }
  return lookup;
}

async function lookUpSessionUser(request: Request, context: AppLoadContext): Promise<SessionUser | null> {
  const result = await context.services.auth.api.getSession({ headers: request.headers }).catch(() => null);
  if (!result) return null;
  const user = result.user as typeof result.user & {
    role?: Role;
    locale?: string;
    officeId?: string | null;
    passwordChangeRequired?: boolean;
  };
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role ?? "applicant",
    locale: isLocale(user.locale) ? user.locale : "nb",
    officeId: user.officeId ?? null,
    sessionId: result.session.id,
    passwordChangeRequired: user.passwordChangeRequired === true,
  };
}

/**
 * Where to send someone who must change their password before anything else (null: nowhere).
 * The change brings them back to where they were going.
 */
export function passwordChangeRedirect(
  request: Request,
  locale: Locale,
  user: SessionUser | null,
): string | null {
  if (!user?.passwordChangeRequired) return null;
  const url = new URL(request.url);
  if (isOpenBeforePasswordChange(url.pathname)) return null;
  return passwordChangeFirst(locale, url.pathname + url.search);
}

/** The logged-in user; otherwise a redirect to the login page that comes back here afterwards. */
export async function requireUser(
  request: Request,
  context: AppLoadContext,
  locale: Locale,
): Promise<SessionUser> {
  const user = await getSessionUser(request, context);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/${locale}/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  // Actions run before the root loader: they send the person to the change form as pages do.
  const changeFirst = passwordChangeRedirect(request, locale, user);
  if (changeFirst) throw redirect(changeFirst);
  return user;
}

/** The logged-in user holding `permission`; otherwise login (anonymous) or 403 (logged in). */
export async function requirePermission(
  request: Request,
  context: AppLoadContext,
  locale: Locale,
  permission: Permission,
): Promise<SessionUser> {
  const user = await requireUser(request, context, locale);
  const verdict = checkPermission(user.role, permission);
  if (!verdict.allowed) throw data({ reason: "forbidden" }, { status: 403 });
  return user;
}
