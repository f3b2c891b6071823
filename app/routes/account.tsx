import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form } from "react-router";
import { checkPermission } from "#domain/accounts/permissions.ts";
import { updateProfile } from "#domain/accounts/update-profile.server.ts";
import {
  listUserSessions,
  revokeOtherSessions,
  revokeUserSession,
} from "#domain/accounts/user-sessions.server.ts";
import { formatDateTime } from "#domain/i18n/format.ts";
import { localeNames } from "#domain/i18n/locales.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { locales } from "#vocabulary/vocabulary.ts";
import { DataTable } from "../components/data-table.tsx";
import { Alert, Button, Link, Paragraph } from "../components/designsystemet.tsx";
import { formKitMessages, PostForm, TextInput } from "../components/form-kit.tsx";
import { Notice } from "../components/notice.tsx";
import { Page, SectionHeading } from "../components/page.tsx";
import { RowAction } from "../components/row-action.tsx";
import { SelectField } from "../components/select-field.tsx";
import { useSchemaForm } from "../components/use-schema-form.ts";
import { profileSchema, revokeOtherSessionsSchema, revokeSessionSchema } from "../forms/account-forms.ts";
import { localeFrom, localePath, useLocale, useT } from "../web/locale.ts";
import { readForm } from "../web/read-form.server.ts";
import type { RouteHandle } from "../web/route-handle.ts";
import { requirePermission } from "../web/session.server.ts";
import type { Route } from "./+types/account";

export const handle: RouteHandle = {
  messages: ["account", "organisation.orgNumber", "role", ...formKitMessages],
};

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const user = await requirePermission(request, context, locale, "account.manage");
  const sessions = await listUserSessions(context.services.db, user.id);
  const url = new URL(request.url);
  return {
    profile: {
      name: user.name,
      email: user.email,
      role: user.role,
      locale: user.locale,
      officeId: user.officeId,
    },
    canReadCases: checkPermission(user.role, "cases.read").allowed,
    verified: url.searchParams.has("verified"),
    sessions: sessions.map((s) => ({
      id: s.id,
      current: s.id === user.sessionId,
      updatedAt: s.updatedAt.toISOString(),
      userAgent: describeAgent(s.userAgent),
    })),
  };
}

function describeAgent(userAgent: string | null): string {
  if (!userAgent) return "?";
  const browser = /(Firefox|Edg|Chrome|Safari)\/[\d.]+/.exec(userAgent)?.[1] ?? "";
  const system = /(Windows|Mac OS X|Android|iPhone|Linux)/.exec(userAgent)?.[1] ?? "";
  return [browser === "Edg" ? "Edge" : browser, system].filter(Boolean).join(", ") || userAgent.slice(0, 60);
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const user = await requirePermission(request, context, locale, "account.manage");
  const t = createTranslator(locale);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const { db } = context.services;
  if (intent === "revoke-session") {
    const parsed = revokeSessionSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return data({ result: undefined, message: t("form.invalid"), ok: false }, { status: 400 });
    const revoked = await revokeUserSession(db, user.id, parsed.data.sessionId);
    if (!revoked)
      return data({ result: undefined, message: t("account.sessions.notFound"), ok: false }, { status: 404 });
    return { result: undefined, message: t("account.sessions.revoked"), ok: true };
  }
  if (intent === "revoke-other-sessions") {
    revokeOtherSessionsSchema.parse({ intent });
    const count = await revokeOtherSessions(db, user.id, user.sessionId);
    return { result: undefined, message: t("account.sessions.revokedOthers", { count }), ok: true };
  }
  const submission = parseWithZod(formData, { schema: profileSchema(t) });
  if (submission.status !== "success")
    return data({ result: submission.reply(), message: null, ok: false }, { status: 400 });
  await updateProfile(db, user.id, { name: submission.value.name, locale: submission.value.locale });
  return { result: submission.reply(), message: t("account.profile.saved"), ok: true };
}

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { profile } = loaderData;
  const [form, fields] = useSchemaForm(profileSchema(t), {
    id: "profile",
    lastResult: actionData?.result,
    defaultValue: { name: profile.name, locale: profile.locale },
  });
  return (
    <Page title={t("shell.account")}>
      {loaderData.verified && <Alert data-color="success">{t("account.login.verifiedNotice")}</Alert>}
      <Notice result={actionData} />
      <Paragraph>
        {profile.email} · {t(`role.${profile.role}`)}
      </Paragraph>
      <SectionHeading>{t("account.profile.heading")}</SectionHeading>
      <PostForm
        form={form}
        fieldLabels={{ name: t("account.name"), locale: t("account.locale") }}
        submit={t("form.save")}
      >
        <input type="hidden" name="intent" value="profile" />
        <TextInput field={fields.name} label={t("account.name")} autoComplete="name" />
        <SelectField
          id={fields.locale.id}
          name={fields.locale.name}
          label={t("account.locale")}
          description={t("account.locale.hint")}
          defaultValue={String(fields.locale.initialValue ?? profile.locale)}
          options={locales.map((l) => ({ value: l, label: localeNames[l] }))}
        />
      </PostForm>
      <Paragraph>
        <Link href={localePath(locale, "/account/password")}>{t("account.passwordChange.title")}</Link>
      </Paragraph>
      <SectionHeading>{t("account.sessions.heading")}</SectionHeading>
      <DataTable
        caption={t("account.sessions.heading")}
        rows={loaderData.sessions}
        columns={[
          { header: t("account.sessions.device"), cell: (s) => s.userAgent },
          { header: t("account.sessions.lastUsed"), cell: (s) => formatDateTime(locale, s.updatedAt) },
          {
            header: t("account.sessions.action"),
            cell: (s) =>
              s.current ? (
                t("account.sessions.current")
              ) : (
                <RowAction fields={{ intent: "revoke-session", sessionId: s.id }}>
                  {t("account.sessions.revoke")}
                </RowAction>
              ),
          },
        ]}
      />
      {loaderData.sessions.length > 1 && (
        <Form method="post">
          <input type="hidden" name="intent" value="revoke-other-sessions" />
          <Button type="submit" variant="secondary">
            {t("account.sessions.revokeOthers")}
          </Button>
        </Form>
      )}
    </Page>
  );
}
