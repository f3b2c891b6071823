import type { AppLoadContext } from "react-router";
import { data } from "react-router";
import {
  type ApplicationAccess,
  findApplicationAccess,
} from "#domain/applications/application-access.server.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { requireUser, type SessionUser } from "./session.server.ts";

/**
 * The door every application page goes through: a logged-in user with access to this application.
 * No access and no such application look the same (404), so ids reveal nothing.
 */
export async function requireApplicationAccess(
  request: Request,
  context: AppLoadContext,
  locale: Locale,
  applicationId: string | undefined,
): Promise<{ user: SessionUser; access: ApplicationAccess }> {
  const user = await requireUser(request, context, locale);
  const id = applicationId ?? "";
  if (!/^[0-9a-f-]{36}$/.test(id)) throw data({ reason: "not-found" }, { status: 404 });
  const access = await findApplicationAccess(context.services.db, id, user);
  if (!access) throw data({ reason: "not-found" }, { status: 404 });
  return { user, access };
}
