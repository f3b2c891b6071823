import { data } from "react-router";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { formatDateTime } from "#domain/i18n/format.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { DataTable } from "../../components/data-table.tsx";
import { Paragraph } from "../../components/designsystemet.tsx";
import { Notice } from "../../components/notice.tsx";
import { Page, SectionHeading } from "../../components/page.tsx";
import { Pager } from "../../components/pager.tsx";
import { RowAction } from "../../components/row-action.tsx";
import { localeFrom, useLocale, useT } from "../../web/locale.ts";
import { readPaging } from "../../web/query.server.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import { requirePermission } from "../../web/session.server.ts";
import type { Route } from "./+types/jobs";

export const handle: RouteHandle = { messages: ["admin", "pager", "account.sessions.action"] };

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  await requirePermission(request, context, locale, "jobs.read");
  const { page, pageSize } = readPaging(new URL(request.url), 25);
  const [counts, failed] = await Promise.all([
    context.services.jobs.counts(),
    context.services.jobs.listFailedJobs({ page, pageSize }),
  ]);
  return {
    counts,
    page,
    pageSize,
    total: failed.total,
    failed: failed.items.map((j) => ({
      ...j,
      data: JSON.stringify(j.data),
      failedAt: j.failedAt?.toISOString() ?? null,
    })),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const user = await requirePermission(request, context, locale, "jobs.retry");
  const t = createTranslator(locale);
  const form = await readForm(request);
  const queue = String(form.get("queue") ?? "").slice(0, 100);
  const id = String(form.get("id") ?? "").slice(0, 100);
  const retried = await context.services.jobs.retryJob(queue, id);
  if (!retried) return data({ message: t("admin.jobs.retryNotFound"), ok: false }, { status: 404 });
  await recordAuditEntry(context.services.db, {
    actor: { id: user.id, label: `user:${user.id}` },
    action: "job.retry",
    entityType: "job",
    entityId: `${queue}:${id}`,
  });
  return { message: t("admin.jobs.retried"), ok: true };
}

export default function Jobs({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <Page title={t("admin.jobs.title")}>
      <Notice result={actionData} />
      <DataTable
        caption={t("admin.jobs.queues")}
        captionHidden={false}
        size="sm"
        rows={loaderData.counts}
        rowKey={(c) => String(c.queue)}
        columns={[
          { header: t("admin.jobs.queue"), cell: (c) => c.queue },
          { header: t("admin.jobs.waiting"), cell: (c) => c.waiting },
          { header: t("admin.jobs.active"), cell: (c) => c.active },
          { header: t("admin.jobs.completed"), cell: (c) => c.completed },
          { header: t("admin.jobs.failed"), cell: (c) => c.failed },
        ]}
      />
      <SectionHeading>{t("admin.jobs.failedHeading")}</SectionHeading>
      {loaderData.failed.length === 0 ? (
        <Paragraph>{t("admin.jobs.noneFailed")}</Paragraph>
      ) : (
        <DataTable
          caption={t("admin.jobs.failedHeading")}
          size="sm"
          rows={loaderData.failed}
          columns={[
            { header: t("admin.jobs.queue"), cell: (j) => j.queue },
            {
              header: t("admin.jobs.failedAt"),
              cell: (j) => (j.failedAt ? formatDateTime(locale, j.failedAt) : ""),
            },
            { header: t("admin.jobs.attempts"), cell: (j) => j.attempts },
            {
              header: t("admin.jobs.error"),
              cell: (j) => <span className="bb-pre">{j.error}</span>,
            },
            {
              header: t("account.sessions.action"),
              cell: (j) => (
                <RowAction fields={{ queue: j.queue, id: j.id }}>{t("admin.jobs.retry")}</RowAction>
              ),
            },
          ]}
        />
      )}
      <Pager page={loaderData.page} pageSize={loaderData.pageSize} total={loaderData.total} />
    </Page>
  );
}
