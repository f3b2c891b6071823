import { redirect } from "react-router";
import { negotiateLocale } from "#domain/i18n/locales.ts";
import type { Route } from "./+types/language-redirect";

// "/" sends each visitor to their language (Accept-Language), Norwegian by default.
export function loader({ request }: Route.LoaderArgs) {
  const locale = negotiateLocale(request.headers.get("accept-language"));
  return redirect(`/${locale}`, { headers: { Vary: "Accept-Language" } });
}
