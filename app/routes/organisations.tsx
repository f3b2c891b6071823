import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "react-router";
import { checkPermission } from "#domain/accounts/permissions.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { createOrganisation } from "#domain/organisations/create-organisation.server.ts";
import { listMyOrganisations } from "#domain/organisations/find-organisations.server.ts";
import { norwegianCounties } from "#domain/organisations/norwegian-counties.ts";
import { Link, Paragraph } from "../components/designsystemet.tsx";
import { formKitMessages, PostForm, TextInput } from "../components/form-kit.tsx";
import { Page, SectionHeading } from "../components/page.tsx";
import { SelectField } from "../components/select-field.tsx";
import { useSchemaForm } from "../components/use-schema-form.ts";
import { organisationSchema } from "../forms/account-forms.ts";
import { failureStatus, refusalFieldErrors } from "../web/answer.server.ts";
import { localeFrom, localePath, useLocale, useT } from "../web/locale.ts";
import { readForm } from "../web/read-form.server.ts";
import type { RouteHandle } from "../web/route-handle.ts";
import { requirePermission } from "../web/session.server.ts";
import type { Route } from "./+types/organisations";

export const handle: RouteHandle = { messages: ["organisation", "account", ...formKitMessages] };

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const user = await requirePermission(request, context, locale, "account.manage");
  return {
    organisations: await listMyOrganisations(context.services.db, user.id),
    canCreate: checkPermission(user.role, "organisations.create").allowed,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const user = await requirePermission(request, context, locale, "organisations.create");
  const t = createTranslator(locale);
  const submission = parseWithZod(await readForm(request), { schema: organisationSchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const created = await createOrganisation(context.services.db, user.id, submission.value);
  if (!created.ok)
    return data(
      { result: submission.reply({ fieldErrors: refusalFieldErrors(t, created) }) },
      { status: failureStatus(created) },
    );
  return redirect(`/${locale}/organisations/${created.value}`);
}

export default function Organisations({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useSchemaForm(organisationSchema(t), {
    id: "new-organisation",
    lastResult: actionData?.result,
  });
  return (
    <Page title={t("shell.organisations")}>
      {loaderData.organisations.length === 0 ? (
        <Paragraph>{t("organisation.none")}</Paragraph>
      ) : (
        <ul>
          {loaderData.organisations.map((o) => (
            <li key={o.id}>
              <Link href={localePath(locale, `/organisations/${o.id}`)}>{o.name}</Link> (
              {t(o.role === "owner" ? "organisation.role.owner" : "organisation.role.member")})
            </li>
          ))}
        </ul>
      )}
      {loaderData.canCreate && (
        <>
          <SectionHeading>{t("organisation.create.heading")}</SectionHeading>
          <PostForm
            form={form}
            fieldLabels={{
              name: t("organisation.name"),
              orgNumber: t("organisation.orgNumber"),
              address: t("organisation.address"),
              county: t("organisation.county"),
            }}
            submit={t("organisation.create.submit")}
          >
            <TextInput field={fields.name} label={t("organisation.name")} autoComplete="organization" />
            <TextInput
              field={fields.orgNumber}
              label={t("organisation.orgNumber")}
              description={t("organisation.orgNumber.hint")}
            />
            <TextInput
              field={fields.address}
              label={t("organisation.address")}
              autoComplete="street-address"
            />
            <SelectField
              id={fields.county.id}
              name={fields.county.name}
              label={t("organisation.county")}
              defaultValue={String(fields.county.initialValue ?? "no-finnmark")}
              options={norwegianCounties.map((c) => ({ value: c.id, label: c.name[locale] }))}
              error={fields.county.errors?.join(" ")}
            />
          </PostForm>
        </>
      )}
    </Page>
  );
}
