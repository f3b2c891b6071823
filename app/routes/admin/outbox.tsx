import { Button, Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { Form } from "react-router";
import { formatDateTime } from "#domain/i18n/format.ts";
import { isOutboxStatus, listOutbox, outboxStatuses } from "#domain/mail/list-outbox.ts";
import { Pager } from "../../components/pager.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { TextField } from "../../components/text-field.tsx";
import { localeFrom, localePath, useLocale, useT } from "../../web/locale.ts";
import { readPaging, readText } from "../../web/query.server.ts";
import { requirePermission } from "../../web/session.server.ts";
import type { Route } from "./+types/outbox";

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
    <div className="bb-stack">
      <title>{`${t("admin.outbox.title")} – ${t("app.name")}`}</title>
      <Heading level={1}>{t("admin.outbox.title")}</Heading>
      <Paragraph>{loaderData.smtp ? t("admin.outbox.smtpOn") : t("admin.outbox.smtpOff")}</Paragraph>
      <Form method="get" className="bb-filters">
        <TextField
          id="filter-recipient"
          label={t("admin.outbox.recipient")}
          name="recipient"
          type="search"
          defaultValue={loaderData.recipient}
        />
        <SelectField
          id="status-filter"
          name="status"
          label={t("admin.outbox.status")}
          defaultValue={loaderData.status}
          options={[
            { value: "", label: "–" },
            ...outboxStatuses.map((s) => ({ value: s, label: t(`admin.outbox.status.${s}`) })),
          ]}
        />
        <Button type="submit">{t("form.filter")}</Button>
      </Form>
      <div className="bb-table-wrap">
        <Table data-size="sm">
          <caption className="bb-visually-hidden">{t("admin.outbox.title")}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t("admin.audit.when")}</Table.HeaderCell>
              <Table.HeaderCell>{t("admin.outbox.recipient")}</Table.HeaderCell>
              <Table.HeaderCell>{t("admin.outbox.subject")}</Table.HeaderCell>
              <Table.HeaderCell>{t("admin.outbox.status")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {loaderData.items.map((m) => (
              <Table.Row key={m.id}>
                <Table.Cell>{formatDateTime(locale, m.createdAt)}</Table.Cell>
                <Table.Cell>{m.recipient}</Table.Cell>
                <Table.Cell>
                  <Link href={localePath(locale, `/admin/outbox/${m.id}`)}>{m.subject}</Link>
                </Table.Cell>
                <Table.Cell>{t(`admin.outbox.status.${m.status}`)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Pager page={loaderData.page} pageSize={loaderData.pageSize} total={loaderData.total} />
    </div>
  );
}
