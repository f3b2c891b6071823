import { data, Form } from "react-router";
import { z } from "zod";
import { changeUserRole, listUsers } from "#domain/accounts/manage-users.server.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { listOffices } from "#domain/offices/list-offices.server.ts";
import { roles } from "#vocabulary/vocabulary.ts";
import { DataTable } from "../../components/data-table.tsx";
import { Button } from "../../components/designsystemet.tsx";
import { choices, FilterForm } from "../../components/filter-form.tsx";
import { Notice } from "../../components/notice.tsx";
import { Page } from "../../components/page.tsx";
import { Pager } from "../../components/pager.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { refusal } from "../../web/answer.server.ts";
import { localeFrom, useLocale, useT } from "../../web/locale.ts";
import { readPaging, readText } from "../../web/query.server.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import { requirePermission } from "../../web/session.server.ts";
import type { Route } from "./+types/users";

export const handle: RouteHandle = {
  messages: ["admin", "role", "pager", "form", "account.name", "account.email", "organisation.role"],
};

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  await requirePermission(request, context, locale, "users.read");
  const url = new URL(request.url);
  const { page, pageSize } = readPaging(url, 50);
  const query = readText(url, "q", 100);
  const roleParam = url.searchParams.get("role");
  const role = roles.find((r) => r === roleParam);
  const [result, offices] = await Promise.all([
    listUsers(context.services.db, { query, role, page, pageSize }),
    listOffices(context.services.db),
  ]);
  return {
    ...result,
    page,
    pageSize,
    query: query ?? "",
    role: role ?? "",
    offices: offices.map((o) => ({ id: o.id, name: o.name[locale] })),
  };
}

const changeSchema = z.object({
  userId: z.string().min(1).max(100),
  role: z.enum(roles),
  officeId: z
    .string()
    .max(100)
    .optional()
    .transform((v) => (v ? v : null)),
});

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const actor = await requirePermission(request, context, locale, "users.manage");
  const t = createTranslator(locale);
  const parsed = changeSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return data({ ok: false, message: t("form.invalid") }, { status: 400 });
  const result = await changeUserRole(context.services.db, actor, parsed.data);
  if (!result.ok) return refusal(t, result);
  return { ok: true, message: t("account.profile.saved") };
}

export default function Users({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  useLocale();
  return (
    <Page title={t("admin.users.title")}>
      <Notice result={actionData} />
      <FilterForm
        values={{ q: loaderData.query, role: loaderData.role }}
        filters={{
          q: { label: t("form.search"), type: "search" },
          role: {
            id: "role-filter",
            label: t("organisation.role"),
            any: "–",
            options: choices(roles, (r) => t(`role.${r}`)),
          },
        }}
      />
      <DataTable
        caption={t("admin.users.title")}
        size="sm"
        rows={loaderData.items}
        columns={[
          { header: t("account.name"), cell: (u) => u.name },
          { header: t("account.email"), cell: (u) => u.email },
          {
            header: t("admin.users.roleAndOffice"),
            cell: (u) => (
              <Form method="post" className="bb-filters">
                <input type="hidden" name="userId" value={u.id} />
                <SelectField
                  id={`role-${u.id}`}
                  name="role"
                  label={t("organisation.role")}
                  defaultValue={u.role}
                  options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
                />
                <SelectField
                  id={`office-${u.id}`}
                  name="officeId"
                  label={t("admin.users.office")}
                  defaultValue={u.officeId ?? ""}
                  options={[
                    { value: "", label: "–" },
                    ...loaderData.offices.map((o) => ({ value: o.id, label: o.name })),
                  ]}
                />
                <Button type="submit" variant="secondary" data-size="sm">
                  {t("form.save")} <span className="bb-visually-hidden">{u.name}</span>
                </Button>
              </Form>
            ),
          },
        ]}
      />
      <Pager page={loaderData.page} pageSize={loaderData.pageSize} total={loaderData.total} />
    </Page>
  );
}
