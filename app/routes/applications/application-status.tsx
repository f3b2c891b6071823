import { data, Form, redirect, useSearchParams } from "react-router";
import { editableSections, mayDo } from "#domain/access/case-access.ts";
import { listApplicationEvents } from "#domain/applications/application-events.server.ts";
import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { isApplicationSection } from "#domain/applications/application-sections.ts";
import { applicantHistoryItem, nextPages } from "#domain/applications/status-page.ts";
import { withdrawApplication } from "#domain/applications/withdraw-application.server.ts";
import { findScreening } from "#domain/cases/screening.server.ts";
import { listMessages } from "#domain/collaboration/list-messages.server.ts";
import { postMessage } from "#domain/collaboration/post-message.server.ts";
import { threadItems } from "#domain/collaboration/thread-items.ts";
import { formatDateTime } from "#domain/i18n/format.ts";
import { Checkbox } from "../../components/checkbox.tsx";
import { Alert, Button, Heading, Paragraph } from "../../components/designsystemet.tsx";
import { MessageForm, MessageList } from "../../components/message-thread/message-thread.tsx";
import { titleOf } from "../../web/application-view.server.ts";
import { requireCaseAction } from "../../web/case-access.server.ts";
import { openCase } from "../../web/case-request.server.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import type { Route } from "./+types/application-status";

// The applicant's view of a case: where it stands, its history in their words, the application as
// sent (PDF), the conversation with the secretariat, and withdrawal.

export const handle: RouteHandle = {
  messages: [
    "application.status",
    "application.ineligible",
    "application.link",
    "application.returned",
    "application.withdraw",
    "application.withdrawn",
  ],
};

export async function loader(args: Route.LoaderArgs) {
  const { locale, t, access, application, db } = await openCase(args, "view");
  const [events, screening] = await Promise.all([
    listApplicationEvents(db, application.id),
    findScreening(db, application.id),
  ]);
  const messages = mayDo(access, "read_case_thread") ? await listMessages(db, access, "case") : [];
  return {
    applicationId: application.id,
    title: titleOf(application.form as ApplicationForm, locale, t),
    status: application.status,
    caseNumber: application.caseNumber,
    submittedAt: application.submittedAt ? formatDateTime(locale, application.submittedAt) : null,
    history: events.map((event) => applicantHistoryItem(event, locale, t)),
    screening:
      application.status === "returned" || application.status === "ineligible"
        ? {
            reason: screening?.reason ?? "",
            sections: application.unlockedSections
              .filter(isApplicationSection)
              .map((section) => ({ section, name: t(`application.step.${section}`) })),
          }
        : null,
    messages: threadItems(messages, locale, () => t("application.status.fromStaff")),
    canMessage: mayDo(access, "message_case"),
    canWithdraw: mayDo(access, "withdraw"),
    canEdit: editableSections(access).length > 0,
    // Where the case goes on after a decision, for the applicant and partners.
    next: nextPages(application.status),
  };
}

export async function action(args: Route.ActionArgs) {
  const { locale, t, user, access, db, mail } = await openCase(args, "view");
  const formData = await readForm(args.request);
  const intent = formData.get("intent");
  const here = `/${locale}/applications/${access.application.id}/status`;
  if (intent === "withdraw") {
    if (!requireCaseAction(access, "withdraw").allowed) {
      return data({ intent, ok: false, message: t("application.withdraw.notPossible") }, { status: 409 });
    }
    if (formData.get("confirm") !== "on") {
      return data({ intent, ok: false, message: t("application.withdraw.confirmRequired") }, { status: 400 });
    }
    const result = await withdrawApplication(db, {
      applicationId: access.application.id,
      user,
      now: new Date(),
      mail,
    });
    if (!result.ok) {
      return data({ intent, ok: false, message: t("application.withdraw.notPossible") }, { status: 409 });
    }
    throw redirect(`${here}?withdrawn=1`);
  }
  if (intent === "message") {
    const result = await postMessage(db, access, user, "case", String(formData.get("body") ?? ""), mail);
    if (!result.ok) {
      if (result.error === "forbidden") throw data({ reason: "forbidden" }, { status: 403 });
      const message = result.error === "empty" ? t("form.required") : t("form.tooLong", { max: 5000 });
      return data({ intent, ok: false, message }, { status: 400 });
    }
    throw redirect(`${here}#messages`);
  }
  throw data({ reason: "bad-request" }, { status: 400 });
}

export default function ApplicationStatus({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const view = loaderData;
  const heading = view.caseNumber
    ? t("application.status.heading", { caseNumber: view.caseNumber })
    : t("application.status.draftHeading");
  const base = `/applications/${view.applicationId}`;
  const [searchParams] = useSearchParams();
  return (
    <div className="bb-stack">
      <title>{`${heading} – ${t("app.name")}`}</title>
      <Heading level={1}>{heading}</Heading>
      <Paragraph>{view.title}</Paragraph>
      {searchParams.get("sent") === "1" && view.submittedAt && (
        <Alert data-color="success" role="status">
          {t("application.status.sent", { date: view.submittedAt })}
        </Alert>
      )}
      {view.status === "withdrawn" && <Alert data-color="info">{t("application.withdrawn")}</Alert>}
      {view.screening && view.status === "returned" && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t("application.returned.heading")}
          </Heading>
          <Paragraph className="bb-message-body">{view.screening.reason}</Paragraph>
          <Paragraph>
            {t("application.returned.sections", {
              sections: view.screening.sections.map((s) => s.name).join(", "),
            })}
          </Paragraph>
          <ul>
            {view.screening.sections.map((s) => (
              <li key={s.section}>
                <a href={localePath(locale, `${base}/${s.section}`)}>{s.name}</a>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {view.screening && view.status === "ineligible" && (
        <Alert data-color="danger">
          <Heading level={2} data-size="xs">
            {t("application.ineligible.heading")}
          </Heading>
          <Paragraph className="bb-message-body">{view.screening.reason}</Paragraph>
        </Alert>
      )}
      <Paragraph>
        {t("application.status.current", { status: t(`application.status.${view.status}`) })}
      </Paragraph>
      {view.caseNumber && (
        <Paragraph>
          <a href={localePath(locale, `${base}/versions/1/pdf`)}>{t("application.status.pdf")}</a>
        </Paragraph>
      )}
      {(view.next.grant || view.next.payments || view.next.finalReport) && (
        <nav aria-label={t("application.link.next")}>
          <ul>
            {view.next.grant && (
              <li>
                <a href={localePath(locale, `${base}/grant`)}>{t("application.link.grant")}</a>
              </li>
            )}
            {view.next.payments && (
              <li>
                <a href={localePath(locale, `${base}/payments`)}>{t("application.link.payments")}</a>
              </li>
            )}
            {view.next.finalReport && (
              <li>
                <a href={localePath(locale, `${base}/final-report`)}>{t("application.link.finalReport")}</a>
              </li>
            )}
          </ul>
        </nav>
      )}
      {view.canEdit && (
        <Paragraph>
          <a href={localePath(locale, `${base}/project`)}>{t("application.status.openDraft")}</a>
        </Paragraph>
      )}
      <Heading level={2} data-size="sm">
        {t("application.status.history")}
      </Heading>
      <ol className="bb-history">
        {view.history.map((event) => (
          <li key={event.id}>
            <time>{event.at}</time>: {event.text}
          </li>
        ))}
      </ol>
      {view.status !== "draft" && (
        <section aria-labelledby="messages" className="bb-stack">
          <Heading level={2} data-size="sm" id="messages">
            {t("application.status.messages")}
          </Heading>
          <MessageList messages={view.messages} empty={t("application.status.noMessages")} />
          {view.canMessage && (
            <MessageForm
              label={t("application.status.message")}
              submit={t("application.status.send")}
              error={actionData?.intent === "message" && !actionData.ok ? actionData.message : undefined}
            />
          )}
        </section>
      )}
      {view.canWithdraw && (
        <section aria-labelledby="withdraw" className="bb-stack">
          <Heading level={2} data-size="sm" id="withdraw">
            {t("application.withdraw.heading")}
          </Heading>
          <Paragraph>{t("application.withdraw.text")}</Paragraph>
          {actionData?.intent === "withdraw" && !actionData.ok && (
            <Alert data-color="danger" role="alert">
              {actionData.message}
            </Alert>
          )}
          <Form method="post" className="bb-form">
            <input type="hidden" name="intent" value="withdraw" />
            <Checkbox id="withdraw-confirm" name="confirm" label={t("application.withdraw.confirm")} />
            <div>
              <Button type="submit" variant="secondary" data-color="danger">
                {t("application.withdraw.submit")}
              </Button>
            </div>
          </Form>
        </section>
      )}
    </div>
  );
}
