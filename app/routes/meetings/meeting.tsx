import { data, Form, redirect } from "react-router";
import { findCaseAccess } from "#domain/access/case-access.server.ts";
import { checkCaseAccess } from "#domain/access/case-access.ts";
import { checkPermission } from "#domain/accounts/permissions.ts";
import { applicationTitle } from "#domain/applications/application-title.ts";
import { amountsInKroner, refusedByAccess } from "#domain/cases/case-refusal.ts";
import { formatDate, formatDateTime, formatNok } from "#domain/i18n/format.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { addAgendaItem, listAgendaCandidates, removeAgendaItem } from "#domain/meetings/agenda.server.ts";
import { agendaItemView } from "#domain/meetings/agenda-item-view.ts";
import { closeMeeting } from "#domain/meetings/close-meeting.server.ts";
import { decisionInputSchema } from "#domain/meetings/decision-input.ts";
import { decisionTransition } from "#domain/meetings/decision-transition.ts";
import { findMeeting } from "#domain/meetings/find-meeting.server.ts";
import { recordDecision } from "#domain/meetings/record-decision.server.ts";
import type { Failure } from "#domain/result.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { Alert, Button, Paragraph } from "../../components/designsystemet.tsx";
import { AgendaEntry, type DecisionAnswer } from "../../components/meeting/agenda-entry.tsx";
import { MeetingFacts } from "../../components/meeting/meeting-facts.tsx";
import { Notice, useDoneNotice } from "../../components/notice.tsx";
import { Page } from "../../components/page.tsx";
import { PageSection } from "../../components/page-section.tsx";
import { PostButton } from "../../components/post-button.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { failureMessage, failureStatus, notFoundPage } from "../../web/answer.server.ts";
import { openPage } from "../../web/case-request.server.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import type { Route } from "./+types/meeting";

// One meeting: its agenda of cases, the budget left for the programme and year as decisions are
// recorded, and the decisions. Programme managers put cases on the agenda (of the meeting's programme
// and level, ready for decision; appeals on board meetings), take undecided ones off, and close the
// meeting, after which its minutes can be printed. Each decision goes through the case workflow:
// programme managers decide at the secretariat's meetings, board members at the board's.

async function loadMeeting(context: Route.LoaderArgs["context"], meetingId: string | undefined) {
  const id = meetingId ?? "";
  if (!/^[0-9a-f-]{36}$/.test(id)) throw notFoundPage();
  const detail = await findMeeting(context.services.db, id);
  if (!detail) throw notFoundPage();
  return detail;
}

const calendarDate = (locale: Locale, date: string) => formatDate(locale, `${date}T12:00:00Z`);

export const handle: RouteHandle = { messages: ["meeting", "meetings", "case"] };

export async function loader(args: Route.LoaderArgs) {
  const { locale, user, db } = await openPage(args, "meetings.read");
  const detail = await loadMeeting(args.context, args.params.meetingId);
  const { meeting } = detail;
  const open = meeting.closedAt === null;
  const canManage = checkPermission(user.role, "meetings.manage").allowed;
  const candidates = open && canManage ? await listAgendaCandidates(db, meeting) : [];
  const items = [];
  for (const item of detail.items) {
    const access = await findCaseAccess(db, item.applicationId, user);
    items.push(agendaItemView(item, { access, open, canManage }, locale));
  }
  return {
    id: meeting.id,
    kind: meeting.kind,
    heldOn: calendarDate(locale, meeting.heldOn),
    programme: detail.programmeName[locale],
    closedAt: meeting.closedAt ? formatDateTime(locale, meeting.closedAt) : null,
    budget: {
      budget: formatNok(locale, detail.budget.budget),
      approved: formatNok(locale, detail.budget.approved),
      left: formatNok(locale, detail.budget.left),
    },
    items,
    candidates: candidates.map((candidate) => ({
      value: candidate.applicationId,
      label: `${candidate.caseNumber} – ${candidate.organisationName}: ${
        applicationTitle(candidate.form, locale) ?? ""
      }${candidate.status === "appealed" ? ` (${createTranslator(locale)("case.state.appealed")})` : ""}`,
    })),
    canManage,
    undecided: detail.items.filter((item) => item.decision === null).length,
  };
}

type ActionData = DecisionAnswer;

export async function action(args: Route.ActionArgs) {
  const { locale, t, user, db, services } = await openPage(args, "meetings.read");
  const detail = await loadMeeting(args.context, args.params.meetingId);
  const formData = await readForm(args.request);
  const intent = String(formData.get("intent") ?? "");
  const here = `/${locale}/meetings/${detail.meeting.id}`;
  const now = new Date();
  // A refusal in the reader's words (amounts in kroner), beside the agenda entry it answers.
  const refuse = (failure: Failure, extra: Partial<ActionData> = {}) => {
    if (failure.kind === "not-found") throw notFoundPage();
    const message = failureMessage(t, amountsInKroner(failure, locale));
    return data<ActionData>({ intent, ok: false, message, ...extra }, { status: failureStatus(failure) });
  };
  const manage = () => {
    if (!checkPermission(user.role, "meetings.manage").allowed)
      throw data({ reason: "forbidden" }, { status: 403 });
  };

  if (intent === "add") {
    manage();
    const applicationId = String(formData.get("applicationId") ?? "");
    if (!/^[0-9a-f-]{36}$/.test(applicationId))
      return data<ActionData>({ intent, ok: false, message: t("meetings.error.case") }, { status: 400 });
    const result = await addAgendaItem(db, { meetingId: detail.meeting.id, applicationId, actor: user, now });
    if (!result.ok)
      return result.kind === "not-found"
        ? data<ActionData>({ intent, ok: false, message: t("meetings.error.case") }, { status: 400 })
        : refuse(result);
    throw redirect(`${here}?added=1#agenda`);
  }
  if (intent === "remove") {
    manage();
    const result = await removeAgendaItem(db, {
      meetingId: detail.meeting.id,
      itemId: String(formData.get("itemId") ?? ""),
      actor: user,
      now,
    });
    if (!result.ok) return refuse(result);
    throw redirect(`${here}?removed=1#agenda`);
  }
  if (intent === "close") {
    manage();
    const result = await closeMeeting(db, { meetingId: detail.meeting.id, actor: user, now });
    if (!result.ok) return refuse(result);
    throw redirect(`${here}?closed=1`);
  }
  if (intent === "decide") {
    const itemId = String(formData.get("itemId") ?? "");
    const item = detail.items.find((entry) => entry.id === itemId);
    if (!item) throw notFoundPage();
    const values = Object.fromEntries(
      ["outcome", "amount", "conditions", "reasons"].map((name) => [name, String(formData.get(name) ?? "")]),
    );
    const outcome = values.outcome === "reject" ? "reject" : "approve";
    const parsed = decisionInputSchema(t).safeParse(values);
    if (!parsed.success) {
      const fieldErrors: ActionData["fieldErrors"] = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === "amount" || field === "conditions" || field === "reasons")
          fieldErrors[field] ??= issue.message;
      }
      return data<ActionData>(
        { intent, ok: false, message: t("meetings.error.decision"), itemId, outcome, fieldErrors, values },
        { status: 400 },
      );
    }
    // The agenda shows the case to everyone at the meeting: a refusal is explained (403), not hidden.
    const access = await findCaseAccess(db, item.applicationId, user);
    const verdict = access && checkCaseAccess(access, decisionTransition(item.status, outcome));
    if (verdict && !verdict.allowed && verdict.kind !== "state")
      return refuse(refusedByAccess(verdict.refusal, item.status), { itemId, outcome, values });
    const result = await recordDecision(db, {
      meetingId: detail.meeting.id,
      itemId,
      decision: parsed.data,
      actor: { id: user.id, role: user.role, officeId: user.officeId },
      now,
      mail: {
        smtpEnabled: Boolean(services.config.SMTP_URL),
        baseUrl: services.config.baseUrl,
      },
    });
    if (!result.ok) {
      if (result.kind !== "refused") return refuse(result, { itemId, outcome, values });
      // An amount refused is also shown beside the amount field.
      const amount = result.reason.startsWith("meetings.refused.amount-")
        ? { amount: failureMessage(t, amountsInKroner(result, locale)) }
        : {};
      return refuse(result, { itemId, outcome, values, fieldErrors: amount });
    }
    throw redirect(`${here}?decided=1#item-${itemId}`);
  }
  throw data({ reason: "bad-request" }, { status: 400 });
}

export default function Meeting({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const view = loaderData;
  const kind = t(view.kind === "board" ? "meetings.kind.board" : "meetings.kind.secretariat");
  const heading = t("meeting.heading", { meeting: kind, date: view.heldOn });
  const notice = useDoneNotice(["created", "added", "removed", "decided", "closed"]);
  const result = actionData as ActionData | undefined;
  const generalError = result && !result.ok && !result.itemId ? result.message : null;
  return (
    <Page title={heading}>
      <MeetingFacts view={view} />
      <ul className="bb-inline-list">
        <li>
          <a href={localePath(locale, "/meetings")}>{t("meeting.allMeetings")}</a>
        </li>
        {view.closedAt && (
          <li>
            <a href={localePath(locale, `/meetings/${view.id}/minutes.pdf`)}>{t("meeting.minutes")}</a>
          </li>
        )}
      </ul>
      <Notice result={notice && { ok: true, message: t(`meeting.notice.${notice}`) }} />
      {generalError && (
        <Alert data-color="danger" role="alert">
          {generalError}
        </Alert>
      )}

      <PageSection id="agenda" heading={t("meeting.agenda")}>
        {view.items.length === 0 && <Paragraph>{t("meeting.agenda.empty")}</Paragraph>}
        {view.items.map((item) => (
          <AgendaEntry key={item.id} item={item} result={result?.itemId === item.id ? result : undefined} />
        ))}
      </PageSection>

      {view.canManage && !view.closedAt && (
        <PageSection id="add-case" heading={t("meeting.add.heading")}>
          {view.candidates.length === 0 ? (
            <Paragraph>
              {t(view.kind === "board" ? "meeting.add.noneBoard" : "meeting.add.noneSecretariat")}
            </Paragraph>
          ) : (
            <Form method="post" className="bb-form">
              <input type="hidden" name="intent" value="add" />
              <SelectField
                id="add-application"
                name="applicationId"
                label={t("meeting.add.case")}
                description={t(
                  view.kind === "board" ? "meeting.add.helpBoard" : "meeting.add.helpSecretariat",
                )}
                options={view.candidates}
              />
              <div>
                <Button type="submit">{t("meeting.add.submit")}</Button>
              </div>
            </Form>
          )}
        </PageSection>
      )}

      {view.canManage && !view.closedAt && (
        <PageSection id="close-meeting" heading={t("meeting.close.heading")}>
          <Paragraph>
            {view.undecided > 0
              ? t("meeting.close.undecided", { count: view.undecided })
              : t("meeting.close.text")}
          </Paragraph>
          <PostButton intent="close" variant="secondary">
            {t("meeting.close.submit")}
          </PostButton>
        </PageSection>
      )}
    </Page>
  );
}
