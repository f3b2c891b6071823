import { redirect } from "react-router";
import { openCase } from "../../web/case-request.server.ts";
import type { Route } from "./+types/application-index";

// /applications/:id opens a draft at its first step and a sent application at its status page.
export async function loader(args: Route.LoaderArgs) {
  const { locale, application } = await openCase(args, "view");
  const page = application.status === "draft" ? "project" : "status";
  throw redirect(`/${locale}/applications/${application.id}/${page}`);
}
