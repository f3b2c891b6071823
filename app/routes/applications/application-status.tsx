import { data, Form, redirect, useSearchParams } from "react-router";
import { editableSections, mayDo } from "#domain/access/case-access.ts";
import { listApplicationEvents } from "#domain/applications/application-events.server.ts";
import type { ApplicationForm } from "#domain/applications/application-form.ts";
import { isApplicationSection } from "#domain/applications/application-sections.ts";
import { withdrawApplication } from "#domain/applications/withdraw-application.server.ts";
import { findScreening } from "#domain/cases/screening.server.ts";
import { listMessages } from "#domain/collaboration/list-messages.server.ts";
import { postMessage } from "#domain/collaboration/post-message.server.ts";
import { formatDateTime, formatNok } from "#domain/i18n/format.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { isCaseState } from "#vocabulary/vocabulary.ts";
import { Alert, Button, Heading, Paragraph } from "../../components/designsystemet.tsx";
import { TextField } from "../../components/text-field.tsx";
import { titleOf } from "../../web/application-view.server.ts";
import { requireCaseAccess, requireCaseAction } from "../../web/case-access.server.ts";
import { localeFrom, localePath, useLocale, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import type { Route } from "./+types/application-status";

// The applicant's view of a case: where it stands, its history in their words, the application as
// sent (PDF), the conversation with the secretariat, and withdrawal.

const eventKeys = {
  created: "application.status.event.created",
  submitted: "application.status.event.submitted",
  withdrawn: "application.status.event.withdrawn",
  withdraw: "application.status.event.withdrawn",
} as const;

const paymentEvents = ["payment-requested", "payment-approved", "payment-paid", "payment-refused"] as const;

const decidedStates: readonly string[] = [
  "approved",
  "rejected",
  "appealed",
  "grant_accepted",
  "running",
  "final_report_submitted",
  "report_returned",
  "report_approved",
  "closed",
];
const grantStates: readonly string[] = decidedStates.filter(
  (s) => !["approved", "rejected", "appealed"].includes(s),
);
const reportStates: readonly string[] = grantStates.filter((s) => s !== "grant_accepted");

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

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const { access } = await requireCaseAccess(request, context, locale, params.applicationId, "view");
  const t = createTranslator(locale);
  const db = context.services.db;
  const { application } = access;
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
    history: events.map((event) => {
      const {
        caseNumber = "",
        to,
        kind,
        amount,
        days,
      } = event.data as {
        caseNumber?: string;
        to?: string;
        kind?: string;
        amount?: number;
        days?: number;
      };
      // Case-handling moves are told by the state they led to, in the applicant's words; payments
      // and report reminders by what happened.
      const text =
        event.kind in eventKeys
          ? t(eventKeys[event.kind as keyof typeof eventKeys], { caseNumber })
          : paymentEvents.includes(event.kind as (typeof paymentEvents)[number])
            ? t(`application.status.event.${event.kind as (typeof paymentEvents)[number]}`, {
                payment: t(`application.status.event.payment.${kind === "final" ? "final" : "advance"}`),
                amount: formatNok(locale, amount ?? 0),
              })
            : event.kind === "report-reminder"
              ? t("application.status.event.report-reminder", { days: days ?? 0 })
              : event.kind === "report-overdue"
                ? t("application.status.event.report-overdue")
                : isCaseState(to)
                  ? t("application.status.event.moved", { state: t(`application.status.${to}`) })
                  : t("application.status.event.other");
      return { id: event.id, at: formatDateTime(locale, event.at), text };
    }),
    screening:
      application.status === "returned" || application.status === "ineligible"
        ? {
            reason: screening?.reason ?? "",
            sections: application.unlockedSections
              .filter(isApplicationSection)
              .map((section) => ({ section, name: t(`application.step.${section}`) })),
          }
        : null,
    messages: messages.map((message) => ({
      id: message.id,
      from: message.fromStaff ? t("application.status.fromStaff") : message.authorName,
      at: formatDateTime(locale, message.createdAt),
      body: message.body,
    })),
    canMessage: mayDo(access, "message_case"),
    canWithdraw: mayDo(access, "withdraw"),
    canEdit: editableSections(access).length > 0,
    // Where the case goes on after a decision, for the applicant and partners.
    next: {
      grant: decidedStates.includes(application.status),
      payments: grantStates.includes(application.status),
      finalReport: reportStates.includes(application.status),
    },
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const { user, access } = await requireCaseAccess(request, context, locale, params.applicationId, "view");
  const t = createTranslator(locale);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const here = `/${locale}/applications/${access.application.id}/status`;
  if (intent === "withdraw") {
    if (!requireCaseAction(access, "withdraw").allowed) {
      return data({ intent, ok: false, message: t("application.withdraw.notPossible") }, { status: 409 });
    }
    if (formData.get("confirm") !== "on") {
      return data({ intent, ok: false, message: t("application.withdraw.confirmRequired") }, { status: 400 });
    }
    const result = await withdrawApplication(context.services.db, {
      applicationId: access.application.id,
      user,
      now: new Date(),
      mail: {
        smtpEnabled: Boolean(context.services.config.SMTP_URL),
        baseUrl: context.services.config.baseUrl,
      },
    });
    if (!result.ok) {
      return data({ intent, ok: false, message: t("application.withdraw.notPossible") }, { status: 409 });
    }
    throw redirect(`${here}?withdrawn=1`);
  }
  if (intent === "message") {
    const result = await postMessage(
      context.services.db,
      access,
      user,
      "case",
      String(formData.get("body") ?? ""),
      { baseUrl: context.services.config.baseUrl, smtpEnabled: Boolean(context.services.config.SMTP_URL) },
    );
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
          {view.messages.length === 0 ? (
            <Paragraph>{t("application.status.noMessages")}</Paragraph>
          ) : (
            <ol className="bb-messages">
              {view.messages.map((message) => (
                <li key={message.id}>
                  <Paragraph data-size="sm">
                    <strong>{message.from}</strong> · {message.at}
                  </Paragraph>
                  <Paragraph className="bb-message-body">{message.body}</Paragraph>
                </li>
              ))}
            </ol>
          )}
          {view.canMessage && (
            <Form method="post" className="bb-form">
              <input type="hidden" name="intent" value="message" />
              <TextField
                id="message-body"
                name="body"
                label={t("application.status.message")}
                multiline
                error={actionData?.intent === "message" && !actionData.ok ? actionData.message : undefined}
              />
              <div>
                <Button type="submit">{t("application.status.send")}</Button>
              </div>
            </Form>
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
            <div className="bb-checkbox">
              <input type="checkbox" className="ds-input" id="withdraw-confirm" name="confirm" value="on" />
              <label htmlFor="withdraw-confirm">{t("application.withdraw.confirm")}</label>
            </div>
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
