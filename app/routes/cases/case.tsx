import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Fragment } from "react";
import { data, Form, redirect, useSearchParams } from "react-router";
import { availableTransitions, mayDo, seeCase } from "#domain/access/case-access.ts";
import { completeAssessment } from "#domain/assessment/complete-assessment.server.ts";
import type { CaseTransitionId } from "#domain/cases/case-transitions.ts";
import { transitionCase } from "#domain/cases/transition-case.server.ts";
import { listMessages } from "#domain/collaboration/list-messages.server.ts";
import { postMessage } from "#domain/collaboration/post-message.server.ts";
import type { RuleOutcome } from "#domain/eligibility/rule-result.ts";
import { catalogs } from "#domain/i18n/catalog.ts";
import { formatDateTime } from "#domain/i18n/format.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { refusalKind } from "#domain/meetings/explain-refusal.ts";
import { assignCase, listAssignees } from "#domain/workbench/assign-case.server.ts";
import { assignmentSchema } from "#domain/workbench/assignment-form.ts";
import {
  attachmentViews,
  caseTitle,
  changesView,
  eligibilityView,
  historyView,
  submittedSections,
} from "#domain/workbench/case-view.ts";
import { findCase, findCaseVersions, listCaseEvents } from "#domain/workbench/find-case.server.ts";
import { Alert, Button, Heading, Link, Paragraph, Table, Tag } from "../../components/designsystemet.tsx";
import { FormErrors, formKitMessages, getFormProps } from "../../components/form-kit.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { TextField } from "../../components/text-field.tsx";
import { requireCaseAccess, requireCaseAction } from "../../web/case-access.server.ts";
import { localeFrom, localePath, useLocale, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import type { Route } from "./+types/case";

// The case page: what an adviser needs about one case on one page. Who handles it (and the form to
// assign it), the application exactly as sent (the latest version) with what changed since the one
// before, the eligibility results stored with it, the attachments, the conversation with the
// applicant, the history, links to the steps that have their own pages, and the buttons for the
// workflow steps that need nothing more than a click. Every door asks the access rules
// (domain/access/case-access.ts): a case that is not the reader's to see answers 404 like one that
// does not exist.

/** Steps done with a click here; the others need input and have their own pages (screening, …). */
const pageTransitions = ["start_screening", "complete_assessment", "start_project", "close"] as const;
type PageTransition = (typeof pageTransitions)[number];
const isPageTransition = (value: unknown): value is PageTransition =>
  (pageTransitions as readonly unknown[]).includes(value);

const notFound = () => data({ reason: "not-found" }, { status: 404 });

export const handle: RouteHandle = {
  messages: [
    "workbench",
    "case",
    "eligibility.outcome",
    "application.step.attachments",
    "documents.none",
    ...formKitMessages,
  ],
};

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const { access } = await requireCaseAccess(
    request,
    context,
    locale,
    params.applicationId,
    "read_case_file",
  );
  const t = createTranslator(locale);
  const db = context.services.db;
  const found = await findCase(db, access.application.id);
  if (!found) throw notFound();
  const { application } = found;
  const [versions, events, messages] = await Promise.all([
    findCaseVersions(db, application.id),
    listCaseEvents(db, application.id),
    listMessages(db, access, "case"),
  ]);
  const assignees = mayDo(access, "assign") ? await listAssignees(db) : null;
  const transitions = availableTransitions(access).filter(isPageTransition);
  const latest = versions.latest;
  const form = latest?.content.form ?? {};
  return {
    id: application.id,
    caseNumber: application.caseNumber ?? "",
    title: caseTitle(form, locale, t),
    organisation: found.organisationName,
    programme: found.programmeName[locale],
    call: found.callTitle[locale],
    status: application.status,
    adviser: found.adviserName,
    office: found.officeName?.[locale] ?? null,
    officeId: application.officeId ?? "",
    adviserId: application.assignedAdviserId ?? "",
    decidedBy: application.decidedBy,
    submittedAt: application.submittedAt ? formatDateTime(locale, application.submittedAt) : null,
    version: latest
      ? { number: latest.number, submittedAt: formatDateTime(locale, latest.submittedAt) }
      : null,
    sections: latest ? submittedSections(latest, locale, t) : [],
    changes: latest ? changesView(latest, versions.previous, locale, t) : null,
    eligibility: latest ? eligibilityView(latest, locale, t) : [],
    attachments: latest ? attachmentViews(latest.content.attachments ?? [], latest.rules, locale, t) : [],
    history: historyView(events, locale, t),
    messages: messages.map((message) => ({
      id: message.id,
      from: message.fromStaff
        ? t("workbench.case.messageFromStaff", { name: message.authorName })
        : message.authorName,
      at: formatDateTime(locale, message.createdAt),
      body: message.body,
    })),
    canMessage: mayDo(access, "message_case"),
    transitions,
    assignees: assignees && {
      offices: assignees.offices.map((o) => ({ value: o.id, label: o.name[locale] })),
      advisers: assignees.advisers.map((a) => ({
        value: a.id,
        label: `${a.name} (${assignees.offices.find((o) => o.id === a.officeId)?.name[locale] ?? a.officeId})`,
      })),
    },
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const { user, access } = await requireCaseAccess(
    request,
    context,
    locale,
    params.applicationId,
    "read_case_file",
  );
  const t = createTranslator(locale);
  const { db, config } = context.services;
  const { application } = access;
  const here = localePath(locale, `/cases/${application.id}`);
  const mail = { smtpEnabled: Boolean(config.SMTP_URL), baseUrl: config.baseUrl };
  const formData = await readForm(request);
  const intent = formData.get("intent");

  if (intent === "transition") {
    const transition = formData.get("transition");
    if (!isPageTransition(transition))
      return data(
        { intent, result: undefined, ok: false, message: t("workbench.case.unknownAction") },
        { status: 400 },
      );
    // The workflow's door refuses what the access rules do not allow, and says why in the page.
    const input = { applicationId: application.id, actor: user, now: new Date(), mail };
    // Completing an assessment has its own rule (at least one assessment submitted).
    const result =
      transition === "complete_assessment"
        ? await completeAssessment(db, input)
        : await transitionCase(db, { ...input, transition });
    if (!result.ok && result.error === "not-found") throw notFound();
    if (!result.ok) {
      const key = `case.refused.${result.reason}`;
      const message =
        key in catalogs[locale]
          ? t(key as "case.refused.wrong-role", { state: t(`case.state.${result.state}`) })
          : t("workbench.case.refused");
      return data(
        { intent, result: undefined, ok: false, message },
        { status: refusalKind(result.reason) === "forbidden" ? 403 : 409 },
      );
    }
    throw redirect(`${here}?done=${transition}`);
  }

  if (intent === "assign") {
    requireCaseAction(access, "assign");
    const submission = parseWithZod(formData, { schema: assignmentSchema(t) });
    if (submission.status !== "success")
      return data({ intent, result: submission.reply(), ok: false, message: null }, { status: 400 });
    const { officeId, adviserId } = submission.value;
    const assigned = await assignCase(db, {
      applicationId: application.id,
      actor: user,
      officeId,
      adviserId: adviserId || null,
      now: new Date(),
    });
    if (!assigned.ok) {
      if (assigned.error === "not-found") throw notFound();
      if (assigned.error === "forbidden") throw data({ reason: "forbidden" }, { status: 403 });
      const fieldErrors: Record<string, string[]> =
        assigned.error === "unknown-office"
          ? { officeId: [t("workbench.assign.unknownOffice")] }
          : assigned.error === "unknown-adviser"
            ? { adviserId: [t("workbench.assign.unknownAdviser")] }
            : { adviserId: [t("workbench.assign.otherOffice")] };
      return data(
        { intent, result: submission.reply({ fieldErrors }), ok: false, message: null },
        { status: 400 },
      );
    }
    // An adviser who handed the case to another office no longer sees it: back to the workbench.
    if (!seeCase({ ...access, application: { ...application, officeId } }).sees)
      throw redirect(localePath(locale, "/workbench"));
    throw redirect(`${here}?assigned=1`);
  }

  if (intent === "message") {
    requireCaseAction(access, "message_case");
    const result = await postMessage(db, access, user, "case", String(formData.get("body") ?? ""), mail);
    if (!result.ok) {
      if (result.error === "forbidden") throw data({ reason: "forbidden" }, { status: 403 });
      const message = result.error === "empty" ? t("form.required") : t("form.tooLong", { max: 5000 });
      return data({ intent, result: undefined, ok: false, message }, { status: 400 });
    }
    throw redirect(`${here}?sent=1#messages`);
  }

  return data({ intent, result: undefined, ok: false, message: t("workbench.badRequest") }, { status: 400 });
}

const outcomeColor: Record<RuleOutcome, "success" | "warning" | "danger" | "neutral"> = {
  pass: "success",
  warning: "warning",
  fail: "danger",
  "not-applicable": "neutral",
};

export default function CasePage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const view = loaderData;
  const [searchParams] = useSearchParams();
  const done = searchParams.get("done");
  const [assignForm, assignFields] = useForm({
    id: "assign",
    lastResult: actionData?.intent === "assign" ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: assignmentSchema(t) }),
  });
  const heading = t("workbench.case.heading", { caseNumber: view.caseNumber });
  const base = `/cases/${view.id}`;
  return (
    <div className="bb-stack">
      <title>{`${heading} – ${t("app.name")}`}</title>
      <Heading level={1}>{heading}</Heading>
      <Paragraph data-size="lg">{view.title}</Paragraph>
      {done && isPageTransition(done) && (
        <Alert data-color="success" role="status">
          {t("workbench.case.done", {
            action: t(`case.action.${done}`),
            state: t(`case.state.${view.status}`),
          })}
        </Alert>
      )}
      {searchParams.get("assigned") === "1" && (
        <Alert data-color="success" role="status">
          {t("workbench.assign.done")}
        </Alert>
      )}
      {actionData && actionData.intent === "transition" && !actionData.ok && actionData.message && (
        <Alert data-color="danger" role="alert">
          {actionData.message}
        </Alert>
      )}
      <dl className="bb-facts">
        <dt>{t("workbench.column.state")}</dt>
        <dd>
          <Tag data-size="sm">{t(`case.state.${view.status}`)}</Tag>
        </dd>
        <dt>{t("workbench.column.organisation")}</dt>
        <dd>{view.organisation}</dd>
        <dt>{t("workbench.column.programme")}</dt>
        <dd>{view.programme}</dd>
        <dt>{t("workbench.param.call")}</dt>
        <dd>{view.call}</dd>
        <dt>{t("workbench.column.submitted")}</dt>
        <dd>{view.submittedAt ?? "–"}</dd>
        <dt>{t("workbench.case.decidedBy")}</dt>
        <dd>{view.decidedBy ? t(`workbench.decidedBy.${view.decidedBy}`) : "–"}</dd>
        <dt>{t("workbench.column.adviser")}</dt>
        <dd>{view.adviser ?? t("workbench.list.unassigned")}</dd>
        <dt>{t("workbench.column.office")}</dt>
        <dd>{view.office ?? "–"}</dd>
      </dl>

      <nav aria-label={t("workbench.case.steps")}>
        <ul className="bb-inline-list">
          <li>
            <Link href={localePath(locale, `${base}/screening`)}>{t("workbench.case.link.screening")}</Link>
          </li>
          <li>
            <Link href={localePath(locale, `${base}/assessment`)}>{t("workbench.case.link.assessment")}</Link>
          </li>
          <li>
            <Link href={localePath(locale, `${base}/payments`)}>{t("workbench.case.link.payments")}</Link>
          </li>
          <li>
            <Link href={localePath(locale, `${base}/final-report`)}>
              {t("workbench.case.link.finalReport")}
            </Link>
          </li>
        </ul>
      </nav>

      {view.transitions.length > 0 && (
        <section aria-labelledby="actions-heading" className="bb-stack">
          <Heading level={2} data-size="sm" id="actions-heading">
            {t("workbench.case.actions")}
          </Heading>
          <div className="bb-actions">
            {view.transitions.map((transition: CaseTransitionId) => (
              <Form method="post" key={transition}>
                <input type="hidden" name="intent" value="transition" />
                <input type="hidden" name="transition" value={transition} />
                <Button type="submit">{t(`case.action.${transition}`)}</Button>
              </Form>
            ))}
          </div>
        </section>
      )}

      {view.assignees && (
        <section aria-labelledby="assign-heading" className="bb-stack">
          <Heading level={2} data-size="sm" id="assign-heading">
            {t("workbench.assign.heading")}
          </Heading>
          <Form method="post" className="bb-form" {...getFormProps(assignForm)}>
            <FormErrors
              form={assignForm}
              fieldLabels={{
                officeId: t("workbench.assign.office"),
                adviserId: t("workbench.assign.adviser"),
              }}
            />
            <input type="hidden" name="intent" value="assign" />
            <SelectField
              id={assignFields.officeId.id}
              name={assignFields.officeId.name}
              label={t("workbench.assign.office")}
              defaultValue={view.officeId}
              options={view.assignees.offices}
              error={assignFields.officeId.errors?.join(" ")}
            />
            <SelectField
              id={assignFields.adviserId.id}
              name={assignFields.adviserId.name}
              label={t("workbench.assign.adviser")}
              description={t("workbench.assign.adviserHint")}
              defaultValue={view.adviserId}
              options={[{ value: "", label: t("workbench.assign.nobody") }, ...view.assignees.advisers]}
              error={assignFields.adviserId.errors?.join(" ")}
            />
            <div>
              <Button type="submit" variant="secondary">
                {t("workbench.assign.submit")}
              </Button>
            </div>
          </Form>
        </section>
      )}

      {view.changes && (
        <section aria-labelledby="changes-heading" className="bb-stack">
          <Heading level={2} data-size="sm" id="changes-heading">
            {t("workbench.case.changes", { version: view.changes.since })}
          </Heading>
          {view.changes.fields.length === 0 &&
          view.changes.added.length === 0 &&
          view.changes.removed.length === 0 ? (
            <Paragraph>{t("workbench.case.noChanges")}</Paragraph>
          ) : (
            <div className="bb-table-wrap">
              <Table data-size="sm">
                <caption className="bb-visually-hidden">
                  {t("workbench.case.changes", { version: view.changes.since })}
                </caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t("workbench.case.field")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("workbench.case.before")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("workbench.case.after")}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {view.changes.fields.map((change) => (
                    <Table.Row key={change.path}>
                      <Table.Cell>{change.label}</Table.Cell>
                      <Table.Cell>
                        <del>{change.before}</del>
                      </Table.Cell>
                      <Table.Cell>
                        <ins>{change.after}</ins>
                      </Table.Cell>
                    </Table.Row>
                  ))}
                  {view.changes.added.map((file) => (
                    <Table.Row key={`added-${file.id}`}>
                      <Table.Cell>{t("workbench.case.attachmentAdded")}</Table.Cell>
                      <Table.Cell>–</Table.Cell>
                      <Table.Cell>
                        <ins>{file.fileName}</ins>
                      </Table.Cell>
                    </Table.Row>
                  ))}
                  {view.changes.removed.map((file) => (
                    <Table.Row key={`removed-${file.id}`}>
                      <Table.Cell>{t("workbench.case.attachmentRemoved")}</Table.Cell>
                      <Table.Cell>
                        <del>{file.fileName}</del>
                      </Table.Cell>
                      <Table.Cell>–</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          )}
        </section>
      )}

      <section aria-labelledby="application-heading" className="bb-stack">
        <Heading level={2} data-size="sm" id="application-heading">
          {t("workbench.case.application")}
        </Heading>
        {view.version ? (
          <Paragraph>
            {t("workbench.case.version", { version: view.version.number, date: view.version.submittedAt })}{" "}
            <Link href={localePath(locale, `/applications/${view.id}/versions/${view.version.number}/pdf`)}>
              {t("workbench.case.pdf")}
            </Link>
          </Paragraph>
        ) : (
          <Paragraph>{t("workbench.case.noVersion")}</Paragraph>
        )}
        {view.sections.map((section) => (
          <section key={section.id} aria-labelledby={`section-${section.id}`} className="bb-stack">
            <Heading level={3} data-size="xs" id={`section-${section.id}`}>
              {section.heading}
            </Heading>
            {section.kind === "facts" ? (
              <dl className="bb-facts">
                {section.facts.map((fact) => (
                  <Fragment key={fact.label}>
                    <dt>{fact.label}</dt>
                    <dd className="bb-message-body">{fact.value}</dd>
                  </Fragment>
                ))}
              </dl>
            ) : section.rows.length === 0 ? (
              <Paragraph>{section.empty}</Paragraph>
            ) : (
              <div className="bb-table-wrap">
                <Table data-size="sm">
                  <caption className="bb-visually-hidden">{section.heading}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>#</Table.HeaderCell>
                      {section.columns.map((column) => (
                        <Table.HeaderCell key={column}>{column}</Table.HeaderCell>
                      ))}
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {section.rows.map((row, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: rows of a frozen version never move
                      <Table.Row key={index}>
                        <Table.Cell>{index + 1}</Table.Cell>
                        {row.map((cell, column) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed
                          <Table.Cell key={column}>{cell}</Table.Cell>
                        ))}
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
            )}
          </section>
        ))}
      </section>

      <section aria-labelledby="eligibility-heading" className="bb-stack">
        <Heading level={2} data-size="sm" id="eligibility-heading">
          {t("workbench.case.eligibility")}
        </Heading>
        {view.eligibility.length === 0 ? (
          <Paragraph>{t("workbench.case.noEligibility")}</Paragraph>
        ) : (
          <ul className="bb-rule-list">
            {view.eligibility.map((result) => (
              <li key={result.ruleId} data-outcome={result.outcome}>
                <Tag data-color={outcomeColor[result.outcome]} data-size="sm">
                  {t(`eligibility.outcome.${result.outcome}`)}
                </Tag>{" "}
                <strong>{result.title}:</strong> {result.text}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="attachments-heading" className="bb-stack">
        <Heading level={2} data-size="sm" id="attachments-heading">
          {t("application.step.attachments")}
        </Heading>
        {view.attachments.length === 0 ? (
          <Paragraph>{t("documents.none")}</Paragraph>
        ) : (
          <ul>
            {view.attachments.map((file) => (
              <li key={file.id}>
                <Link href={localePath(locale, `/applications/${view.id}/attachments/${file.id}`)}>
                  {file.fileName}
                </Link>{" "}
                ({file.kind}, {file.size})
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="messages" className="bb-stack">
        <Heading level={2} data-size="sm" id="messages">
          {t("workbench.case.messages")}
        </Heading>
        {searchParams.get("sent") === "1" && (
          <Alert data-color="success" role="status">
            {t("workbench.case.messageSent")}
          </Alert>
        )}
        {view.messages.length === 0 ? (
          <Paragraph>{t("workbench.case.noMessages")}</Paragraph>
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
              label={t("workbench.case.message")}
              description={t("workbench.case.messageHint")}
              multiline
              error={
                actionData?.intent === "message" && !actionData.ok
                  ? (actionData.message ?? undefined)
                  : undefined
              }
            />
            <div>
              <Button type="submit">{t("workbench.case.send")}</Button>
            </div>
          </Form>
        )}
      </section>

      <section aria-labelledby="history-heading" className="bb-stack">
        <Heading level={2} data-size="sm" id="history-heading">
          {t("workbench.case.history")}
        </Heading>
        <ol className="bb-history">
          {view.history.map((event) => (
            <li key={event.id}>
              <time>{event.at}</time>: {event.text}
              {event.actor ? ` (${event.actor})` : ""}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
