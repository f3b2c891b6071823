import { Form, useLocation } from "react-router";
import { checkPermission } from "#domain/accounts/permissions.ts";
import { localeNames } from "#domain/i18n/locales.ts";
import { locales } from "#vocabulary/vocabulary.ts";
import { localePath, switchLocalePath, useLocale, useRootData, useT } from "../web/locale.ts";
import { Button, Link, SkipLink } from "./designsystemet.tsx";

export function SiteHeader() {
  const t = useT();
  const locale = useLocale();
  const rootData = useRootData();
  const user = rootData?.user ?? null;
  const location = useLocation();
  return (
    <header className="bb-header">
      <SkipLink href="#main">{t("shell.skipToContent")}</SkipLink>
      <div className="bb-container bb-header-row">
        <a className="bb-brand" href={localePath(locale)}>
          {t("app.name")}
        </a>
        <nav aria-label={t("shell.mainNav")} className="bb-nav">
          <ul>
            <li>
              <Link href={localePath(locale)}>{t("shell.home")}</Link>
            </li>
            <li>
              <Link href={localePath(locale, "/projects")}>{t("nav.projects")}</Link>
            </li>
            <li>
              <Link href={localePath(locale, "/statistics")}>{t("nav.statistics")}</Link>
            </li>
            {user && !checkPermission(user.role, "cases.read").allowed && (
              <li>
                <Link href={localePath(locale, "/applications")}>{t("application.nav")}</Link>
              </li>
            )}
            {user && (
              <li>
                <Link href={localePath(locale, "/organisations")}>{t("shell.organisations")}</Link>
              </li>
            )}
            {user && checkPermission(user.role, "cases.read").allowed && (
              <li>
                <Link href={localePath(locale, "/workbench")}>{t("shell.workbench")}</Link>
              </li>
            )}
            {user && checkPermission(user.role, "meetings.read").allowed && (
              <li>
                <Link href={localePath(locale, "/meetings")}>{t("meetings.title")}</Link>
              </li>
            )}
            {user && checkPermission(user.role, "payments.manage").allowed && (
              <li>
                <Link href={localePath(locale, "/payments")}>{t("payments.list.title")}</Link>
              </li>
            )}
            {user && checkPermission(user.role, "reports.read").allowed && (
              <li>
                <Link href={localePath(locale, "/reports")}>{t("reports.nav")}</Link>
              </li>
            )}
            {user && checkPermission(user.role, "programmes.edit").allowed && (
              <li>
                <Link href={localePath(locale, "/manage")}>{t("manage.nav")}</Link>
              </li>
            )}
            {user && checkPermission(user.role, "admin.open").allowed && (
              <li>
                <Link href={localePath(locale, "/admin")}>{t("shell.admin")}</Link>
              </li>
            )}
          </ul>
        </nav>
        <nav aria-label={t("shell.language")} className="bb-languages">
          <ul>
            {locales.map((l) => (
              <li key={l}>
                <Link
                  href={switchLocalePath(location.pathname, location.search, l)}
                  lang={l}
                  hrefLang={l}
                  aria-current={l === locale ? "true" : undefined}
                >
                  {localeNames[l]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label={user ? t("shell.accountMenu", { name: user.name }) : t("shell.account")}>
          <ul className="bb-inline-list">
            {user ? (
              <>
                <li>
                  <Link href={localePath(locale, "/notifications")}>
                    {t("notifications.nav", { count: rootData?.unreadNotifications ?? 0 })}
                  </Link>
                </li>
                <li>
                  <Link href={localePath(locale, "/account")}>
                    {t("shell.account")} <span className="bb-visually-hidden">({user.name})</span>
                  </Link>
                </li>
                <li>
                  <Form method="post" action={localePath(locale, "/logout")}>
                    <Button type="submit" variant="secondary" data-size="sm">
                      {t("shell.logout")}
                    </Button>
                  </Form>
                </li>
              </>
            ) : (
              <>
                <li>
                  <Link href={localePath(locale, "/login")}>{t("shell.login")}</Link>
                </li>
                <li>
                  <Link href={localePath(locale, "/register")}>{t("shell.register")}</Link>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
