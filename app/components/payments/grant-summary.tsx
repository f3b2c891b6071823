import type { GrantSummary as GrantSummaryView } from "#domain/payments/payment-view.ts";
import { useT } from "../../web/locale.ts";
import { Heading } from "../designsystemet.tsx";
import { Facts } from "../facts.tsx";

/** The grant and what is paid, pending and left: the same on the grantee's and the staff's page. */
export function GrantSummary({ grant }: { grant: GrantSummaryView }) {
  const t = useT();
  return (
    <>
      <Heading level={2} data-size="sm">
        {t("payments.grant.heading")}
      </Heading>
      <Facts
        items={[
          { label: t("payments.grant.amount"), value: grant.amount },
          {
            label: t("payments.grant.advanceCeiling", { percent: grant.advanceMaxPercent }),
            value: grant.advanceCeiling,
          },
          { label: t("payments.grant.paid"), value: grant.paid },
          { label: t("payments.grant.pending"), value: grant.pending },
          { label: t("payments.grant.remaining"), value: grant.remaining },
        ]}
      />
    </>
  );
}
