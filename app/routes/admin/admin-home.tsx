import { Card, Heading, Link, Paragraph } from "../../components/designsystemet.tsx";
import { Page } from "../../components/page.tsx";
import { localeFrom, localePath, useLocale, useT } from "../../web/locale.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import { requirePermission } from "../../web/session.server.ts";
import type { Route } from "./+types/admin-home";

export const handle: RouteHandle = { messages: ["admin"] };

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  await requirePermission(request, context, locale, "admin.open");
  const counts = await context.services.jobs.counts();
  return {
    failedJobs: counts.reduce((sum, c) => sum + c.failed, 0),
    database: context.services.database.kind,
  };
}

export default function AdminHome({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const sections = [
    ["/admin/users", "admin.users.title", "admin.users.intro"],
    ["/admin/audit", "admin.audit.title", "admin.audit.intro"],
    ["/admin/outbox", "admin.outbox.title", "admin.outbox.intro"],
    ["/admin/jobs", "admin.jobs.title", "admin.jobs.intro"],
  ] as const;
  return (
    <Page title={t("shell.admin")}>
      <Paragraph>
        {t("admin.status", { database: loaderData.database, count: loaderData.failedJobs })}
      </Paragraph>
      <ul className="bb-cards">
        {sections.map(([path, title, intro]) => (
          <li key={path}>
            <Card data-color="neutral">
              <Heading level={2} data-size="xs">
                <Link href={localePath(locale, path)}>{t(title)}</Link>
              </Heading>
              <Paragraph data-size="sm">{t(intro)}</Paragraph>
            </Card>
          </li>
        ))}
      </ul>
    </Page>
  );
}
