import { redirect } from "react-router";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { cookiesFrom } from "../web/auth-response.server.ts";
import { localeFrom } from "../web/locale.ts";
import { getSessionUser } from "../web/session.server.ts";
import type { Route } from "./+types/logout";

// Logging out changes state, so it is a POST (the header's button); a GET just goes home.
export function loader({ params }: Route.LoaderArgs) {
  return redirect(`/${localeFrom(params)}`);
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const user = await getSessionUser(request, context);
  const response = await context.services.auth.api.signOut({ headers: request.headers, asResponse: true });
  if (user) {
    await recordAuditEntry(context.services.db, {
      actor: { id: user.id, label: `user:${user.id}` },
      action: "session.logout",
      entityType: "session",
      entityId: user.sessionId,
    });
  }
  return redirect(`/${locale}`, { headers: cookiesFrom(response) });
}
