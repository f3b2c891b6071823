import { data } from "react-router";
import { openCallSummaries } from "#domain/calls/open-call-summaries.server.ts";
import { formatDayOfYear, formatList, formatNok } from "#domain/i18n/format.ts";
import { localeNames } from "#domain/i18n/locales.ts";
import { findActiveProgramme } from "#domain/programmes/find-programme.server.ts";
import { findBarentsRegion } from "#domain/regions/barents-regions.ts";
import { Heading, Link, Paragraph, Table } from "../components/designsystemet.tsx";
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
  const regionName = (id: string) => findBarentsRegion(id)?.name[locale] ?? id;
  return {
    openCalls: await openCallSummaries(context.services.db, locale, new Date(), programme.id),
    name: programme.name[locale],
    summary: programme.summary[locale],
    applicantRegions: formatList(locale, rules.applicantRegions.map(regionName), "disjunction"),
    partnerRegions: formatList(locale, rules.partnerRegions.map(regionName), "disjunction"),
    minPartners: rules.minPartners,
    priorityAreas: rules.priorityAreas.map((p) => ({ id: p.id, name: p.name[locale] })),
    maxShare: rules.funding.maxSharePercent,
    businessShare: rules.funding.businessMaxSharePercent,
    fullFundingBelow: formatNok(locale, rules.funding.fullFundingBelowTotalCost),
    rates: rules.ownWorkRates.map((r) => ({
      kind: r.kind,
      side: r.side,
      rate: formatNok(locale, r.nokPerHour),
    })),
    foodCap: formatNok(locale, rules.caps.foodPerPersonPerDay),
    notFunded: rules.ineligibleCosts.map((c) => c[locale]),
    boardThreshold: formatNok(locale, rules.boardThreshold),
    deadlines: formatList(
      locale,
      rules.boardDeadlines.map((d) => formatDayOfYear(locale, d)),
    ),
    advance: rules.advanceMaxPercent,
    reportOwnFunding: rules.finalReport.minOwnFundingPercent,
    auditorAbove: formatNok(locale, rules.finalReport.auditorAboveGrant),
    languages: formatList(
      locale,
      rules.languages.map((l) => localeNames[l]),
    ),
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
    <article className="bb-stack">
      <title>{`${p.name} – ${t("app.name")}`}</title>
      <Heading level={1}>{p.name}</Heading>
      <Paragraph data-size="lg">{p.summary}</Paragraph>

      <Heading level={2} data-size="sm">
        {t("call.list.heading")}
      </Heading>
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

      <Heading level={2} data-size="sm">
        {t("programme.whoCanApply")}
      </Heading>
      <Paragraph>{t("programme.applicantRegions", { regions: p.applicantRegions })}</Paragraph>
      <Paragraph>{t("programme.partners", { count: p.minPartners, regions: p.partnerRegions })}</Paragraph>
      <Paragraph>{t("programme.cooperation")}</Paragraph>

      <Heading level={2} data-size="sm">
        {t("programme.priorityAreas")}
      </Heading>
      <ul>
        {p.priorityAreas.map((area) => (
          <li key={area.id}>{area.name}</li>
        ))}
      </ul>

      <Heading level={2} data-size="sm">
        {t("programme.funding")}
      </Heading>
      <ul>
        <li>{t("programme.maxShare", { percent: p.maxShare })}</li>
        <li>{t("programme.businessShare", { percent: p.businessShare })}</li>
        <li>{t("programme.fullFunding", { amount: p.fullFundingBelow })}</li>
        <li>{t("programme.foodCap", { amount: p.foodCap })}</li>
      </ul>
      <div className="bb-table-wrap">
        <Table>
          <caption>{t("programme.ownWork")}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t("programme.rate.kind")}</Table.HeaderCell>
              <Table.HeaderCell>{t("programme.rate.side")}</Table.HeaderCell>
              <Table.HeaderCell>{t("programme.rate.perHour")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {p.rates.map((r) => (
              <Table.Row key={`${r.kind}-${r.side}`}>
                <Table.Cell>{rateKind(r.kind)}</Table.Cell>
                <Table.Cell>{side(r.side)}</Table.Cell>
                <Table.Cell>{r.rate}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>

      <Heading level={2} data-size="sm">
        {t("programme.notFunded")}
      </Heading>
      <ul>
        {p.notFunded.map((cost) => (
          <li key={cost}>{cost}</li>
        ))}
      </ul>

      <Heading level={2} data-size="sm">
        {t("programme.decisions")}
      </Heading>
      <Paragraph>{t("programme.secretariatDecides", { amount: p.boardThreshold })}</Paragraph>
      <Paragraph>{t("programme.boardDecides", { amount: p.boardThreshold, dates: p.deadlines })}</Paragraph>

      <Heading level={2} data-size="sm">
        {t("programme.afterGrant")}
      </Heading>
      <Paragraph>{t("programme.advance", { percent: p.advance })}</Paragraph>
      <Paragraph>
        {t("programme.finalReport", { percent: p.reportOwnFunding, amount: p.auditorAbove })}
      </Paragraph>
      <Paragraph>{t("programme.languages", { languages: p.languages })}</Paragraph>
    </article>
  );
}
