import { Form, redirect } from "react-router";
import { checkPermission } from "#domain/accounts/permissions.ts";
import { applicationTitle } from "#domain/applications/application-title.ts";
import { createApplication } from "#domain/applications/create-application.server.ts";
import { listMyApplications } from "#domain/applications/list-applications.server.ts";
import { listOpenCalls } from "#domain/calls/find-calls.server.ts";
import { formatDateTime } from "#domain/i18n/format.ts";
import { listMyOrganisations } from "#domain/organisations/find-organisations.server.ts";
import { listActiveProgrammes } from "#domain/programmes/list-programmes.server.ts";
import { DataTable } from "../../components/data-table.tsx";
import { Button, Heading, Paragraph } from "../../components/designsystemet.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { refusal } from "../../web/answer.server.ts";
import { openPage } from "../../web/case-request.server.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import type { Route } from "./+types/applications";

// The applicant's applications (their organisations' and those they were invited to) and the form
// that starts a new one in an open call, for one of their organisations.

export const handle: RouteHandle = {
  messages: ["application.list", "application.start", "application.status"],
};

export async function loader(args: Route.LoaderArgs) {
  const { locale, t, user, db } = await openPage(args, "account.manage");
  const now = new Date();
  const [applications, calls, organisations, programmes] = await Promise.all([
    listMyApplications(db, user.id),
    listOpenCalls(db, now),
    listMyOrganisations(db, user.id),
    listActiveProgrammes(db),
  ]);
  // Calls of different programmes may share a title ("Continuous applications"): name the programme.
  const programmeName = new Map(programmes.map((p) => [p.id, p.name[locale]]));
  const wanted = new URL(args.request.url).searchParams.get("call");
  return {
    applications: applications.map((a) => ({
      id: a.id,
      title: applicationTitle(a.form, locale) ?? t("application.untitled"),
      call: a.callTitle[locale],
      organisation: a.organisationName,
      status: a.status,
      caseNumber: a.caseNumber,
      updated: formatDateTime(locale, a.updatedAt),
    })),
    calls: calls.map((call) => ({
      id: call.id,
      label: [
        programmeName.get(call.programmeId),
        call.closesAt
          ? `${call.title[locale]} (${formatDateTime(locale, call.closesAt)})`
          : call.title[locale],
      ]
        .filter(Boolean)
        .join(": "),
    })),
    organisations: organisations.map((o) => ({ id: o.id, name: o.name })),
    selectedCall: calls.some((call) => call.id === wanted) ? wanted : null,
    canCreate: checkPermission(user.role, "applications.create").allowed,
  };
}

export async function action(args: Route.ActionArgs) {
  const { locale, t, user, db } = await openPage(args, "applications.create");
  const formData = await readForm(args.request);
  const created = await createApplication(db, {
    user,
    organisationId: String(formData.get("organisationId") ?? "").slice(0, 100),
    callId: String(formData.get("callId") ?? "").slice(0, 200),
    now: new Date(),
  });
  if (!created.ok) return refusal(t, created);
  throw redirect(`/${locale}/applications/${created.value.id}/project`);
}

export default function Applications({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const view = loaderData;
  return (
    <div className="bb-stack">
      <title>{`${t("application.list.title")} – ${t("app.name")}`}</title>
      <Heading level={1}>{t("application.list.title")}</Heading>
      {view.applications.length === 0 ? (
        <Paragraph>{t("application.list.none")}</Paragraph>
      ) : (
        <DataTable
          caption={t("application.list.title")}
          rows={view.applications}
          rowKey={(a) => a.id}
          columns={[
            {
              header: t("application.list.column.title"),
              cell: (a) => <a href={localePath(locale, `/applications/${a.id}`)}>{a.title}</a>,
            },
            { header: t("application.list.column.call"), cell: (a) => a.call },
            { header: t("application.list.column.status"), cell: (a) => t(`application.status.${a.status}`) },
            { header: t("application.list.column.caseNumber"), cell: (a) => a.caseNumber ?? "–" },
            { header: t("application.list.column.updated"), cell: (a) => a.updated },
          ]}
        />
      )}
      {view.canCreate && (
        <section aria-labelledby="start" className="bb-stack">
          <Heading level={2} data-size="sm" id="start">
            {t("application.start.heading")}
          </Heading>
          {view.organisations.length === 0 ? (
            <Paragraph>
              <a href={localePath(locale, "/organisations")}>{t("application.start.needOrganisation")}</a>
            </Paragraph>
          ) : view.calls.length === 0 ? (
            <Paragraph>{t("application.start.noCalls")}</Paragraph>
          ) : (
            <Form method="post" className="bb-form">
              {actionData?.message && (
                <Paragraph role="alert" data-color="danger">
                  {actionData.message}
                </Paragraph>
              )}
              <SelectField
                id="start-call"
                name="callId"
                label={t("application.start.call")}
                defaultValue={view.selectedCall ?? view.calls[0]?.id}
                options={view.calls.map((c) => ({ value: c.id, label: c.label }))}
              />
              <SelectField
                id="start-organisation"
                name="organisationId"
                label={t("application.start.organisation")}
                options={view.organisations.map((o) => ({ value: o.id, label: o.name }))}
              />
              <div>
                <Button type="submit">{t("application.start.submit")}</Button>
              </div>
            </Form>
          )}
        </section>
      )}
    </div>
  );
}
