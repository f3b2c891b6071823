import { findAuditEntries } from "#domain/audit/find-audit-entries.server.ts";
import { formatDateTime } from "#domain/i18n/format.ts";
import { DataTable } from "../../components/data-table.tsx";
import { FilterForm } from "../../components/filter-form.tsx";
import { Page } from "../../components/page.tsx";
import { Pager } from "../../components/pager.tsx";
import { TextField } from "../../components/text-field.tsx";
import { localeFrom, useLocale, useT } from "../../web/locale.ts";
import { readPaging, readText } from "../../web/query.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import { requirePermission } from "../../web/session.server.ts";
import type { Route } from "./+types/audit";

const dateParam = (url: URL, name: string) => {
  const value = readText(url, name, 10);
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
};

// The filters, as the form shows them: a text each, the two dates as dates.
const filterFields = [
  { name: "action" },
  { name: "entityType" },
  { name: "entityId" },
  { name: "actor" },
  { name: "from", type: "date" },
  { name: "to", type: "date" },
] as const;

export const handle: RouteHandle = { messages: ["admin", "pager", "form"] };

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  await requirePermission(request, context, locale, "audit.read");
  const url = new URL(request.url);
  const { page, pageSize } = readPaging(url, 50);
  const filters = {
    action: readText(url, "action", 100),
    entityType: readText(url, "entityType", 100),
    entityId: readText(url, "entityId", 200),
    actor: readText(url, "actor", 200),
    from: dateParam(url, "from"),
    to: dateParam(url, "to"),
  };
  const result = await findAuditEntries(context.services.db, {
    action: filters.action,
    entityType: filters.entityType,
    entityId: filters.entityId,
    actorText: filters.actor,
    from: filters.from ? new Date(`${filters.from}T00:00:00Z`) : undefined,
    to: filters.to ? new Date(`${filters.to}T23:59:59.999Z`) : undefined,
    page,
    pageSize,
  });
  return {
    filters,
    page,
    pageSize,
    total: result.total,
    items: result.items.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      actor: e.actorLabel,
      action: e.action,
      entity: `${e.entityType}:${e.entityId}`,
      change: JSON.stringify({ before: e.before ?? undefined, after: e.after ?? undefined }),
    })),
  };
}

export default function Audit({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const f = loaderData.filters;
  return (
    <Page title={t("admin.audit.title")}>
      <FilterForm label={t("form.filter")}>
        {filterFields.map((field) => (
          <TextField
            key={field.name}
            id={`filter-${field.name}`}
            label={t(`admin.audit.${field.name}`)}
            name={field.name}
            type={"type" in field ? field.type : undefined}
            defaultValue={f[field.name] ?? ""}
          />
        ))}
      </FilterForm>
      <DataTable
        caption={t("admin.audit.title")}
        size="sm"
        rows={loaderData.items}
        columns={[
          { header: "#", cell: (e) => e.id },
          { header: t("admin.audit.when"), cell: (e) => formatDateTime(locale, e.at) },
          { header: t("admin.audit.actor"), cell: (e) => e.actor },
          { header: t("admin.audit.action"), cell: (e) => e.action },
          { header: t("admin.audit.record"), cell: (e) => e.entity },
          {
            header: t("admin.audit.change"),
            cell: (e) => <span className="bb-pre">{e.change === "{}" ? "" : e.change}</span>,
          },
        ]}
      />
      <Pager page={loaderData.page} pageSize={loaderData.pageSize} total={loaderData.total} />
    </Page>
  );
}
