import { data, Form, redirect } from "react-router";
import { applicationTitle } from "#domain/applications/application-title.ts";
import { describeRights } from "#domain/collaboration/collaborator-rights.ts";
import { countryName } from "#domain/collaboration/countries.ts";
import {
  collaboratorRoles,
  findOpenInvitation,
  isInvitedAddress,
  maskEmail,
  type OpenInvitation,
  respondToInvitation,
} from "#domain/collaboration/respond-to-invitation.server.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { Alert, Button, Heading, Paragraph } from "../../components/designsystemet.tsx";
import { failureMessage, failureStatus } from "../../web/answer.server.ts";
import { localeFrom, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import { requireUser, type SessionUser } from "../../web/session.server.ts";
import type { Route } from "./+types/application-invitation";

// The link in an application invitation e-mail. Anyone must log in first (and comes back here);
// only the invited address sees what the invitation is about and can answer it. An unknown, used or
// withdrawn link is a 404, like any page that does not exist.

const notFound = () => data({ reason: "not-found" }, { status: 404 });

/** Why this person cannot answer the invitation, or null when they can. */
function refusal(invitation: OpenInvitation, user: SessionUser, locale: Locale): string | null {
  const t = createTranslator(locale);
  if (!isInvitedAddress(invitation, user.email))
    return t("collaboration.invitation.wrongAccount", { email: maskEmail(invitation.email) });
  if (!collaboratorRoles.includes(user.role)) return t("collaboration.invitation.role");
  return null;
}

export const handle: RouteHandle = { messages: ["collaboration.invitation"] };

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const user = await requireUser(request, context, locale);
  const invitation = await findOpenInvitation(context.services.db, params.token);
  if (!invitation) throw notFound();
  const refused = refusal(invitation, user, locale);
  // Someone else holding the link learns nothing about the application.
  if (refused) return data({ refused, invitation: null }, { status: 403 });
  const t = createTranslator(locale);
  const country = countryName(locale, invitation.country);
  return {
    refused: null,
    invitation: {
      text: t("collaboration.invitation.text", {
        inviter: invitation.inviterName,
        organisation: invitation.applicantOrganisationName,
        title: applicationTitle(invitation.applicationForm, locale) ?? t("collaboration.untitled"),
      }),
      as:
        invitation.kind === "organisation"
          ? t("collaboration.invitation.asOrganisation", {
              organisation: invitation.organisationName ?? "",
              country,
            })
          : t("collaboration.invitation.asPerson", { country }),
      rights: t("collaboration.invitation.rights", { rights: describeRights(locale, invitation) }),
    },
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const user = await requireUser(request, context, locale);
  const intent = (await readForm(request)).get("intent");
  if (intent !== "accept" && intent !== "decline") throw data({ reason: "bad-request" }, { status: 400 });
  const { db } = context.services;
  const result = await respondToInvitation(db, params.token, user, intent);
  if (!result.ok) {
    if (result.kind === "not-found") throw notFound();
    const t = createTranslator(locale);
    return data({ refused: failureMessage(t, result) }, { status: failureStatus(result) });
  }
  if (result.value.answer === "decline") return redirect(`/${locale}`);
  return redirect(`/${locale}/applications/${encodeURIComponent(result.value.applicationId)}/project`);
}

export default function ApplicationInvitation({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const refused = actionData?.refused ?? loaderData.refused;
  const { invitation } = loaderData;
  return (
    <div className="bb-stack">
      <title>{`${t("collaboration.invitation.title")} – ${t("app.name")}`}</title>
      <Heading level={1}>{t("collaboration.invitation.title")}</Heading>
      {refused || !invitation ? (
        <Alert data-color="warning">{refused}</Alert>
      ) : (
        <>
          <Paragraph>{invitation.text}</Paragraph>
          <Paragraph>{invitation.as}</Paragraph>
          <Paragraph>{invitation.rights}</Paragraph>
          <Form method="post" className="bb-inline-list">
            <Button type="submit" name="intent" value="accept">
              {t("collaboration.invitation.accept")}
            </Button>
            <Button type="submit" name="intent" value="decline" variant="secondary">
              {t("collaboration.invitation.decline")}
            </Button>
          </Form>
        </>
      )}
    </div>
  );
}
