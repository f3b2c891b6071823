import { Outlet } from "react-router";
import { localeFrom } from "../web/locale.ts";
import type { Route } from "./+types/language-layout";

export function loader({ params }: Route.LoaderArgs) {
  localeFrom(params);
  return null;
}

export default function LanguageLayout() {
  return <Outlet />;
}
