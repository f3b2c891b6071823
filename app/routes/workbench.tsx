import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "react-router";
import { caseScopes, emptyScope } from "#domain/access/case-scope.ts";
import { listAllCalls } from "#domain/calls/find-calls.server.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { listOffices } from "#domain/offices/list-offices.server.ts";
import { listAllProgrammes } from "#domain/programmes/list-all-programmes.server.ts";
import { countQueues, listCases } from "#domain/workbench/list-cases.server.ts";
import { queueChoices } from "#domain/workbench/queues.ts";
import { savedFilterSchema } from "#domain/workbench/saved-filter-form.ts";
import { deleteSavedFilter, listSavedFilters, saveFilter } from "#domain/workbench/saved-filters.server.ts";
import {
  parseWorkbenchQuery,
  serializeWorkbenchQuery,
  type WorkbenchQuery,
} from "#domain/workbench/workbench-query.ts";
import { filterChoices, workbenchRow } from "#domain/workbench/workbench-view.ts";
import { DataTable } from "../components/data-table.tsx";
import { Alert, Link, Paragraph, Tag } from "../components/designsystemet.tsx";
import { formKitMessages } from "../components/form-kit.tsx";
import { Page } from "../components/page.tsx";
import { PageSection } from "../components/page-section.tsx";
import { Pager } from "../components/pager.tsx";
import { SavedFilters } from "../components/workbench/saved-filters.tsx";
import { WorkbenchFilters } from "../components/workbench/workbench-filters.tsx";
import { failureMessage, failureStatus, redirectWithNotice, valueOrErrorPage } from "../web/answer.server.ts";
import { localeFrom, localePath, useLocale, useT } from "../web/locale.ts";
import { readForm } from "../web/read-form.server.ts";
import type { RouteHandle } from "../web/route-handle.ts";
import { requirePermission } from "../web/session.server.ts";
import type { Route } from "./+types/workbench";

// The staff's workbench: the queues with their counts, the cases of one queue filtered, sorted and
// paged (all of it in the URL, a GET form that works without JavaScript), and the person's saved
// filters. The lists are built in the database (domain/workbench/list-cases.server.ts), one page at a time.

export const handle: RouteHandle = { messages: ["workbench", "case.state", "pager", ...formKitMessages] };

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const user = await requirePermission(request, context, locale, "cases.read");
  const t = createTranslator(locale);
  const db = context.services.db;
  const { query, ignored } = parseWorkbenchQuery(new URL(request.url).searchParams);
  const now = new Date();
  const [page, counts, saved, programmes, calls, offices] = await Promise.all([
    listCases(db, user, query, now),
    countQueues(db, user, now),
    listSavedFilters(db, user.id),
    listAllProgrammes(db),
    listAllCalls(db),
    listOffices(db),
  ]);
  return {
    query,
    queryString: serializeWorkbenchQuery(query),
    ignored,
    counts,
    // An adviser sees their own office's cases only: an office filter would have nothing to choose.
    showOfficeFilter: caseScopes[user.role] !== "own-office",
    // An adviser without an office sees no case: the page says why instead of showing empty queues.
    noOffice: emptyScope(user) === "no-office",
    rows: page.rows.map((row) => workbenchRow(row, locale, t)),
    total: page.total,
    page: page.page,
    pageSize: page.pageSize,
    saved: saved.map((filter) => ({ ...filter, href: localePath(locale, `/workbench?${filter.query}`) })),
    choices: filterChoices({ programmes, calls, offices }, locale),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const user = await requirePermission(request, context, locale, "cases.read");
  const t = createTranslator(locale);
  const db = context.services.db;
  const formData = await readForm(request);
  const intent = formData.get("intent");
  // Wherever the person was, they come back to the same list (canonical, so nothing foreign rides along).
  const back = (query: WorkbenchQuery) => {
    const search = serializeWorkbenchQuery(query);
    return localePath(locale, `/workbench${search ? `?${search}` : ""}`);
  };
  const returnQuery = parseWorkbenchQuery(
    new URLSearchParams(String(formData.get("query") ?? "").slice(0, 2000)),
  );
  if (intent === "save-filter") {
    const submission = parseWithZod(formData, { schema: savedFilterSchema(t) });
    if (submission.status !== "success")
      return data({ intent, result: submission.reply(), ok: false, message: null }, { status: 400 });
    const saved = await saveFilter(db, {
      userId: user.id,
      name: submission.value.name,
      query: submission.value.query,
    });
    if (!saved.ok) {
      return data(
        {
          intent,
          result: submission.reply({ formErrors: [failureMessage(t, saved)] }),
          ok: false,
          message: null,
        },
        { status: failureStatus(saved) },
      );
    }
    throw await redirectWithNotice(context, back(returnQuery.query), "workbench.saved.savedNotice", {
      name: submission.value.name.trim(),
    });
  }
  if (intent === "delete-filter") {
    const filterId = String(formData.get("filterId") ?? "").slice(0, 100);
    valueOrErrorPage(t, await deleteSavedFilter(db, user.id, filterId));
    throw await redirectWithNotice(context, back(returnQuery.query), "workbench.saved.deletedNotice");
  }
  return data({ intent, result: undefined, ok: false, message: t("workbench.badRequest") }, { status: 400 });
}

export default function Workbench({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const view = loaderData;
  const { query } = view;
  const queueHref = (queue: string) => {
    const search = serializeWorkbenchQuery({ ...query, queue: queue as WorkbenchQuery["queue"] });
    return localePath(locale, `/workbench${search ? `?${search}` : ""}`);
  };
  const heading = t("shell.workbench");
  return (
    <Page title={heading}>
      {view.noOffice && (
        <Alert data-color="warning" role="status">
          {t("workbench.noOffice")}
        </Alert>
      )}
      <nav aria-label={t("workbench.queues")}>
        <ul className="bb-inline-list">
          {queueChoices.map((queue) => (
            <li key={queue}>
              <Link href={queueHref(queue)} aria-current={queue === query.queue ? "page" : undefined}>
                {queue === query.queue ? (
                  <strong>{t(`workbench.queue.${queue}`)}</strong>
                ) : (
                  t(`workbench.queue.${queue}`)
                )}{" "}
                <Tag data-size="sm" data-color={queue === query.queue ? "accent" : "neutral"}>
                  {view.counts[queue]}
                </Tag>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {view.ignored.length > 0 && (
        <Alert data-color="warning" role="status">
          {t("workbench.ignored", {
            params: view.ignored.map((name) => t(`workbench.param.${name}`)).join(", "),
          })}
        </Alert>
      )}
      <WorkbenchFilters query={query} choices={view.choices} showOfficeFilter={view.showOfficeFilter} />
      <PageSection
        id="cases-heading"
        heading={t("workbench.list.heading", {
          queue: t(`workbench.queue.${query.queue}`),
          count: view.total,
        })}
      >
        {view.rows.length === 0 ? (
          <Paragraph>{t("workbench.list.none")}</Paragraph>
        ) : (
          <DataTable
            caption={t("workbench.list.caption")}
            size="sm"
            rows={view.rows}
            columns={[
              {
                header: t("workbench.column.case"),
                cell: (row) => <Link href={localePath(locale, `/cases/${row.id}`)}>{row.caseNumber}</Link>,
              },
              { header: t("workbench.column.title"), cell: (row) => row.title },
              { header: t("workbench.column.organisation"), cell: (row) => row.organisation },
              { header: t("workbench.column.programme"), cell: (row) => row.programme },
              { header: t("workbench.column.state"), cell: (row) => t(`case.state.${row.status}`) },
              { header: t("workbench.column.requested"), cell: (row) => row.requested },
              { header: t("workbench.column.submitted"), cell: (row) => row.submitted },
              { header: t("workbench.column.adviser"), cell: (row) => row.adviser },
              { header: t("workbench.column.office"), cell: (row) => row.office },
            ]}
          />
        )}
        <Pager page={view.page} pageSize={view.pageSize} total={view.total} />
      </PageSection>
      <SavedFilters
        saved={view.saved}
        queryString={view.queryString}
        lastResult={actionData?.intent === "save-filter" ? actionData.result : undefined}
      />
    </Page>
  );
}
