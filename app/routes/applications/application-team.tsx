import { type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, redirect } from "react-router";
import { checkCaseAccess, mayDo } from "#domain/access/case-access.ts";
import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { applicationTitle } from "#domain/applications/application-title.ts";
import {
  inviteCollaboratorSchema,
  postMessageSchema,
  revokeCollaboratorSchema,
} from "#domain/collaboration/collaboration-forms.ts";
import { describeRights } from "#domain/collaboration/collaborator-rights.ts";
import { countryName, countryOptions } from "#domain/collaboration/countries.ts";
import { inviteCollaborator } from "#domain/collaboration/invite-collaborator.server.ts";
import { listCollaborators } from "#domain/collaboration/list-collaborators.server.ts";
import { listMessages } from "#domain/collaboration/list-messages.server.ts";
import { postMessage } from "#domain/collaboration/post-message.server.ts";
import { revokeCollaborator } from "#domain/collaboration/revoke-collaborator.server.ts";
import { threadItems } from "#domain/collaboration/thread-items.ts";
import { type Column, DataTable } from "../../components/data-table.tsx";
import { Button, Heading, Link, Paragraph } from "../../components/designsystemet.tsx";
import { FormErrors, formKitMessages, getFormProps, TextInput } from "../../components/form-kit.tsx";
import { TeamMessageList } from "../../components/message-thread/message-thread.tsx";
import { Notice } from "../../components/notice.tsx";
import { RowAction } from "../../components/row-action.tsx";
import { InviteForm } from "../../components/team/invite-form.tsx";
import { failureMessage, failureStatus, notFoundPage, refusalFieldErrors } from "../../web/answer.server.ts";
import { requireCaseAction } from "../../web/case-access.server.ts";
import { openCase } from "../../web/case-request.server.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import type { Route } from "./+types/application-team";

// The application's team: the partners invited to it, the invitation form and the conversation between
// the applicant and the partners. Not a step of the form: every step links here.

const forbidden = () => data({ reason: "forbidden" }, { status: 403 });
const notices = {
  invited: "collaboration.notice.invited",
  revoked: "collaboration.notice.revoked",
  posted: "collaboration.notice.posted",
} as const;

// The team's page: the secretariat sees the case, not the applicant's workroom (403).
const teamDoor = "read_team_thread";

export const handle: RouteHandle = {
  messages: ["collaboration", "application.step", "account.name.noMarkup", ...formKitMessages],
};

export async function loader(args: Route.LoaderArgs) {
  const { locale, t, access, db } = await openCase(args, teamDoor);
  const done = new URL(args.request.url).searchParams.get("done");
  const collaborators = await listCollaborators(db, access);
  const inviting = checkCaseAccess(access, "invite_collaborator");
  const messages = await listMessages(db, access, "team");
  return {
    applicationId: access.application.id,
    title:
      applicationTitle(access.application.form as ApplicationForm, locale) ?? t("collaboration.untitled"),
    canInvite: inviting.allowed,
    // Why there is no form: the application is sent (members), or inviting is the members' (partners).
    inviteNotNow: !inviting.allowed && inviting.kind === "state",
    canRevoke: mayDo(access, "revoke_collaborator"),
    canComment: mayDo(access, "comment"),
    notice: done && Object.hasOwn(notices, done) ? t(notices[done as keyof typeof notices]) : null,
    collaborators: collaborators.map((c) => ({
      id: c.id,
      name: c.name,
      email: c.email,
      organisation:
        c.kind === "organisation" ? (c.organisationName ?? "") : t("collaboration.team.privatePerson"),
      country: countryName(locale, c.country),
      rights: capitalise(describeRights(locale, c)),
      status: c.status,
      open: c.status === "invited" || c.status === "accepted",
    })),
    messages: threadItems(messages, locale, (name) => name),
    countries: countryOptions(locale),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export async function action(args: Route.ActionArgs) {
  const { locale, t, user, access, db, mail } = await openCase(args, teamDoor);
  const formData = await readForm(args.request);
  const intent = formData.get("intent");
  const back = (done: keyof typeof notices) =>
    redirect(`/${locale}/applications/${encodeURIComponent(access.application.id)}/team?done=${done}`);
  const refuse = (form: "invite" | "post-message", status: number, result: SubmissionResult<string[]>) =>
    data({ form, result, message: null as string | null }, { status });
  const refuseRevoke = (status: number, message: string) =>
    data({ form: "revoke" as const, result: null, message }, { status });

  if (intent === "invite") {
    requireCaseAction(access, "invite_collaborator");
    const submission = parseWithZod(formData, { schema: inviteCollaboratorSchema(t) });
    if (submission.status !== "success") return refuse("invite", 400, submission.reply());
    const invited = await inviteCollaborator(db, access, user, submission.value, mail);
    if (!invited.ok) {
      if (invited.kind === "not-found") throw notFoundPage();
      if (failureStatus(invited) === 403) throw forbidden();
      // Beside the field the reason concerns, or above the form when it concerns the whole invitation.
      const fieldErrors = refusalFieldErrors(t, invited);
      const result =
        Object.keys(fieldErrors).length > 0
          ? submission.reply({ fieldErrors })
          : submission.reply({ formErrors: [failureMessage(t, invited)] });
      return refuse("invite", failureStatus(invited), result);
    }
    return back("invited");
  }

  if (intent === "revoke") {
    requireCaseAction(access, "revoke_collaborator");
    const parsed = revokeCollaboratorSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return refuseRevoke(400, t("form.invalid"));
    const revoked = await revokeCollaborator(db, access, user, parsed.data.collaboratorId);
    if (!revoked.ok) {
      if (failureStatus(revoked) === 403) throw forbidden();
      // A partner already gone (or never on this application): said beside the list, not as a 404 page.
      return refuseRevoke(404, t("collaboration.error.not-found"));
    }
    return back("revoked");
  }

  if (intent === "post-message") {
    requireCaseAction(access, "comment");
    const submission = parseWithZod(formData, { schema: postMessageSchema(t) });
    if (submission.status !== "success") return refuse("post-message", 400, submission.reply());
    const posted = await postMessage(db, access, user, "team", submission.value.body, mail);
    if (!posted.ok) {
      if (posted.error === "forbidden") throw forbidden();
      return refuse("post-message", 400, submission.reply({ formErrors: [t("form.invalid")] }));
    }
    return back("posted");
  }

  throw data({ reason: "bad-request" }, { status: 400 });
}

export default function ApplicationTeam({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { applicationId } = loaderData;
  const revokeError = actionData?.form === "revoke" ? actionData.message : null;
  // Forms post to the page without its query string, so "?done=…" from the last success is not
  // shown again next to a new error.
  const teamPath = localePath(locale, `/applications/${applicationId}/team`);
  const columns: Column<(typeof loaderData.collaborators)[number]>[] = [
    {
      header: t("collaboration.team.column.name"),
      cell: (c) => (
        <>
          {c.name}
          {c.email && (
            <>
              <br />
              <span>{c.email}</span>
            </>
          )}
        </>
      ),
    },
    { header: t("collaboration.team.column.organisation"), cell: (c) => c.organisation },
    { header: t("collaboration.team.column.country"), cell: (c) => c.country },
    { header: t("collaboration.team.column.rights"), cell: (c) => c.rights },
    { header: t("collaboration.team.column.status"), cell: (c) => t(`collaboration.status.${c.status}`) },
  ];
  if (loaderData.canRevoke) {
    columns.push({
      header: t("collaboration.team.column.action"),
      cell: (c) =>
        c.open && (
          <RowAction action={teamPath} fields={{ intent: "revoke", collaboratorId: c.id }}>
            {t("collaboration.team.revoke")} <span className="bb-visually-hidden">{c.name}</span>
          </RowAction>
        ),
    });
  }
  return (
    <div className="bb-stack">
      <title>{`${t("collaboration.team.title")} – ${loaderData.title} – ${t("app.name")}`}</title>
      <Heading level={1}>{t("collaboration.team.title")}</Heading>
      <Paragraph>{t("collaboration.team.application", { title: loaderData.title })}</Paragraph>
      <Paragraph>
        <Link href={localePath(locale, `/applications/${applicationId}/project`)}>
          {t("collaboration.team.back")}
        </Link>
      </Paragraph>
      <Notice result={loaderData.notice ? { ok: true, message: loaderData.notice } : null} />
      <Notice result={revokeError ? { ok: false, message: revokeError } : null} />

      <Heading level={2} data-size="sm">
        {t("collaboration.team.partners")}
      </Heading>
      {loaderData.collaborators.length === 0 ? (
        <Paragraph>{t("collaboration.team.none")}</Paragraph>
      ) : (
        <DataTable
          caption={t("collaboration.team.partners")}
          columns={columns}
          rows={loaderData.collaborators}
          rowKey={(c) => c.id}
        />
      )}

      <Heading level={2} data-size="sm">
        {t("collaboration.invite.heading")}
      </Heading>
      {loaderData.canInvite ? (
        <InviteForm
          action={teamPath}
          countries={loaderData.countries}
          lastResult={actionData?.form === "invite" ? actionData.result : null}
        />
      ) : (
        <Paragraph>
          {loaderData.inviteNotNow
            ? t("collaboration.invite.notDraft")
            : t("collaboration.invite.onlyApplicant")}
        </Paragraph>
      )}

      <Heading level={2} data-size="sm">
        {t("collaboration.thread.heading")}
      </Heading>
      <Paragraph>{t("collaboration.thread.intro")}</Paragraph>
      <TeamMessageList messages={loaderData.messages} empty={t("collaboration.thread.empty")} />
      {loaderData.canComment ? (
        <MessageForm
          action={teamPath}
          lastResult={actionData?.form === "post-message" ? actionData.result : null}
        />
      ) : (
        <Paragraph>{t("collaboration.thread.readOnly")}</Paragraph>
      )}
    </div>
  );
}

type LastResult = SubmissionResult<string[]> | null;

function MessageForm({ action, lastResult }: { action: string; lastResult: LastResult }) {
  const t = useT();
  const [form, fields] = useForm({
    id: "message",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: postMessageSchema(t) }),
  });
  return (
    <Form method="post" action={action} className="bb-form" {...getFormProps(form)}>
      <FormErrors form={form} fieldLabels={{ body: t("collaboration.thread.message") }} />
      <input type="hidden" name="intent" value="post-message" />
      <TextInput field={fields.body} label={t("collaboration.thread.message")} multiline />
      <div>
        <Button type="submit">{t("collaboration.thread.submit")}</Button>
      </div>
    </Form>
  );
}
