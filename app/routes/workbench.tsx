import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form } from "react-router";
import { caseScopes, emptyScope } from "#domain/access/case-scope.ts";
import { applicationTitle } from "#domain/applications/application-title.ts";
import { listAllCalls } from "#domain/calls/find-calls.server.ts";
import { formatDate, formatNok } from "#domain/i18n/format.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { listOffices } from "#domain/offices/list-offices.server.ts";
import { norwegianCounties } from "#domain/organisations/norwegian-counties.ts";
import { listAllProgrammes } from "#domain/programmes/list-all-programmes.server.ts";
import { barentsRegions } from "#domain/regions/barents-regions.ts";
import { countQueues, listCases } from "#domain/workbench/list-cases.server.ts";
import { queueChoices } from "#domain/workbench/queues.ts";
import { maxSavedFilters, savedFilterSchema } from "#domain/workbench/saved-filter-form.ts";
import { deleteSavedFilter, listSavedFilters, saveFilter } from "#domain/workbench/saved-filters.server.ts";
import {
  filterableStates,
  maxPageSize,
  parseWorkbenchQuery,
  serializeWorkbenchQuery,
  sortDirections,
  sortKeys,
  type WorkbenchQuery,
} from "#domain/workbench/workbench-query.ts";
import { DataTable } from "../components/data-table.tsx";
import { Alert, Button, Heading, Link, Paragraph, Tag } from "../components/designsystemet.tsx";
import { FormErrors, formKitMessages, getFormProps, TextInput } from "../components/form-kit.tsx";
import { Pager } from "../components/pager.tsx";
import { SelectField } from "../components/select-field.tsx";
import { TextField } from "../components/text-field.tsx";
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
  const priorityAreas = new Map<string, string>();
  for (const programme of programmes)
    for (const area of programme.rules.priorityAreas)
      if (!priorityAreas.has(area.id)) priorityAreas.set(area.id, area.name[locale]);
  return {
    query,
    queryString: serializeWorkbenchQuery(query),
    ignored,
    counts,
    // An adviser sees their own office's cases only: an office filter would have nothing to choose.
    showOfficeFilter: caseScopes[user.role] !== "own-office",
    // An adviser without an office sees no case: the page says why instead of showing empty queues.
    noOffice: emptyScope(user) === "no-office",
    rows: page.rows.map((row) => ({
      id: row.id,
      caseNumber: row.caseNumber ?? "–",
      title:
        (row.title && applicationTitle({ project: { title: row.title } }, locale)) ??
        t("application.untitled"),
      organisation: row.organisationName,
      programme: row.programmeName[locale],
      status: row.status,
      adviser: row.adviserName ?? t("workbench.list.unassigned"),
      office: row.officeName?.[locale] ?? "–",
      requested: row.requested === null ? "–" : formatNok(locale, row.requested),
      submitted: row.submittedAt ? formatDate(locale, row.submittedAt, "short") : "–",
    })),
    total: page.total,
    page: page.page,
    pageSize: page.pageSize,
    saved: saved.map((filter) => ({ ...filter, href: localePath(locale, `/workbench?${filter.query}`) })),
    options: {
      programmes: programmes.map((p) => ({ value: p.id, label: p.name[locale] })),
      calls: calls.map((c) => ({
        value: c.id,
        label: `${c.title[locale]} (${programmes.find((p) => p.id === c.programmeId)?.name[locale] ?? c.programmeId})`,
      })),
      offices: offices.map((o) => ({ value: o.id, label: o.name[locale] })),
      priorityAreas: [...priorityAreas].map(([value, label]) => ({ value, label })),
      counties: norwegianCounties.map((c) => ({ value: c.id, label: c.name[locale] })),
      regions: barentsRegions.map((r) => ({ value: r.id, label: r.name[locale] })),
    },
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

const orAny = (value: string | undefined) => value ?? "";

export default function Workbench({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const view = loaderData;
  const { query } = view;
  const f = query.filters;
  const [saveForm, saveFields] = useForm({
    id: "save-filter",
    lastResult: actionData?.intent === "save-filter" ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: savedFilterSchema(t) }),
  });
  const queueHref = (queue: string) => {
    const search = serializeWorkbenchQuery({ ...query, queue: queue as WorkbenchQuery["queue"] });
    return localePath(locale, `/workbench${search ? `?${search}` : ""}`);
  };
  const any = { value: "", label: t("workbench.filter.any") };
  const heading = t("shell.workbench");
  return (
    <div className="bb-stack">
      <title>{`${heading} – ${t("app.name")}`}</title>
      <Heading level={1}>{heading}</Heading>
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
      <section aria-labelledby="filters-heading" className="bb-stack">
        <Heading level={2} data-size="sm" id="filters-heading">
          {t("workbench.filters")}
        </Heading>
        <Form method="get" className="bb-filters">
          <input type="hidden" name="queue" value={query.queue} />
          <SelectField
            id="filter-programme"
            name="programme"
            label={t("workbench.param.programme")}
            defaultValue={orAny(f.programme)}
            options={[any, ...view.options.programmes]}
          />
          <SelectField
            id="filter-call"
            name="call"
            label={t("workbench.param.call")}
            defaultValue={orAny(f.call)}
            options={[any, ...view.options.calls]}
          />
          {view.showOfficeFilter && (
            <SelectField
              id="filter-office"
              name="office"
              label={t("workbench.param.office")}
              defaultValue={orAny(f.office)}
              options={[any, ...view.options.offices]}
            />
          )}
          <SelectField
            id="filter-priority"
            name="priority"
            label={t("workbench.param.priority")}
            defaultValue={orAny(f.priority)}
            options={[any, ...view.options.priorityAreas]}
          />
          <SelectField
            id="filter-county"
            name="county"
            label={t("workbench.param.county")}
            defaultValue={orAny(f.county)}
            options={[any, ...view.options.counties]}
          />
          <SelectField
            id="filter-region"
            name="region"
            label={t("workbench.param.region")}
            defaultValue={orAny(f.region)}
            options={[any, ...view.options.regions]}
          />
          <SelectField
            id="filter-status"
            name="status"
            label={t("workbench.param.status")}
            defaultValue={orAny(f.status)}
            options={[
              any,
              ...filterableStates.map((state) => ({ value: state, label: t(`case.state.${state}`) })),
            ]}
          />
          <TextField
            id="filter-amountMin"
            name="amountMin"
            label={t("workbench.param.amountMin")}
            defaultValue={f.amountMin === undefined ? "" : String(f.amountMin)}
          />
          <TextField
            id="filter-amountMax"
            name="amountMax"
            label={t("workbench.param.amountMax")}
            defaultValue={f.amountMax === undefined ? "" : String(f.amountMax)}
          />
          <SelectField
            id="filter-sort"
            name="sort"
            label={t("workbench.param.sort")}
            defaultValue={query.sort}
            options={sortKeys.map((key) => ({ value: key, label: t(`workbench.sort.${key}`) }))}
          />
          <SelectField
            id="filter-dir"
            name="dir"
            label={t("workbench.param.dir")}
            defaultValue={query.dir}
            options={sortDirections.map((dir) => ({ value: dir, label: t(`workbench.dir.${dir}`) }))}
          />
          <SelectField
            id="filter-pageSize"
            name="pageSize"
            label={t("workbench.param.pageSize")}
            defaultValue={String(query.pageSize)}
            options={[10, 25, maxPageSize].map((n) => ({ value: String(n), label: String(n) }))}
          />
          <Button type="submit">{t("form.filter")}</Button>
        </Form>
        <Paragraph>
          <Link href={localePath(locale, `/workbench?queue=${query.queue}`)}>
            {t("workbench.filter.clear")}
          </Link>
        </Paragraph>
      </section>
      <section aria-labelledby="cases-heading" className="bb-stack">
        <Heading level={2} data-size="sm" id="cases-heading">
          {t("workbench.list.heading", { queue: t(`workbench.queue.${query.queue}`), count: view.total })}
        </Heading>
        {view.rows.length === 0 ? (
          <Paragraph>{t("workbench.list.none")}</Paragraph>
        ) : (
          <DataTable
            caption={t("workbench.list.caption")}
            size="sm"
            rows={view.rows}
            rowKey={(row) => row.id}
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
      </section>
      <section aria-labelledby="saved-heading" className="bb-stack">
        <Heading level={2} data-size="sm" id="saved-heading">
          {t("workbench.saved.heading")}
        </Heading>
        {view.saved.length === 0 ? (
          <Paragraph>{t("workbench.saved.none")}</Paragraph>
        ) : (
          <ul>
            {view.saved.map((filter) => (
              <li key={filter.id} className="bb-actions">
                <Link href={filter.href}>{filter.name}</Link>
                <Form method="post">
                  <input type="hidden" name="intent" value="delete-filter" />
                  <input type="hidden" name="filterId" value={filter.id} />
                  <input type="hidden" name="query" value={view.queryString} />
                  <Button type="submit" variant="tertiary" data-size="sm">
                    {t("workbench.saved.delete")} <span className="bb-visually-hidden">{filter.name}</span>
                  </Button>
                </Form>
              </li>
            ))}
          </ul>
        )}
        <Form method="post" className="bb-form" {...getFormProps(saveForm)}>
          <FormErrors form={saveForm} fieldLabels={{ name: t("workbench.saved.name") }} />
          <input type="hidden" name="intent" value="save-filter" />
          <input type="hidden" name="query" value={view.queryString} />
          <TextInput
            field={saveFields.name}
            label={t("workbench.saved.name")}
            description={t("workbench.saved.hint", { max: maxSavedFilters })}
          />
          <div>
            <Button type="submit" variant="secondary">
              {t("workbench.saved.save")}
            </Button>
          </div>
        </Form>
      </section>
    </div>
  );
}
