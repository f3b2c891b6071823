import { data, Form, redirect, useSearchParams } from "react-router";
import { findCaseAccess } from "#domain/access/case-access.server.ts";
import { checkCaseAccess, mayDo } from "#domain/access/case-access.ts";
import { checkPermission } from "#domain/accounts/permissions.ts";
import { applicationTitle } from "#domain/applications/application-title.ts";
import { formatDate, formatDateTime, formatNok, formatNumber } from "#domain/i18n/format.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { addAgendaItem, listAgendaCandidates, removeAgendaItem } from "#domain/meetings/agenda.server.ts";
import { closeMeeting } from "#domain/meetings/close-meeting.server.ts";
import { decisionInputSchema } from "#domain/meetings/decision-input.ts";
import { explainRefusal, refusalKind } from "#domain/meetings/explain-refusal.ts";
import { findMeeting } from "#domain/meetings/find-meeting.server.ts";
import { decisionTransition, recordDecision } from "#domain/meetings/record-decision.server.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { Alert, Button, Heading, Paragraph } from "../../components/designsystemet.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { TextField } from "../../components/text-field.tsx";
import { localeFrom, localePath, useLocale, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import { requirePermission } from "../../web/session.server.ts";
import type { Route } from "./+types/meeting";

// One meeting: its agenda of cases, the budget left for the programme and year as decisions are
// recorded, and the decisions. Programme managers put cases on the agenda (of the meeting's programme
// and level, ready for decision; appeals on board meetings), take undecided ones off, and close the
// meeting, after which its minutes can be printed. Each decision goes through the case workflow:
// programme managers decide at the secretariat's meetings, board members at the board's.

const notFound = () => data({ reason: "not-found" }, { status: 404 });
const statusOf = { forbidden: 403, conflict: 409, invalid: 400 } as const;

async function loadMeeting(context: Route.LoaderArgs["context"], meetingId: string | undefined) {
  const id = meetingId ?? "";
  if (!/^[0-9a-f-]{36}$/.test(id)) throw notFound();
  const detail = await findMeeting(context.services.db, id);
  if (!detail) throw notFound();
  return detail;
}

const calendarDate = (locale: Locale, date: string) => formatDate(locale, `${date}T12:00:00Z`);

export const handle: RouteHandle = { messages: ["meeting", "meetings", "case"] };

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const user = await requirePermission(request, context, locale, "meetings.read");
  const detail = await loadMeeting(context, params.meetingId);
  const { db } = context.services;
  const { meeting } = detail;
  const open = meeting.closedAt === null;
  const canManage = checkPermission(user.role, "meetings.manage").allowed;
  const candidates = open && canManage ? await listAgendaCandidates(db, meeting) : [];
  const items = [];
  for (const item of detail.items) {
    const access = await findCaseAccess(db, item.applicationId, user);
    const transition = decisionTransition(item.status, "approve");
    const ready = item.status === "ready_for_decision" || item.status === "appealed";
    items.push({
      id: item.id,
      applicationId: item.applicationId,
      caseNumber: item.caseNumber,
      title: applicationTitle(item.form, locale) ?? item.caseNumber,
      organisationName: item.organisationName,
      status: item.status,
      appeal: item.status === "appealed",
      requested: formatNok(locale, item.requested),
      suggestedAmount: String(item.assessment.averageAmount ?? item.requested),
      assessment: {
        submitted: item.assessment.submitted,
        overall:
          item.assessment.overall === null
            ? null
            : formatNumber(locale, item.assessment.overall, { maximumFractionDigits: 1 }),
        approve: item.assessment.approve,
        reject: item.assessment.reject,
        averageAmount:
          item.assessment.averageAmount === null ? null : formatNok(locale, item.assessment.averageAmount),
      },
      decision: item.decision,
      amount: item.amount === null ? null : formatNok(locale, item.amount),
      conditions: item.conditions,
      reasons: item.reasons,
      decidedByName: item.decidedByName,
      decidedAt: item.decidedAt ? formatDateTime(locale, item.decidedAt) : null,
      canDecide: open && item.decision === null && ready && access !== null && mayDo(access, transition),
      canRemove: open && canManage && item.decision === null,
      // The link only where the assessment page will open.
      canOpenAssessment: access !== null && mayDo(access, "read_case_file"),
    });
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

interface ActionData {
  intent: string;
  ok: boolean;
  message: string;
  itemId?: string;
  outcome?: "approve" | "reject";
  fieldErrors?: Partial<Record<"amount" | "conditions" | "reasons", string>>;
  values?: Record<string, string>;
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const user = await requirePermission(request, context, locale, "meetings.read");
  const detail = await loadMeeting(context, params.meetingId);
  const t = createTranslator(locale);
  const { db } = context.services;
  const formData = await readForm(request);
  const intent = String(formData.get("intent") ?? "");
  const here = `/${locale}/meetings/${detail.meeting.id}`;
  const now = new Date();
  const refuse = (reason: string, extra: Partial<ActionData> = {}, params: Record<string, string> = {}) =>
    data<ActionData>(
      { intent, ok: false, message: explainRefusal(locale, reason, params), ...extra },
      { status: statusOf[refusalKind(reason)] },
    );
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
      return result.error === "not-found"
        ? data<ActionData>({ intent, ok: false, message: t("meetings.error.case") }, { status: 400 })
        : refuse(result.error);
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
    if (!result.ok) return result.error === "not-found" ? notFound() : refuse(result.error);
    throw redirect(`${here}?removed=1#agenda`);
  }
  if (intent === "close") {
    manage();
    const result = await closeMeeting(db, { meetingId: detail.meeting.id, actor: user, now });
    if (!result.ok) return result.error === "not-found" ? notFound() : refuse(result.error);
    throw redirect(`${here}?closed=1`);
  }
  if (intent === "decide") {
    const itemId = String(formData.get("itemId") ?? "");
    const item = detail.items.find((entry) => entry.id === itemId);
    if (!item) throw notFound();
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
      return refuse(verdict.refusal, { itemId, outcome, values }, { state: item.status });
    const result = await recordDecision(db, {
      meetingId: detail.meeting.id,
      itemId,
      decision: parsed.data,
      actor: { id: user.id, role: user.role, officeId: user.officeId },
      now,
      mail: {
        smtpEnabled: Boolean(context.services.config.SMTP_URL),
        baseUrl: context.services.config.baseUrl,
      },
    });
    if (!result.ok) {
      if (result.error === "not-found") throw notFound();
      const fresh = await findMeeting(db, detail.meeting.id);
      const reason = result.reason;
      const explained = {
        state: result.state,
        requested: formatNok(locale, item.requested),
        left: formatNok(locale, fresh?.budget.left ?? detail.budget.left),
      };
      return refuse(
        reason,
        {
          itemId,
          outcome,
          values,
          fieldErrors: reason.startsWith("amount-")
            ? { amount: explainRefusal(locale, reason, explained) }
            : {},
        },
        explained,
      );
    }
    throw redirect(`${here}?decided=1#item-${itemId}`);
  }
  throw data({ reason: "bad-request" }, { status: 400 });
}

type ItemView = Route.ComponentProps["loaderData"]["items"][number];

export default function Meeting({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const view = loaderData;
  const [searchParams] = useSearchParams();
  const kind = t(view.kind === "board" ? "meetings.kind.board" : "meetings.kind.secretariat");
  const heading = t("meeting.heading", { meeting: kind, date: view.heldOn });
  const notice = (["created", "added", "removed", "decided", "closed"] as const).find(
    (key) => searchParams.get(key) === "1",
  );
  const result = actionData as ActionData | undefined;
  const generalError = result && !result.ok && !result.itemId ? result.message : null;
  return (
    <div className="bb-stack">
      <title>{`${heading} – ${t("app.name")}`}</title>
      <Heading level={1}>{heading}</Heading>
      <dl className="bb-facts">
        <dt>{t("meetings.programme")}</dt>
        <dd>{view.programme}</dd>
        <dt>{t("meetings.budgetForYear")}</dt>
        <dd>{view.budget.budget}</dd>
        <dt>{t("meeting.approvedThisYear")}</dt>
        <dd>{view.budget.approved}</dd>
        <dt>{t("meetings.budgetLeft")}</dt>
        <dd>
          <strong>{view.budget.left}</strong>
        </dd>
        <dt>{t("meetings.status")}</dt>
        <dd>{view.closedAt ? t("meeting.closedAt", { date: view.closedAt }) : t("meetings.status.open")}</dd>
      </dl>
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
      {notice && (
        <Alert data-color="success" role="status">
          {t(`meeting.notice.${notice}`)}
        </Alert>
      )}
      {generalError && (
        <Alert data-color="danger" role="alert">
          {generalError}
        </Alert>
      )}

      <section aria-labelledby="agenda" className="bb-stack">
        <Heading level={2} data-size="sm" id="agenda">
          {t("meeting.agenda")}
        </Heading>
        {view.items.length === 0 && <Paragraph>{t("meeting.agenda.empty")}</Paragraph>}
        {view.items.map((item) => (
          <AgendaEntry key={item.id} item={item} result={result?.itemId === item.id ? result : undefined} />
        ))}
      </section>

      {view.canManage && !view.closedAt && (
        <section aria-labelledby="add-case" className="bb-stack">
          <Heading level={2} data-size="sm" id="add-case">
            {t("meeting.add.heading")}
          </Heading>
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
        </section>
      )}

      {view.canManage && !view.closedAt && (
        <section aria-labelledby="close-meeting" className="bb-stack">
          <Heading level={2} data-size="sm" id="close-meeting">
            {t("meeting.close.heading")}
          </Heading>
          <Paragraph>
            {view.undecided > 0
              ? t("meeting.close.undecided", { count: view.undecided })
              : t("meeting.close.text")}
          </Paragraph>
          <Form method="post">
            <input type="hidden" name="intent" value="close" />
            <Button type="submit" variant="secondary">
              {t("meeting.close.submit")}
            </Button>
          </Form>
        </section>
      )}
    </div>
  );
}

function AgendaEntry({ item, result }: { item: ItemView; result: ActionData | undefined }) {
  const t = useT();
  const locale = useLocale();
  const headingId = `item-${item.id}`;
  const failed = result && !result.ok ? result : undefined;
  const approveErrors = failed?.outcome === "approve" ? failed.fieldErrors : undefined;
  const rejectErrors = failed?.outcome === "reject" ? failed.fieldErrors : undefined;
  const typed = (outcome: "approve" | "reject", name: string) =>
    failed?.outcome === outcome ? failed.values?.[name] : undefined;
  return (
    <section aria-labelledby={headingId} className="bb-stack bb-fieldset">
      <Heading level={3} data-size="xs" id={headingId}>
        {item.caseNumber} – {item.title}
      </Heading>
      <dl className="bb-facts">
        <dt>{t("meeting.item.applicant")}</dt>
        <dd>{item.organisationName}</dd>
        <dt>{t("meeting.item.requested")}</dt>
        <dd>{item.requested}</dd>
        <dt>{t("meeting.item.state")}</dt>
        <dd>{t(`case.state.${item.status}`)}</dd>
        <dt>{t("meeting.item.assessment")}</dt>
        <dd>
          {item.assessment.overall === null
            ? t("meeting.item.noAssessment")
            : t("meeting.item.assessmentSummary", {
                average: item.assessment.overall,
                count: item.assessment.submitted,
                approve: item.assessment.approve,
                reject: item.assessment.reject,
              })}
          {item.assessment.averageAmount &&
            ` ${t("meeting.item.recommendedAmount", { amount: item.assessment.averageAmount })}`}
          {item.canOpenAssessment && (
            <>
              {" "}
              <a href={localePath(locale, `/cases/${item.applicationId}/assessment`)}>
                {t("meeting.item.openAssessment")}
                <span className="bb-visually-hidden"> {item.caseNumber}</span>
              </a>
            </>
          )}
        </dd>
        {item.decision && (
          <>
            <dt>{t("meeting.item.decision")}</dt>
            <dd>
              {item.decision === "approved"
                ? t("meeting.item.approved", { amount: item.amount ?? "" })
                : t("meeting.item.rejected")}
              {item.decidedByName && item.decidedAt
                ? ` (${t("meeting.item.decidedBy", { name: item.decidedByName, date: item.decidedAt })})`
                : ""}
            </dd>
            {item.decision === "approved" ? (
              <>
                <dt>{t("meeting.item.conditions")}</dt>
                <dd className="bb-message-body">{item.conditions || t("meeting.item.none")}</dd>
              </>
            ) : (
              <>
                <dt>{t("meeting.item.reasons")}</dt>
                <dd className="bb-message-body">{item.reasons}</dd>
              </>
            )}
          </>
        )}
      </dl>
      {result?.message && (
        <Alert data-color="danger" role="alert">
          {result.message}
        </Alert>
      )}
      {item.canDecide && (
        <div className="bb-stack">
          <Form
            method="post"
            className="bb-form"
            aria-label={t(item.appeal ? "case.action.uphold_appeal" : "case.action.approve")}
          >
            <input type="hidden" name="intent" value="decide" />
            <input type="hidden" name="itemId" value={item.id} />
            <input type="hidden" name="outcome" value="approve" />
            <TextField
              id={`amount-${item.id}`}
              name="amount"
              label={t("meeting.decide.amount")}
              description={t("meeting.decide.amountHelp", { requested: item.requested })}
              defaultValue={typed("approve", "amount") ?? item.suggestedAmount}
              error={approveErrors?.amount}
            />
            <TextField
              id={`conditions-${item.id}`}
              name="conditions"
              label={t("meeting.decide.conditions")}
              description={t("meeting.decide.conditionsHelp")}
              defaultValue={typed("approve", "conditions")}
              error={approveErrors?.conditions}
              multiline
            />
            <div>
              <Button type="submit">
                {t(item.appeal ? "case.action.uphold_appeal" : "case.action.approve")}
                <span className="bb-visually-hidden"> {item.caseNumber}</span>
              </Button>
            </div>
          </Form>
          <Form
            method="post"
            className="bb-form"
            aria-label={t(item.appeal ? "case.action.dismiss_appeal" : "case.action.reject")}
          >
            <input type="hidden" name="intent" value="decide" />
            <input type="hidden" name="itemId" value={item.id} />
            <input type="hidden" name="outcome" value="reject" />
            <TextField
              id={`reasons-${item.id}`}
              name="reasons"
              label={t("meeting.decide.reasons")}
              description={t("meeting.decide.reasonsHelp")}
              defaultValue={typed("reject", "reasons")}
              error={rejectErrors?.reasons}
              multiline
            />
            <div>
              <Button type="submit" variant="secondary" data-color="danger">
                {t(item.appeal ? "case.action.dismiss_appeal" : "case.action.reject")}
                <span className="bb-visually-hidden"> {item.caseNumber}</span>
              </Button>
            </div>
          </Form>
        </div>
      )}
      {item.canRemove && (
        <Form method="post">
          <input type="hidden" name="intent" value="remove" />
          <input type="hidden" name="itemId" value={item.id} />
          <Button type="submit" variant="tertiary" data-size="sm">
            {t("meeting.remove")}
            <span className="bb-visually-hidden"> {item.caseNumber}</span>
          </Button>
        </Form>
      )}
    </section>
  );
}
