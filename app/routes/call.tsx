import { data } from "react-router";
import { checkCallWindow } from "#domain/calls/call-window.ts";
import { findPublishedCall } from "#domain/calls/find-calls.server.ts";
import { formatDateTime, formatNok } from "#domain/i18n/format.ts";
import { findActiveProgramme } from "#domain/programmes/find-programme.server.ts";
import { rulesForReaders } from "#domain/programmes/rules-for-readers.ts";
import { Link, Paragraph, Tag } from "../components/designsystemet.tsx";
import { Page, SectionHeading } from "../components/page.tsx";
import {
  FundingShares,
  PriorityAreas,
  WhoCanApply,
  WhoDecides,
} from "../components/programme-rules-text.tsx";
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
    rules: rulesForReaders(programme.rules, locale),
  };
}

export default function Call({ loaderData: c }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <Page title={c.title} as="article">
      <Paragraph>
        {t("call.programme")}:{" "}
        <Link href={localePath(locale, `/programmes/${c.programme.id}`)}>{c.programme.name}</Link>
      </Paragraph>
      <div>
        <Tag data-color={c.open ? "success" : "neutral"}>
          {c.open ? t("call.status.open") : t("call.status.closed")}
        </Tag>
      </div>

      <SectionHeading>{t("call.when")}</SectionHeading>
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

      <WhoCanApply rules={c.rules}>
        <Paragraph>{t("programme.languages", { languages: c.rules.languages })}</Paragraph>
      </WhoCanApply>

      <PriorityAreas heading={t("call.whatFor")} rules={c.rules} />

      <SectionHeading>{t("call.howMuch")}</SectionHeading>
      <FundingShares rules={c.rules} />
      <WhoDecides rules={c.rules} />
      <Paragraph>
        <Link href={localePath(locale, `/programmes/${c.programme.id}`)}>
          {t("call.allRules", { name: c.programme.name })}
        </Link>
      </Paragraph>
    </Page>
  );
}
