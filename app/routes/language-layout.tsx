import { Outlet, type ShouldRevalidateFunctionArgs } from "react-router";
import { localeFrom } from "../web/locale.ts";
import { pageMessages } from "../web/page-messages.server.ts";
import type { PageMessagesData } from "../web/page-messages.ts";
import type { Route } from "./+types/language-layout";

// Every page under /:lang gets the messages its routes' handles name from here, in its language.
export function loader({ params, pattern }: Route.LoaderArgs): PageMessagesData {
  return { messages: pageMessages(localeFrom(params), pattern) };
}

// The messages depend on the path alone (its routes and language): a page reached in the browser
// gets its own, while the same page after a search, a form or an autosave keeps what it has.
export function shouldRevalidate({ currentUrl, nextUrl }: ShouldRevalidateFunctionArgs) {
  return currentUrl.pathname !== nextUrl.pathname;
}

export default function LanguageLayout() {
  return <Outlet />;
}
