import { data } from "react-router";
import { openCallSummaries } from "#domain/calls/open-call-summaries.server.ts";
import { formatNok } from "#domain/i18n/format.ts";
import { findActiveProgramme } from "#domain/programmes/find-programme.server.ts";
import { rulesForReaders } from "#domain/programmes/rules-for-readers.ts";
import { DataTable } from "../components/data-table.tsx";
import { Link, Paragraph } from "../components/designsystemet.tsx";
import { Page, SectionHeading } from "../components/page.tsx";
import {
  FundingShares,
  PriorityAreas,
  WhoCanApply,
  WhoDecides,
} from "../components/programme-rules-text.tsx";
import { localeFrom, localePath, useLocale, useT } from "../web/locale.ts";
import type { RouteHandle } from "../web/route-handle.ts";
import type { Route } from "./+types/programme";

/** Links and forms only: sent without JavaScript (ADR 0011). */
export const handle: RouteHandle = { hydrate: false, messages: ["programme", "call.list"] };

// A programme's public page: its rules as data, written out for people in their language.
export async function loader({ params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const programme = await findActiveProgramme(context.services.db, params.programmeId.slice(0, 100));
  if (!programme) throw data({ reason: "not-found" }, { status: 404 });
  const { rules } = programme;
  return {
    openCalls: await openCallSummaries(context.services.db, locale, new Date(), programme.id),
    name: programme.name[locale],
    summary: programme.summary[locale],
    rules: rulesForReaders(rules, locale),
    rates: rules.ownWorkRates.map((r) => ({
      kind: r.kind,
      side: r.side,
      rate: formatNok(locale, r.nokPerHour),
    })),
    foodCap: formatNok(locale, rules.caps.foodPerPersonPerDay),
    notFunded: rules.ineligibleCosts.map((c) => c[locale]),
    advance: rules.advanceMaxPercent,
    reportOwnFunding: rules.finalReport.minOwnFundingPercent,
    auditorAbove: formatNok(locale, rules.finalReport.auditorAboveGrant),
  };
}

export default function Programme({ loaderData: p }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const rateKind = (kind: string) =>
    kind === "external-services"
      ? t("programme.rate.external-services")
      : kind === "volunteer"
        ? t("programme.rate.volunteer")
        : kind;
  const side = (code: string) =>
    code === "NO" || code === "SE" || code === "FI" || code === "RU"
      ? t(`programme.country.${code}`)
      : t("programme.side.any");
  return (
    <Page title={p.name} as="article">
      <Paragraph data-size="lg">{p.summary}</Paragraph>

      <SectionHeading>{t("call.list.heading")}</SectionHeading>
      {p.openCalls.length === 0 ? (
        <Paragraph>{t("call.list.none")}</Paragraph>
      ) : (
        <ul>
          {p.openCalls.map((call) => (
            <li key={call.id}>
              <Link href={localePath(locale, `/calls/${call.id}`)}>{call.title}</Link> (
              {call.deadline ? t("call.list.deadline", { date: call.deadline }) : t("call.list.continuous")})
            </li>
          ))}
        </ul>
      )}

      <WhoCanApply rules={p.rules}>
        <Paragraph>{t("programme.cooperation")}</Paragraph>
      </WhoCanApply>

      <PriorityAreas heading={t("programme.priorityAreas")} rules={p.rules} />

      <SectionHeading>{t("programme.funding")}</SectionHeading>
      <FundingShares rules={p.rules}>
        <li>{t("programme.foodCap", { amount: p.foodCap })}</li>
      </FundingShares>
      <DataTable
        caption={t("programme.ownWork")}
        captionHidden={false}
        rows={p.rates}
        rowKey={(r) => `${r.kind}-${r.side}`}
        columns={[
          { header: t("programme.rate.kind"), cell: (r) => rateKind(r.kind) },
          { header: t("programme.rate.side"), cell: (r) => side(r.side) },
          { header: t("programme.rate.perHour"), cell: (r) => r.rate },
        ]}
      />

      <SectionHeading>{t("programme.notFunded")}</SectionHeading>
      <ul>
        {p.notFunded.map((cost) => (
          <li key={cost}>{cost}</li>
        ))}
      </ul>

      <SectionHeading>{t("programme.decisions")}</SectionHeading>
      <WhoDecides rules={p.rules} />

      <SectionHeading>{t("programme.afterGrant")}</SectionHeading>
      <Paragraph>{t("programme.advance", { percent: p.advance })}</Paragraph>
      <Paragraph>
        {t("programme.finalReport", { percent: p.reportOwnFunding, amount: p.auditorAbove })}
      </Paragraph>
      <Paragraph>{t("programme.languages", { languages: p.rules.languages })}</Paragraph>
    </Page>
  );
}
