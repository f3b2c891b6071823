import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "react-router";
import { checkOrganisationPermission } from "#domain/accounts/permissions.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { formatDate } from "#domain/i18n/format.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { findOrganisationForMember } from "#domain/organisations/find-organisations.server.ts";
import { norwegianCounties } from "#domain/organisations/norwegian-counties.ts";
import { formatOrganisationNumber } from "#domain/organisations/organisation-number.ts";
import { DataTable } from "../components/data-table.tsx";
import { Paragraph } from "../components/designsystemet.tsx";
import { formKitMessages, PostForm, TextInput } from "../components/form-kit.tsx";
import { Notice } from "../components/notice.tsx";
import { Page, SectionHeading } from "../components/page.tsx";
import { RowAction } from "../components/row-action.tsx";
import { SelectField } from "../components/select-field.tsx";
import { useSchemaForm } from "../components/use-schema-form.ts";
import { inviteSchema } from "../forms/account-forms.ts";
import { localeFrom, useLocale, useT } from "../web/locale.ts";
import { readForm } from "../web/read-form.server.ts";
import type { RouteHandle } from "../web/route-handle.ts";
import { requirePermission } from "../web/session.server.ts";
import type { Route } from "./+types/organisation";

const notFound = () => data({ reason: "not-found" }, { status: 404 });

export const handle: RouteHandle = { messages: ["organisation", "account", ...formKitMessages] };

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const user = await requirePermission(request, context, locale, "account.manage");
  const found = await findOrganisationForMember(context.services.db, params.organisationId, user.id);
  // Someone else's organisation looks exactly like one that does not exist.
  if (!found) throw notFound();
  return {
    name: found.organisation.name,
    details: found.organisation.orgNumber
      ? {
          number: formatOrganisationNumber(found.organisation.orgNumber),
          address: found.organisation.address ?? "",
          county: norwegianCounties.find((c) => c.id === found.organisation.county)?.name[locale] ?? "",
        }
      : null,
    myUserId: user.id,
    canInvite: checkOrganisationPermission(found.myRole, "organisation.invite").allowed,
    canRemove: checkOrganisationPermission(found.myRole, "organisation.removeMember").allowed,
    members: found.members,
    invitations: found.invitations.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString() })),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const user = await requirePermission(request, context, locale, "account.manage");
  const t = createTranslator(locale);
  const { db, auth } = context.services;
  const found = await findOrganisationForMember(db, params.organisationId, user.id);
  if (!found) throw notFound();
  const formData = await readForm(request);
  const actor = { id: user.id, label: `user:${user.id}` };
  if (formData.get("intent") === "remove-member") {
    if (!checkOrganisationPermission(found.myRole, "organisation.removeMember").allowed) {
      throw data({ reason: "forbidden" }, { status: 403 });
    }
    const memberId = String(formData.get("memberId") ?? "");
    const member = found.members.find((m) => m.id === memberId);
    if (!member || member.userId === user.id) {
      return data(
        { result: undefined, message: t("organisation.removeRefused"), ok: false },
        { status: 400 },
      );
    }
    await auth.api.removeMember({
      body: { memberIdOrEmail: member.id, organizationId: found.organisation.id },
      headers: request.headers,
    });
    await recordAuditEntry(db, {
      actor,
      action: "organisation.remove-member",
      entityType: "organisation",
      entityId: found.organisation.id,
      before: { userId: member.userId },
    });
    return { result: undefined, message: t("organisation.removed"), ok: true };
  }
  if (!checkOrganisationPermission(found.myRole, "organisation.invite").allowed) {
    throw data({ reason: "forbidden" }, { status: 403 });
  }
  const submission = parseWithZod(formData, { schema: inviteSchema(t) });
  if (submission.status !== "success")
    return data({ result: submission.reply(), message: null, ok: false }, { status: 400 });
  const { email, role } = submission.value;
  if (found.members.some((m) => m.email.toLowerCase() === email.toLowerCase())) {
    return data(
      {
        result: submission.reply({ fieldErrors: { email: [t("organisation.alreadyMember")] } }),
        message: null,
        ok: false,
      },
      { status: 400 },
    );
  }
  const invitation = await auth.api
    .createInvitation({
      body: { email, role, organizationId: found.organisation.id, resend: true },
      headers: request.headers,
    })
    .catch(() => null);
  if (!invitation)
    return data(
      { result: submission.reply({ formErrors: [t("form.invalid")] }), message: null, ok: false },
      { status: 400 },
    );
  await recordAuditEntry(db, {
    actor,
    action: "organisation.invite",
    entityType: "organisation",
    entityId: found.organisation.id,
    after: { invitationId: invitation.id, role },
  });
  return { result: submission.reply({ resetForm: true }), message: t("organisation.invited"), ok: true };
}

export default function Organisation({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useSchemaForm(inviteSchema(t), {
    id: "invite",
    lastResult: actionData?.result,
    defaultValue: { role: "member" },
  });
  return (
    <Page title={loaderData.name}>
      {loaderData.details && <Paragraph>{t("organisation.details", loaderData.details)}</Paragraph>}
      <Notice result={actionData} />
      <SectionHeading>{t("organisation.members")}</SectionHeading>
      <DataTable
        caption={t("organisation.members")}
        rows={loaderData.members}
        columns={[
          { header: t("account.name"), cell: (m) => m.name },
          { header: t("account.email"), cell: (m) => m.email },
          {
            header: t("organisation.role"),
            cell: (m) => t(m.role === "owner" ? "organisation.role.owner" : "organisation.role.member"),
          },
          ...(loaderData.canRemove
            ? [
                {
                  header: t("account.sessions.action"),
                  cell: (m: (typeof loaderData.members)[number]) =>
                    m.userId !== loaderData.myUserId && (
                      <RowAction fields={{ intent: "remove-member", memberId: m.id }}>
                        {t("organisation.remove")} <span className="bb-visually-hidden">{m.name}</span>
                      </RowAction>
                    ),
                },
              ]
            : []),
        ]}
      />
      {loaderData.invitations.length > 0 && (
        <>
          <SectionHeading>{t("organisation.pendingInvitations")}</SectionHeading>
          <ul>
            {loaderData.invitations.map((i) => (
              <li key={i.id}>
                {i.email} ({t(i.role === "owner" ? "organisation.role.owner" : "organisation.role.member")}) –{" "}
                {t("organisation.expires", { date: formatDate(locale, i.expiresAt) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {loaderData.canInvite ? (
        <>
          <SectionHeading>{t("organisation.invite.heading")}</SectionHeading>
          <PostForm
            form={form}
            fieldLabels={{ email: t("account.email"), role: t("organisation.role") }}
            submit={t("organisation.invite.submit")}
          >
            <input type="hidden" name="intent" value="invite" />
            <TextInput field={fields.email} label={t("account.email")} type="email" autoComplete="off" />
            <SelectField
              id={fields.role.id}
              name={fields.role.name}
              label={t("organisation.role")}
              defaultValue="member"
              options={[
                { value: "member", label: t("organisation.role.member") },
                { value: "owner", label: t("organisation.role.owner") },
              ]}
            />
          </PostForm>
        </>
      ) : (
        <Paragraph>{t("organisation.onlyOwnersInvite")}</Paragraph>
      )}
    </Page>
  );
}
