import { data } from "react-router";
import { checkCallWindow } from "#domain/calls/call-window.ts";
import { findPublishedCall } from "#domain/calls/find-calls.server.ts";
import { formatDateTime, formatDayOfYear, formatList, formatNok } from "#domain/i18n/format.ts";
import { localeNames } from "#domain/i18n/locales.ts";
import { findActiveProgramme } from "#domain/programmes/find-programme.server.ts";
import { findBarentsRegion } from "#domain/regions/barents-regions.ts";
import { Heading, Link, Paragraph, Tag } from "../components/designsystemet.tsx";
import { localeFrom, localePath, useLocale, useT } from "../web/locale.ts";
import type { RouteHandle } from "../web/route-handle.ts";
import type { Route } from "./+types/call";

/** Links and forms only: sent without JavaScript (ADR 0011). */
export const handle: RouteHandle = { hydrate: false, messages: ["call", "programme"] };

// A call's public page: who can apply, for what, how much and by when, from the call and its
// programme's rules as they are now. Unknown calls, calls not open yet and calls of a closed
// programme are 404. A call past its deadline keeps its page (links in old e-mails and on other
// sites still explain themselves), says it is closed, and offers no way to apply.
export async function loader({ params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const now = new Date();
  const call = await findPublishedCall(context.services.db, params.callId.slice(0, 200), now);
  const programme = call && (await findActiveProgramme(context.services.db, call.programmeId));
  if (!call || !programme) throw data({ reason: "not-found" }, { status: 404 });
  const { rules } = programme;
  const regionName = (id: string) => findBarentsRegion(id)?.name[locale] ?? id;
  const window = checkCallWindow(call, now);
  return {
    id: call.id,
    title: call.title[locale],
    programme: { id: programme.id, name: programme.name[locale] },
    open: window.open,
    kind: call.kind,
    opened: formatDateTime(locale, call.opensAt),
    closes: call.closesAt ? formatDateTime(locale, call.closesAt) : null,
    budget: formatNok(locale, call.budgetNok),
    applicantRegions: formatList(locale, rules.applicantRegions.map(regionName), "disjunction"),
    partnerRegions: formatList(locale, rules.partnerRegions.map(regionName), "disjunction"),
    minPartners: rules.minPartners,
    priorityAreas: rules.priorityAreas.map((p) => ({ id: p.id, name: p.name[locale] })),
    maxShare: rules.funding.maxSharePercent,
    businessShare: rules.funding.businessMaxSharePercent,
    fullFundingBelow: formatNok(locale, rules.funding.fullFundingBelowTotalCost),
    boardThreshold: formatNok(locale, rules.boardThreshold),
    boardDeadlines: formatList(
      locale,
      rules.boardDeadlines.map((d) => formatDayOfYear(locale, d)),
    ),
    languages: formatList(
      locale,
      rules.languages.map((l) => localeNames[l]),
    ),
  };
}

export default function Call({ loaderData: c }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <article className="bb-stack">
      <title>{`${c.title} – ${t("app.name")}`}</title>
      <Heading level={1}>{c.title}</Heading>
      <Paragraph>
        {t("call.programme")}:{" "}
        <Link href={localePath(locale, `/programmes/${c.programme.id}`)}>{c.programme.name}</Link>
      </Paragraph>
      <div>
        <Tag data-color={c.open ? "success" : "neutral"}>
          {c.open ? t("call.status.open") : t("call.status.closed")}
        </Tag>
      </div>

      <Heading level={2} data-size="sm">
        {t("call.when")}
      </Heading>
      {c.open ? (
        <>
          <Paragraph>{t("call.opened", { date: c.opened })}</Paragraph>
          <Paragraph>{c.closes ? t("call.deadline", { date: c.closes }) : t("call.continuous")}</Paragraph>
        </>
      ) : (
        <Paragraph>{t("call.closedAt", { date: c.closes ?? "" })}</Paragraph>
      )}
      <Paragraph>{t("call.budget", { amount: c.budget })}</Paragraph>
      {c.open && (
        <Paragraph>
          <Link href={localePath(locale, `/applications?call=${encodeURIComponent(c.id)}`)}>
            {t("call.start")}
          </Link>
        </Paragraph>
      )}

      <Heading level={2} data-size="sm">
        {t("programme.whoCanApply")}
      </Heading>
      <Paragraph>{t("programme.applicantRegions", { regions: c.applicantRegions })}</Paragraph>
      <Paragraph>{t("programme.partners", { count: c.minPartners, regions: c.partnerRegions })}</Paragraph>
      <Paragraph>{t("programme.languages", { languages: c.languages })}</Paragraph>

      <Heading level={2} data-size="sm">
        {t("call.whatFor")}
      </Heading>
      <ul>
        {c.priorityAreas.map((area) => (
          <li key={area.id}>{area.name}</li>
        ))}
      </ul>

      <Heading level={2} data-size="sm">
        {t("call.howMuch")}
      </Heading>
      <ul>
        <li>{t("programme.maxShare", { percent: c.maxShare })}</li>
        <li>{t("programme.businessShare", { percent: c.businessShare })}</li>
        <li>{t("programme.fullFunding", { amount: c.fullFundingBelow })}</li>
      </ul>
      <Paragraph>{t("programme.secretariatDecides", { amount: c.boardThreshold })}</Paragraph>
      <Paragraph>
        {t("programme.boardDecides", { amount: c.boardThreshold, dates: c.boardDeadlines })}
      </Paragraph>
      <Paragraph>
        <Link href={localePath(locale, `/programmes/${c.programme.id}`)}>
          {t("call.allRules", { name: c.programme.name })}
        </Link>
      </Paragraph>
    </article>
  );
}
