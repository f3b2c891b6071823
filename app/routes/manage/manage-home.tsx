import { checkCallWindow } from "#domain/calls/call-window.ts";
import { listAllCalls } from "#domain/calls/find-calls.server.ts";
import { formatDateTime, formatNok } from "#domain/i18n/format.ts";
import { listAllProgrammes } from "#domain/programmes/list-all-programmes.server.ts";
import { DataTable } from "../../components/data-table.tsx";
import { Link, Paragraph } from "../../components/designsystemet.tsx";
import { Page, SectionHeading } from "../../components/page.tsx";
import { localeFrom, localePath, useLocale, useT } from "../../web/locale.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import { requirePermission } from "../../web/session.server.ts";
import type { Route } from "./+types/manage-home";

export const handle: RouteHandle = {
  messages: ["manage.title", "manage.calls", "manage.programmes", "call.kind"],
};

// The programme managers' start page: every programme (to edit its rules or add a call) and every
// call with its window and whether it is open now.
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  await requirePermission(request, context, locale, "programmes.edit");
  const now = new Date();
  const [programmes, calls] = await Promise.all([
    listAllProgrammes(context.services.db),
    listAllCalls(context.services.db),
  ]);
  const names = new Map(programmes.map((p) => [p.id, p.name[locale]]));
  return {
    programmes: programmes.map((p) => ({ id: p.id, name: p.name[locale], active: p.active })),
    calls: calls.map((call) => {
      const window = checkCallWindow(call, now);
      return {
        id: call.id,
        title: call.title[locale],
        programme: names.get(call.programmeId) ?? call.programmeId,
        kind: call.kind,
        opens: formatDateTime(locale, call.opensAt),
        closes: call.closesAt ? formatDateTime(locale, call.closesAt) : null,
        budget: formatNok(locale, call.budgetNok),
        status: window.open
          ? ("open" as const)
          : window.reason === "closed"
            ? ("closed" as const)
            : ("upcoming" as const),
      };
    }),
  };
}

export default function ManageHome({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <Page title={t("manage.title")}>
      <SectionHeading>{t("manage.programmes")}</SectionHeading>
      <DataTable
        caption={t("manage.programmes.caption")}
        rows={loaderData.programmes}
        columns={[
          {
            header: t("manage.programmes.name"),
            cell: (p) => (p.active ? p.name : t("manage.programmes.inactive", { name: p.name })),
          },
          {
            header: t("manage.programmes.actions"),
            cell: (p) => (
              <ul className="bb-inline-list">
                <li>
                  <Link href={localePath(locale, `/manage/programmes/${p.id}`)}>
                    {t("manage.programmes.editRules", { name: p.name })}
                  </Link>
                </li>
                <li>
                  <Link href={localePath(locale, `/manage/calls/new?programme=${encodeURIComponent(p.id)}`)}>
                    {t("manage.programmes.newCall", { name: p.name })}
                  </Link>
                </li>
              </ul>
            ),
          },
        ]}
      />

      <SectionHeading>{t("manage.calls")}</SectionHeading>
      {loaderData.calls.length === 0 ? (
        <Paragraph>{t("manage.calls.none")}</Paragraph>
      ) : (
        <DataTable
          caption={t("manage.calls.caption")}
          rows={loaderData.calls}
          size="sm"
          columns={[
            {
              header: t("manage.calls.title"),
              cell: (c) => <Link href={localePath(locale, `/manage/calls/${c.id}`)}>{c.title}</Link>,
            },
            { header: t("manage.programmes.name"), cell: (c) => c.programme },
            { header: t("manage.calls.kind"), cell: (c) => t(`call.kind.${c.kind}`) },
            { header: t("manage.calls.opens"), cell: (c) => c.opens },
            { header: t("manage.calls.closes"), cell: (c) => c.closes ?? t("manage.calls.noClose") },
            { header: t("manage.calls.budget"), cell: (c) => c.budget },
            { header: t("manage.calls.status"), cell: (c) => t(`manage.calls.status.${c.status}`) },
          ]}
        />
      )}
    </Page>
  );
}
