import "@digdir/designsystemet-css";
import "@digdir/designsystemet-css/theme";
import "./styles/app.css";
import {
  data,
  isRouteErrorResponse,
  Links,
  Meta,
  Navigate,
  Outlet,
  redirect,
  Scripts,
  ScrollRestoration,
  useLocation,
  useParams,
  useRouteError,
} from "react-router";
import type { PageMessages } from "#domain/i18n/format-message.ts";
import { negotiateLocale } from "#domain/i18n/locales.ts";
import { pickMessages } from "#domain/i18n/translate.ts";
import { countUnreadNotifications } from "#domain/notifications/list-notifications.server.ts";
import { listOffices } from "#domain/offices/list-offices.server.ts";
import { isLocale } from "#vocabulary/vocabulary.ts";
import type { Route } from "./+types/root";
import { ErrorPage } from "./components/error-page.tsx";
import { SiteFooter } from "./components/site-footer.tsx";
import { SiteHeader } from "./components/site-header.tsx";
import { logUnexpectedError } from "./web/error-log.server.ts";
import { useRootData } from "./web/locale.ts";
import { ErrorMessagesContext } from "./web/page-messages.ts";
import { isOpenBeforePasswordChange, passwordChangeFirst } from "./web/password-change.ts";
import type { RootData } from "./web/root-data.ts";
import { type RouteHandle, useHydration } from "./web/route-handle.ts";
import { useScriptNonce } from "./web/script-nonce.ts";
import { getSessionUser, passwordChangeRedirect } from "./web/session.server.ts";
import { shellMessages } from "./web/shell-messages.ts";
import "./context.ts";
import { translate } from "#domain/i18n/translate.ts";
import { Alert } from "./components/designsystemet.tsx";

export const handle: RouteHandle = { messages: shellMessages };

export async function loader({ request, params, context }: Route.LoaderArgs): Promise<RootData> {
  const locale = isLocale(params.lang)
    ? params.lang
    : negotiateLocale(request.headers.get("accept-language"));
  const messages = pickMessages(locale, handle.messages ?? []);
  let user: Awaited<ReturnType<typeof getSessionUser>>;
  let officeRows: Awaited<ReturnType<typeof listOffices>>;
  let unreadNotifications: number;
  try {
    [user, officeRows] = await Promise.all([
      getSessionUser(request, context),
      listOffices(context.services.db),
    ]);
    // The header's "Notifications (N unread)": one indexed count, only for someone logged in.
    unreadNotifications = user ? await countUnreadNotifications(context.services.db, user.id) : 0;
  } catch (error) {
    // Without the database the error page still speaks the page's language: its words travel
    // with the error, as the loader's data would have.
    logUnexpectedError(error, request);
    throw data({ messages } satisfies RootFailure, { status: 500 });
  }
  const changeFirst = passwordChangeRedirect(request, locale, user);
  if (changeFirst) throw redirect(changeFirst);
  return {
    locale,
    messages,
    user: user && {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      passwordChangeRequired: user.passwordChangeRequired,
    },
    unreadNotifications,
    notice: context.notice
      ? { tone: context.notice.tone, message: translate(locale, context.notice.key, context.notice.params) }
      : null,
    offices: officeRows.map(({ id, name, address, phone, email, isHeadOffice, open }) => ({
      id,
      name,
      address,
      phone,
      email,
      isHeadOffice,
      open,
    })),
  };
}

interface RootFailure {
  messages: PageMessages;
}

export function Layout({ children }: { children: React.ReactNode }) {
  const params = useParams();
  const lang = isLocale(params.lang) ? params.lang : "nb";
  const hydrate = useHydration();
  const nonce = useScriptNonce();
  return (
    <html lang={lang} data-color-scheme="light">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <Meta />
        <Links nonce={nonce} />
      </head>
      <body>
        {children}
        {hydrate && <ScrollRestoration nonce={nonce} />}
        {hydrate && <Scripts nonce={nonce} />}
      </body>
    </html>
  );
}

function Shell({ children }: { children: React.ReactNode }) {
  const notice = useRootData()?.notice;
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="bb-main">
        <div className="bb-container">
          {notice && (
            <Alert data-color={notice.tone} role="status" className="bb-notice">
              {notice.message}
            </Alert>
          )}
          {children}
        </div>
      </main>
      <SiteFooter />
    </>
  );
}

/**
 * The root loader sends a person who must change their password to the form; after hydration a
 * link to a public page does not run it again, so the browser follows the same rule.
 */
function PasswordChangeFirst() {
  const rootData = useRootData();
  const location = useLocation();
  if (!rootData?.user?.passwordChangeRequired || isOpenBeforePasswordChange(location.pathname)) return null;
  return <Navigate replace to={passwordChangeFirst(rootData.locale, location.pathname + location.search)} />;
}

export default function App() {
  return (
    <Shell>
      <PasswordChangeFirst />
      <Outlet />
    </Shell>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const location = useLocation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (!isRouteErrorResponse(error)) console.error(error);
  const first = location.pathname.split("/")[1];
  const failure = isRouteErrorResponse(error) ? (error.data as Partial<RootFailure> | undefined) : undefined;
  return (
    <ErrorMessagesContext value={failure?.messages}>
      <Shell>
        <ErrorPage status={status} locale={isLocale(first) ? first : undefined} />
      </Shell>
    </ErrorMessagesContext>
  );
}
