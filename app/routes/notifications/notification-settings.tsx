import { data, Form, redirect } from "react-router";
import { z } from "zod";
import { createTranslator } from "#domain/i18n/translate.ts";
import {
  readEmailPreferences,
  saveEmailPreferences,
} from "#domain/notifications/email-preferences.server.ts";
import { Button, Field, Fieldset, Input, Label, Link, Paragraph } from "../../components/designsystemet.tsx";
import { Notice } from "../../components/notice.tsx";
import { Page } from "../../components/page.tsx";
import { refusal } from "../../web/answer.server.ts";
import { localeFrom, localePath, useLocale, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import { requirePermission } from "../../web/session.server.ts";
import type { Route } from "./+types/notification-settings";

// The case e-mails a person can turn off. Each switch is a checkbox named `on` beside a hidden
// `shown` naming its kind, so an unticked box (which a browser does not send) still says "off".
// Mandatory e-mails are shown ticked and disabled: they are not sent, and naming one is refused.

export const handle: RouteHandle = { messages: ["notifications"] };

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const user = await requirePermission(request, context, locale, "account.manage");
  const preferences = await readEmailPreferences(context.services.db, user);
  return { preferences, saved: new URL(request.url).searchParams.has("saved") };
}

const kindList = z.array(z.string().min(1).max(100)).max(100);

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const user = await requirePermission(request, context, locale, "account.manage");
  const t = createTranslator(locale);
  const formData = await readForm(request);
  const shown = kindList.safeParse(formData.getAll("shown"));
  const on = kindList.safeParse(formData.getAll("on"));
  if (!shown.success || !on.success) return data({ ok: false, message: t("form.invalid") }, { status: 400 });
  const saved = await saveEmailPreferences(context.services.db, user, { shown: shown.data, on: on.data });
  if (!saved.ok) return refusal(t, saved);
  return redirect(`${localePath(locale, "/account/notifications")}?saved=1`);
}

export default function NotificationSettings({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { preferences, saved } = loaderData;
  const result = actionData ?? (saved ? { ok: true, message: t("notifications.settings.saved") } : null);
  const switchable = preferences.filter((p) => !p.mandatory);
  return (
    <Page title={t("notifications.settings.title")}>
      <Notice result={result} />
      <Paragraph>{t("notifications.settings.intro")}</Paragraph>
      {preferences.length === 0 ? (
        <Paragraph>{t("notifications.settings.none")}</Paragraph>
      ) : (
        <Form method="post" className="bb-form">
          <Fieldset aria-describedby="email-kinds-hint">
            <Fieldset.Legend>{t("notifications.settings.legend")}</Fieldset.Legend>
            <Fieldset.Description id="email-kinds-hint">
              {t("notifications.settings.mandatoryHint")}
            </Fieldset.Description>
            {preferences.map((p) => {
              const id = `email-${p.transition}`;
              const label = t(`notifications.kind.${p.transition}`);
              return (
                <Field key={p.kind}>
                  {!p.mandatory && <input type="hidden" name="shown" value={p.kind} />}
                  <Input
                    type="checkbox"
                    id={id}
                    name={p.mandatory ? undefined : "on"}
                    value={p.mandatory ? undefined : p.kind}
                    defaultChecked={p.on}
                    disabled={p.mandatory}
                  />
                  <Label htmlFor={id} weight="regular">
                    {p.mandatory ? `${label} ${t("notifications.settings.mandatory")}` : label}
                  </Label>
                </Field>
              );
            })}
          </Fieldset>
          {switchable.length > 0 && (
            <div>
              <Button type="submit">{t("notifications.settings.save")}</Button>
            </div>
          )}
        </Form>
      )}
      <Paragraph>
        <Link href={localePath(locale, "/notifications")}>{t("notifications.settings.back")}</Link>
      </Paragraph>
    </Page>
  );
}
