import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { localeFrom, useT } from "../web/locale.ts";
import { requirePermission } from "../web/session.server.ts";
import type { Route } from "./+types/workbench";

// The staff landing page. Case queues arrive with case handling (issue #4); until then it tells
// staff where they are and what their role may do.
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const user = await requirePermission(request, context, locale, "cases.read");
  return { role: user.role, officeId: user.officeId };
}

export default function Workbench({ loaderData }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="bb-stack">
      <title>{`${t("shell.workbench")} – ${t("app.name")}`}</title>
      <Heading level={1}>{t("shell.workbench")}</Heading>
      <Paragraph>{t("workbench.role", { role: t(`role.${loaderData.role}`) })}</Paragraph>
      <Paragraph>{t("workbench.empty")}</Paragraph>
    </div>
  );
}
