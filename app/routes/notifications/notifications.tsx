import { data, redirect } from "react-router";
import { z } from "zod";
import { formatDateTime } from "#domain/i18n/format.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { describeNotification } from "#domain/notifications/describe-notification.ts";
import {
  countUnreadNotifications,
  listNotifications,
} from "#domain/notifications/list-notifications.server.ts";
import {
  markAllNotificationsRead,
  markNotificationRead,
} from "#domain/notifications/mark-notifications-read.server.ts";
import { notificationSideOf } from "#domain/notifications/notification-kinds.server.ts";
import { DataTable } from "../../components/data-table.tsx";
import { Link, Paragraph } from "../../components/designsystemet.tsx";
import { Notice } from "../../components/notice.tsx";
import { Page } from "../../components/page.tsx";
import { PostButton } from "../../components/post-button.tsx";
import { localeFrom, localePath, useLocale, useT } from "../../web/locale.ts";
import { readForm } from "../../web/read-form.server.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import { requirePermission } from "../../web/session.server.ts";
import type { Route } from "./+types/notifications";

// A person's own notifications, newest 50, in their language and vocabulary; each links to the case
// (staff) or the application's status page (applicants). Marking as read is a plain POST, then back here.

export const handle: RouteHandle = { messages: ["notifications"] };

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  const user = await requirePermission(request, context, locale, "account.manage");
  const { db } = context.services;
  const side = notificationSideOf(user.role);
  const [rows, unread] = await Promise.all([
    listNotifications(db, user.id, 50),
    countUnreadNotifications(db, user.id),
  ]);
  const marked = Number(new URL(request.url).searchParams.get("marked"));
  return {
    notifications: rows.map((row) => describeNotification(row, side, locale)),
    unread,
    marked: Number.isInteger(marked) && marked >= 0 && marked <= 10_000 ? marked : null,
  };
}

const markSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("read"), id: z.string().min(1).max(100) }),
  z.object({ intent: z.literal("read-all") }),
]);

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = localeFrom(params);
  const user = await requirePermission(request, context, locale, "account.manage");
  const t = createTranslator(locale);
  const { db } = context.services;
  const parsed = markSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return data({ ok: false, message: t("form.invalid") }, { status: 400 });
  const now = new Date();
  if (parsed.data.intent === "read-all") {
    const count = await markAllNotificationsRead(db, user.id, now);
    return redirect(`${localePath(locale, "/notifications")}?marked=${count}`);
  }
  // Only ever the person's own: another person's id is answered like an unknown one.
  const found = await markNotificationRead(db, user.id, parsed.data.id, now);
  if (!found) return data({ ok: false, message: t("notifications.notFound") }, { status: 400 });
  return redirect(`${localePath(locale, "/notifications")}?marked=1`);
}

export default function Notifications({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { notifications, unread, marked } = loaderData;
  const result =
    actionData ??
    (marked !== null ? { ok: true, message: t("notifications.markedAllRead", { count: marked }) } : null);
  return (
    <Page title={t("notifications.title")}>
      <Notice result={result} />
      <Paragraph>
        {t("notifications.intro")} {t("notifications.unreadCount", { count: unread })}
      </Paragraph>
      <Paragraph>
        <Link href={localePath(locale, "/account/notifications")}>{t("notifications.settingsLink")}</Link>
      </Paragraph>
      {notifications.length === 0 ? (
        <Paragraph>{t("notifications.none")}</Paragraph>
      ) : (
        <>
          {unread > 0 && (
            <PostButton intent="read-all" variant="secondary">
              {t("notifications.markAllRead")}
            </PostButton>
          )}
          <DataTable
            caption={t("notifications.title")}
            rows={notifications}
            columns={[
              { header: t("notifications.column.when"), cell: (n) => formatDateTime(locale, n.createdAt) },
              {
                header: t("notifications.column.what"),
                cell: (n) =>
                  n.href ? (
                    <Link href={n.href}>{n.read ? n.text : <strong>{n.text}</strong>}</Link>
                  ) : n.read ? (
                    n.text
                  ) : (
                    <strong>{n.text}</strong>
                  ),
              },
              {
                header: t("notifications.column.status"),
                cell: (n) => t(n.read ? "notifications.read" : "notifications.unread"),
              },
              {
                header: t("notifications.column.action"),
                cell: (n) =>
                  n.read ? null : (
                    <PostButton intent="read" fields={{ id: n.id }} variant="secondary" size="sm">
                      {t("notifications.markRead")} <span className="bb-visually-hidden">{n.text}</span>
                    </PostButton>
                  ),
              },
            ]}
          />
        </>
      )}
    </Page>
  );
}
