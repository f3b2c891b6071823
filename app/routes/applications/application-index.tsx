import { redirect } from "react-router";
import { requireCaseAccess } from "../../web/case-access.server.ts";
import { localeFrom } from "../../web/locale.ts";
import type { Route } from "./+types/application-index";

// /applications/:id opens a draft at its first step and a sent application at its status page.
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const { access } = await requireCaseAccess(request, context, locale, params.applicationId, "view");
  const page = access.application.status === "draft" ? "project" : "status";
  throw redirect(`/${locale}/applications/${access.application.id}/${page}`);
}
