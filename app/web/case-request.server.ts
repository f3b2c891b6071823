import type { AppLoadContext } from "react-router";
import type { CaseAction } from "#domain/access/case-access.ts";
import { createTranslator } from "#domain/i18n/translate.ts";
import { requireCaseAccess } from "./case-access.server.ts";
import { localeFrom } from "./locale.ts";

// What every loader and action of a case's pages starts with: the reader's language, the person
// and the case they may open for this action (404 for a case that is not theirs to see, 403 for a
// step they may not take: app/web/case-access.server.ts), and what the operations need to write
// and to tell people.

export async function openCase(
  args: { request: Request; params: { lang?: string; applicationId?: string }; context: AppLoadContext },
  action: CaseAction,
) {
  const locale = localeFrom(args.params);
  const { user, access, verdict } = await requireCaseAccess(
    args.request,
    args.context,
    locale,
    args.params.applicationId,
    action,
  );
  const { services } = args.context;
  const { db, config } = services;
  return {
    locale,
    t: createTranslator(locale),
    user,
    access,
    /** Allowed, or refused for the case's state only: the page says why (409). */
    verdict,
    application: access.application,
    db,
    /** The rest of the services (the attachment store's folder, its size limit). */
    services,
    /** For the notifications a step sends: whether e-mail goes out, and the links' base. */
    mail: { smtpEnabled: Boolean(config.SMTP_URL), baseUrl: config.baseUrl },
  };
}
