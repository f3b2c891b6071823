import { Form } from "react-router";
import { openCallSummaries } from "#domain/calls/open-call-summaries.server.ts";
import { formatNok } from "#domain/i18n/format.ts";
import { listActiveProgrammes } from "#domain/programmes/list-programmes.server.ts";
import { Button, Card, Heading, Link, Paragraph } from "../components/designsystemet.tsx";
import { TextField } from "../components/text-field.tsx";
import { localeFrom, localePath, useLocale, useRootData, useT } from "../web/locale.ts";
import type { RouteHandle } from "../web/route-handle.ts";
import type { Route } from "./+types/home";

/** Links and forms only: sent without JavaScript (ADR 0011). */
export const handle: RouteHandle = {
  hydrate: false,
  messages: [
    "home",
    "role",
    "call.list",
    "projects.title",
    "projects.intro",
    "projects.search",
    "projects.home",
  ],
};

export async function loader({ params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const [programmes, openCalls] = await Promise.all([
    listActiveProgrammes(context.services.db),
    openCallSummaries(context.services.db, locale, new Date()),
  ]);
  const programmeNames = new Map(programmes.map((p) => [p.id, p.name[locale]]));
  return {
    openCalls: openCalls
      .filter((call) => programmeNames.has(call.programmeId))
      .map((call) => ({ ...call, programmeName: programmeNames.get(call.programmeId)! })),
    programmes: programmes.map((p) => ({
      id: p.id,
      name: p.name[locale],
      summary: p.summary[locale],
      maxShare: p.rules.funding.maxSharePercent,
      boardThreshold: formatNok(locale, p.rules.boardThreshold),
    })),
  };
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const user = useRootData()?.user;
  const locale = useLocale();
  return (
    <div className="bb-stack">
      <title>{`${t("app.name")} – ${t("app.tagline")}`}</title>
      <Heading level={1} data-size="lg">
        {t("home.title")}
      </Heading>
      <Paragraph data-size="lg">{t("home.intro")}</Paragraph>
      {user && (
        <Paragraph>{t("home.loggedInAs", { name: user.name, role: t(`role.${user.role}`) })}</Paragraph>
      )}
      <Heading level={2} data-size="md">
        {t("home.programmesHeading")}
      </Heading>
      <Paragraph>{t("home.programmeCount", { count: loaderData.programmes.length })}</Paragraph>
      <ul className="bb-cards">
        {loaderData.programmes.map((p) => (
          <li key={p.id}>
            <Card data-color="neutral">
              <Heading level={3} data-size="sm">
                <Link href={localePath(locale, `/programmes/${p.id}`)}>{p.name}</Link>
              </Heading>
              <Paragraph>{p.summary}</Paragraph>
              <Paragraph data-size="sm">
                {t("home.maxShare", { percent: p.maxShare })}
                <br />
                {t("home.boardThreshold", { amount: p.boardThreshold })}
              </Paragraph>
            </Card>
          </li>
        ))}
      </ul>
      <section aria-labelledby="home-catalogue" className="bb-stack">
        <Heading level={2} data-size="md" id="home-catalogue">
          {t("projects.title")}
        </Heading>
        <Paragraph>{t("projects.intro")}</Paragraph>
        <Form method="get" action={localePath(locale, "/projects")} className="bb-filters" role="search">
          <div className="bb-search-field">
            <TextField id="home-q" type="search" name="q" label={t("projects.search.label")} />
          </div>
          <Button type="submit">{t("projects.search.submit")}</Button>
        </Form>
        <Paragraph>
          <Link href={localePath(locale, "/projects")}>{t("projects.home.all")}</Link> ·{" "}
          <Link href={localePath(locale, "/statistics")}>{t("nav.statistics")}</Link>
        </Paragraph>
      </section>
      <Heading level={2} data-size="md">
        {t("call.list.heading")}
      </Heading>
      {loaderData.openCalls.length === 0 ? (
        <Paragraph>{t("call.list.none")}</Paragraph>
      ) : (
        <ul>
          {loaderData.openCalls.map((call) => (
            <li key={call.id}>
              <Link href={localePath(locale, `/calls/${call.id}`)}>{call.title}</Link>, {call.programmeName} (
              {call.deadline ? t("call.list.deadline", { date: call.deadline }) : t("call.list.continuous")})
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
