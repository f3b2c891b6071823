import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, redirect } from "react-router";
import { checkPermission } from "#domain/accounts/permissions.ts";
import { osloDate } from "#domain/eligibility/oslo-dates.ts";
import { formatDate, formatNok } from "#domain/i18n/format.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { createMeeting } from "#domain/meetings/create-meeting.server.ts";
import { listMeetings } from "#domain/meetings/list-meetings.server.ts";
import { meetingInputSchema } from "#domain/meetings/meeting-input.ts";
import { listAllProgrammes } from "#domain/programmes/list-all-programmes.server.ts";
import { type Column, DataTable } from "../../components/data-table.tsx";
import { Button, Paragraph } from "../../components/designsystemet.tsx";
import { FormErrors, formKitMessages, getFormProps, TextInput } from "../../components/form-kit.tsx";
import { Page } from "../../components/page.tsx";
import { PageSection } from "../../components/page-section.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { TextField } from "../../components/text-field.tsx";
import { localeFrom, localePath, useLocale, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import { requirePermission } from "../../web/session.server.ts";
import type { Route } from "./+types/meetings";

// The meetings that decide cases: the secretariat's processing meetings and the board's meetings,
// each for one programme, with the programme's budget for the year. Staff who take part see them;
// programme managers set them up.

export const handle: RouteHandle = { messages: ["meetings", "assessment.error", ...formKitMessages] };

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const user = await requirePermission(request, context, locale, "meetings.read");
  const { db } = context.services;
  const meetings = await listMeetings(db);
  const programmes = await listAllProgrammes(db);
  return {
    canManage: checkPermission(user.role, "meetings.manage").allowed,
    meetings: meetings.map((meeting) => ({
      id: meeting.id,
      kind: meeting.kind,
      programme: meeting.programmeName[locale],
      heldOn: formatDate(locale, `${meeting.heldOn}T12:00:00Z`),
      budget: formatNok(locale, meeting.budgetNok),
      left: formatNok(locale, meeting.budgetLeft),
      items: meeting.items,
      decided: meeting.decided,
      closed: meeting.closedAt !== null,
    })),
    programmes: programmes.map((p) => ({ value: p.id, label: p.name[locale] })),
    today: osloDate(new Date()),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const user = await requirePermission(request, context, locale, "meetings.manage");
  const t = createTranslator(locale);
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: meetingInputSchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const created = await createMeeting(context.services.db, {
    ...submission.value,
    createdBy: user.id,
    now: new Date(),
  });
  if (!created.ok)
    return data(
      { result: submission.reply({ fieldErrors: { programmeId: [t("meetings.error.programme")] } }) },
      { status: 400 },
    );
  throw redirect(`/${locale}/meetings/${created.id}?created=1`);
}

type MeetingRow = Route.ComponentProps["loaderData"]["meetings"][number];

export default function Meetings({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useForm({
    id: "new-meeting",
    lastResult: actionData?.result,
    defaultValue: { kind: "secretariat", programmeId: loaderData.programmes[0]?.value ?? "" },
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: meetingInputSchema(t) }),
  });
  const columns: Column<MeetingRow>[] = [
    {
      header: t("meetings.date"),
      cell: (row) => <a href={localePath(locale, `/meetings/${row.id}`)}>{row.heldOn}</a>,
    },
    {
      header: t("meetings.kind"),
      cell: (row) => t(row.kind === "board" ? "meetings.kind.board" : "meetings.kind.secretariat"),
    },
    { header: t("meetings.programme"), cell: (row) => row.programme },
    {
      header: t("meetings.cases"),
      cell: (row) => t("meetings.casesDecided", { decided: row.decided, count: row.items }),
    },
    { header: t("meetings.budget"), cell: (row) => row.budget },
    { header: t("meetings.budgetLeft"), cell: (row) => row.left },
    {
      header: t("meetings.status"),
      cell: (row) => t(row.closed ? "meetings.status.closed" : "meetings.status.open"),
    },
  ];
  const labels = {
    kind: t("meetings.kind"),
    programmeId: t("meetings.programme"),
    heldOn: t("meetings.date"),
    budgetNok: t("meetings.budgetForYear"),
  };
  return (
    <Page title={t("meetings.title")}>
      <Paragraph>{t("meetings.intro")}</Paragraph>
      {loaderData.meetings.length === 0 ? (
        <Paragraph>{t("meetings.none")}</Paragraph>
      ) : (
        <DataTable caption={t("meetings.title")} columns={columns} rows={loaderData.meetings} />
      )}
      {loaderData.canManage && (
        <PageSection id="new-meeting-heading" heading={t("meetings.new.heading")}>
          <Form method="post" className="bb-form" {...getFormProps(form)}>
            <FormErrors form={form} fieldLabels={labels} />
            <SelectField
              key={fields.kind.key}
              id={fields.kind.id}
              name={fields.kind.name}
              label={labels.kind}
              description={t("meetings.kind.help")}
              defaultValue={(fields.kind.initialValue as string | undefined) ?? "secretariat"}
              options={[
                { value: "secretariat", label: t("meetings.kind.secretariat") },
                { value: "board", label: t("meetings.kind.board") },
              ]}
              error={fields.kind.errors?.join(" ")}
            />
            <SelectField
              key={fields.programmeId.key}
              id={fields.programmeId.id}
              name={fields.programmeId.name}
              label={labels.programmeId}
              defaultValue={fields.programmeId.initialValue as string | undefined}
              options={loaderData.programmes}
              error={fields.programmeId.errors?.join(" ")}
            />
            <TextField
              key={fields.heldOn.key}
              id={fields.heldOn.id}
              name={fields.heldOn.name}
              type="date"
              label={labels.heldOn}
              description={t("meetings.date.help")}
              defaultValue={(fields.heldOn.initialValue as string | undefined) ?? loaderData.today}
              error={fields.heldOn.errors?.join(" ")}
            />
            <TextInput
              field={fields.budgetNok as Parameters<typeof TextInput>[0]["field"]}
              label={labels.budgetNok}
              description={t("meetings.budgetForYear.help")}
            />
            <div>
              <Button type="submit">{t("meetings.new.submit")}</Button>
            </div>
          </Form>
        </PageSection>
      )}
    </Page>
  );
}
