import { data, Form, redirect } from "react-router";
import { checkPermission } from "#domain/accounts/permissions.ts";
import { recordAuditEntry } from "#domain/audit/record-audit-entry.server.ts";
import { findInvitationForUser } from "#domain/organisations/find-organisations.server.ts";
import { Alert, Paragraph } from "../components/designsystemet.tsx";
import { IntentButton } from "../components/intent-button.tsx";
import { Page } from "../components/page.tsx";
import { localeFrom, useT } from "../web/locale.ts";
import { readForm } from "../web/read-form.server.ts";
import type { RouteHandle } from "../web/route-handle.ts";
import { requireUser } from "../web/session.server.ts";
import type { Route } from "./+types/invitation";

export const handle: RouteHandle = { messages: ["invitation"] };

// The link in an invitation e-mail. Only the invited address can see or answer it.
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const user = await requireUser(request, context, locale);
  const invitation = await findInvitationForUser(context.services.db, params.invitationId, user.email);
  if (!invitation) throw data({ reason: "not-found" }, { status: 404 });
  return {
    organisationName: invitation.organisationName,
    open: invitation.status === "pending" && invitation.expiresAt > new Date(),
    canJoin: checkPermission(user.role, "organisations.join").allowed,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const user = await requireUser(request, context, locale);
  if (!checkPermission(user.role, "organisations.join").allowed)
    throw data({ reason: "forbidden" }, { status: 403 });
  const { db, auth } = context.services;
  const invitation = await findInvitationForUser(db, params.invitationId, user.email);
  if (!invitation) throw data({ reason: "not-found" }, { status: 404 });
  const accept = (await readForm(request)).get("intent") === "accept";
  const body = { invitationId: invitation.id };
  const done = accept
    ? await auth.api.acceptInvitation({ body, headers: request.headers }).catch(() => null)
    : await auth.api.rejectInvitation({ body, headers: request.headers }).catch(() => null);
  if (!done) return data({ failed: true }, { status: 409 });
  await recordAuditEntry(db, {
    actor: { id: user.id, label: `user:${user.id}` },
    action: accept ? "invitation.accept" : "invitation.reject",
    entityType: "organisation",
    entityId: invitation.organisationId,
  });
  return redirect(
    accept ? `/${locale}/organisations/${invitation.organisationId}` : `/${locale}/organisations`,
  );
}

export default function Invitation({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <Page title={t("invitation.title")}>
      <Paragraph>{t("invitation.text", { organisation: loaderData.organisationName })}</Paragraph>
      {actionData?.failed && <Alert data-color="danger">{t("invitation.closed")}</Alert>}
      {!loaderData.open ? (
        <Alert data-color="warning">{t("invitation.closed")}</Alert>
      ) : !loaderData.canJoin ? (
        <Alert data-color="warning">{t("error.forbidden.text")}</Alert>
      ) : (
        <Form method="post" className="bb-inline-list">
          <IntentButton intent="accept">{t("invitation.accept")}</IntentButton>
          <IntentButton intent="decline" variant="secondary">
            {t("invitation.decline")}
          </IntentButton>
        </Form>
      )}
    </Page>
  );
}
