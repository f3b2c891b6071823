import { formatDateTime } from "#domain/i18n/format.ts";
import { isOutboxStatus, listOutbox } from "#domain/mail/list-outbox.server.ts";
import { outboxStatuses } from "#vocabulary/vocabulary.ts";
import { DataTable } from "../../components/data-table.tsx";
import { Link, Paragraph } from "../../components/designsystemet.tsx";
import { choices, FilterForm } from "../../components/filter-form.tsx";
import { Page } from "../../components/page.tsx";
import { Pager } from "../../components/pager.tsx";
import { localeFrom, localePath, useLocale, useT } from "../../web/locale.ts";
import { readPaging, readText } from "../../web/query.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import { requirePermission } from "../../web/session.server.ts";
import type { Route } from "./+types/outbox";

export const handle: RouteHandle = { messages: ["admin", "pager", "form"] };

// Every e-mail the app wrote. Without SMTP this is where they are read (demo, development).
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  await requirePermission(request, context, locale, "outbox.read");
  const url = new URL(request.url);
  const { page, pageSize } = readPaging(url, 25);
  const recipient = readText(url, "recipient", 254);
  const statusParam = url.searchParams.get("status");
  const status = isOutboxStatus(statusParam) ? statusParam : undefined;
  const result = await listOutbox(context.services.db, { recipient, status, page, pageSize });
  return {
    recipient: recipient ?? "",
    status: status ?? "",
    smtp: Boolean(context.services.config.SMTP_URL),
    page: result.page,
    pageSize: result.pageSize,
    total: result.total,
    items: result.items.map((m) => ({
      id: m.id,
      recipient: m.recipient,
      subject: m.subject,
      status: m.status,
      createdAt: m.createdAt.toISOString(),
    })),
  };
}

export default function Outbox({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <Page title={t("admin.outbox.title")}>
      <Paragraph>{loaderData.smtp ? t("admin.outbox.smtpOn") : t("admin.outbox.smtpOff")}</Paragraph>
      <FilterForm
        values={{ recipient: loaderData.recipient, status: loaderData.status }}
        filters={{
          recipient: { label: t("admin.outbox.recipient"), type: "search" },
          status: {
            id: "status-filter",
            label: t("admin.outbox.status"),
            any: "–",
            options: choices(outboxStatuses, (s) => t(`admin.outbox.status.${s}`)),
          },
        }}
      />
      <DataTable
        caption={t("admin.outbox.title")}
        size="sm"
        rows={loaderData.items}
        columns={[
          { header: t("admin.audit.when"), cell: (m) => formatDateTime(locale, m.createdAt) },
          { header: t("admin.outbox.recipient"), cell: (m) => m.recipient },
          {
            header: t("admin.outbox.subject"),
            cell: (m) => <Link href={localePath(locale, `/admin/outbox/${m.id}`)}>{m.subject}</Link>,
          },
          { header: t("admin.outbox.status"), cell: (m) => t(`admin.outbox.status.${m.status}`) },
        ]}
      />
      <Pager page={loaderData.page} pageSize={loaderData.pageSize} total={loaderData.total} />
    </Page>
  );
}
