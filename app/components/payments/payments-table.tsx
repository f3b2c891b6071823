import type { PaymentRow } from "#domain/payments/payment-view.ts";
import { useT } from "../../web/locale.ts";
import { type Column, DataTable } from "../data-table.tsx";
import { Heading, Paragraph } from "../designsystemet.tsx";

/**
 * A case's payments under their heading. The grantee sees when each was asked for and paid; the
 * staff also see when it was approved, and the buttons of their decisions (`actions`).
 */
export function PaymentsTable<R extends PaymentRow>({
  payments,
  withApproved = false,
  actions,
}: {
  payments: R[];
  withApproved?: boolean;
  actions?: Column<R>;
}) {
  const t = useT();
  const columns: Column<R>[] = [
    { header: t("payments.column.kind"), cell: (p) => p.kind },
    { header: t("payments.column.amount"), cell: (p) => p.amount },
    { header: t("payments.column.status"), cell: (p) => p.status },
    { header: t("payments.column.requested"), cell: (p) => p.requested },
    ...(withApproved ? [{ header: t("payments.column.approved"), cell: (p: R) => p.approved }] : []),
    { header: t("payments.column.paid"), cell: (p) => p.paid },
    ...(actions ? [actions] : []),
  ];
  return (
    <>
      <Heading level={2} data-size="sm">
        {t("payments.list.heading")}
      </Heading>
      {payments.length === 0 ? (
        <Paragraph>{t("payments.list.none")}</Paragraph>
      ) : (
        <DataTable
          caption={t("payments.list.heading")}
          rows={payments}
          rowKey={(p) => p.id}
          columns={columns}
        />
      )}
    </>
  );
}
