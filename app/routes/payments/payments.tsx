import { createTranslator } from "#domain/i18n/translate.ts";
import { listOffices } from "#domain/offices/list-offices.server.ts";
import { listPayments } from "#domain/payments/list-payments.server.ts";
import { paymentFilterQuery, readPaymentFilters } from "#domain/payments/payment-filters.ts";
import { paymentRow } from "#domain/payments/payment-view.ts";
import { paymentKinds, paymentStatuses } from "#vocabulary/vocabulary.ts";
import { DataTable } from "../../components/data-table.tsx";
import { Link, Paragraph } from "../../components/designsystemet.tsx";
import { choices, FilterForm } from "../../components/filter-form.tsx";
import { Page } from "../../components/page.tsx";
import { Pager } from "../../components/pager.tsx";
import { localeFrom, localePath, useLocale, useT } from "../../web/locale.ts";
import { readPaging } from "../../web/query.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import { requirePermission } from "../../web/session.server.ts";
import type { Route } from "./+types/payments";

// Every payment the reader may see (advisers: their office's cases), filtered by status, kind,
// office, case number and date of request; the CSV export takes the same filters.

export const handle: RouteHandle = { messages: ["payments", "pager", "form"] };

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const user = await requirePermission(request, context, locale, "payments.manage");
  const t = createTranslator(locale);
  const { db } = context.services;
  const url = new URL(request.url);
  const { page, pageSize } = readPaging(url, 50);
  const filters = readPaymentFilters(url.searchParams);
  const [result, offices] = await Promise.all([
    listPayments(db, user, filters, { page, pageSize }),
    listOffices(db),
  ]);
  return {
    filters: {
      status: filters.status ?? "",
      kind: filters.kind ?? "",
      office: filters.officeId ?? "",
      caseNumber: filters.caseNumber ?? "",
      from: filters.from ?? "",
      to: filters.to ?? "",
    },
    csvPath: localePath(locale, `/payments.csv${paymentFilterQuery(filters)}`),
    offices: offices.map((office) => ({ value: office.id, label: office.name[locale] })),
    page,
    pageSize,
    total: result.total,
    items: result.items.map((p) => ({
      ...paymentRow(locale, t, p),
      applicationId: p.applicationId,
      caseNumber: p.caseNumber ?? "",
      organisation: p.organisation,
    })),
  };
}

export default function Payments({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { filters, items } = loaderData;
  const any = t("payments.filter.any");
  return (
    <Page title={t("payments.list.title")}>
      <FilterForm
        label={t("payments.filter.label")}
        values={filters}
        filters={{
          status: {
            label: t("payments.column.status"),
            any,
            options: choices(paymentStatuses, (s) => t(`payments.status.${s}`)),
          },
          kind: {
            label: t("payments.column.kind"),
            any,
            options: choices(paymentKinds, (k) => t(`payments.kind.${k}`)),
          },
          office: { label: t("payments.filter.office"), any, options: loaderData.offices },
          caseNumber: { id: "filter-case", label: t("payments.column.caseNumber"), type: "search" },
          from: { label: t("payments.filter.from"), type: "date" },
          to: { label: t("payments.filter.to"), type: "date" },
        }}
      />
      <Paragraph>
        <Link href={loaderData.csvPath}>{t("payments.export")}</Link> ({t("payments.export.hint")})
      </Paragraph>
      {items.length === 0 ? (
        <Paragraph>{t("payments.list.noneFound")}</Paragraph>
      ) : (
        <DataTable
          caption={t("payments.list.title")}
          size="sm"
          rows={items}
          columns={[
            {
              header: t("payments.column.caseNumber"),
              cell: (p) => (
                <Link href={localePath(locale, `/cases/${p.applicationId}/payments`)}>{p.caseNumber}</Link>
              ),
            },
            { header: t("payments.column.organisation"), cell: (p) => p.organisation },
            { header: t("payments.column.kind"), cell: (p) => p.kind },
            { header: t("payments.column.amount"), cell: (p) => p.amount },
            { header: t("payments.column.status"), cell: (p) => p.status },
            { header: t("payments.column.requested"), cell: (p) => p.requested },
            { header: t("payments.column.approved"), cell: (p) => p.approved },
            { header: t("payments.column.paid"), cell: (p) => p.paid },
          ]}
        />
      )}
      <Pager page={loaderData.page} pageSize={loaderData.pageSize} total={loaderData.total} />
    </Page>
  );
}
