import { data } from "react-router";
import { formatDateTime } from "#domain/i18n/format.ts";
import { getOutboxMessage } from "#domain/mail/get-outbox-message.server.ts";
import { Heading, Link, Paragraph } from "../../components/designsystemet.tsx";
import { openPage } from "../../web/case-request.server.ts";
import { localePath, useLocale, useT } from "../../web/locale.ts";
import type { RouteHandle } from "../../web/route-handle.ts";
import type { Route } from "./+types/outbox-message";

export const handle: RouteHandle = { messages: ["admin"] };

export async function loader(args: Route.LoaderArgs) {
  const { db } = await openPage(args, "outbox.read");
  // The e-mail is shown as sent: mail clients read only inline styles, so its HTML has them, and the
  // frame showing it takes the page's Content-Security-Policy.
  args.context.contentSecurity.allowStyleAttributes();
  const message = await getOutboxMessage(db, args.params.messageId.slice(0, 100));
  if (!message) throw data({ reason: "not-found" }, { status: 404 });
  return {
    recipient: message.recipient,
    subject: message.subject,
    text: message.text,
    html: message.html,
    locale: message.locale,
    status: message.status,
    createdAt: message.createdAt.toISOString(),
  };
}

export default function OutboxMessage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const links = [...loaderData.text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);
  return (
    <div className="bb-stack">
      <title>{`${loaderData.subject} – ${t("admin.outbox.title")}`}</title>
      <Paragraph>
        <Link href={localePath(locale, "/admin/outbox")}>{t("admin.outbox.back")}</Link>
      </Paragraph>
      <Heading level={1} data-size="md">
        {loaderData.subject}
      </Heading>
      <Paragraph>
        {t("admin.outbox.recipient")}: {loaderData.recipient} · {formatDateTime(locale, loaderData.createdAt)}{" "}
        · {t(`admin.outbox.status.${loaderData.status}`)}
      </Paragraph>
      {links.length > 0 && (
        <>
          <Heading level={2} data-size="xs">
            {t("admin.outbox.links")}
          </Heading>
          <ul>
            {links.map((href) => (
              <li key={href}>
                <Link href={href}>{href}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <Heading level={2} data-size="xs">
        {t("admin.outbox.textVersion")}
      </Heading>
      <div className="bb-pre" lang={loaderData.locale}>
        {loaderData.text}
      </div>
      <Heading level={2} data-size="xs">
        {t("admin.outbox.htmlVersion")}
      </Heading>
      <iframe
        title={t("admin.outbox.htmlVersion")}
        sandbox=""
        srcDoc={loaderData.html}
        className="bb-mail-preview"
      />
    </div>
  );
}
