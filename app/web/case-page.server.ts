import { eq } from "drizzle-orm";
import type { AppLoadContext } from "react-router";
import { data } from "react-router";
import { applications } from "#db/schema.ts";
import { canSeeCase } from "#domain/workbench/case-scope.server.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { requirePermission, type SessionUser } from "./session.server.ts";

/**
 * The door of the staff's case pages: a user who reads cases, and a case they may see (the
 * workbench's rule: advisers their office's, the board its cases); anything else is 404, the same
 * as an unknown id.
 */
export async function requireCase(
  request: Request,
  context: AppLoadContext,
  locale: Locale,
  applicationId: string | undefined,
): Promise<{ user: SessionUser; application: typeof applications.$inferSelect }> {
  const user = await requirePermission(request, context, locale, "cases.read");
  const id = applicationId ?? "";
  if (!/^[0-9a-f-]{36}$/.test(id)) throw data({ reason: "not-found" }, { status: 404 });
  const [application] = await context.services.db.select().from(applications).where(eq(applications.id, id));
  if (!application || !canSeeCase(user, application)) throw data({ reason: "not-found" }, { status: 404 });
  return { user, application };
}
